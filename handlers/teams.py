"""Operations on `/teams/{team-id}`: the photo of the group the team is built on."""

from graph_photos.handlers import teamwork

# connexion binds this owner's operationIds to these names.
get_photo = teamwork.get_team_photo
get_photo_content = teamwork.get_team_photo_content
put_photo_content = teamwork.put_team_photo_content
patch_photo_content = teamwork.patch_team_photo_content
