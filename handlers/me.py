"""Operations on `/me`: the signed-in user of the token (`oid`, in the token's tenant)."""

# connexion binds this owner's operationIds to these names: re-exported by name (`x as x`),
# and the contacts' operations at every address form (the `__all__` of `contacts`).
from graph_photos.handlers.contacts import *  # noqa: F403
from graph_photos.handlers.directory import (
    get_me as get_me,
)
from graph_photos.handlers.people import list_people as list_people
from graph_photos.handlers.photo import (
    create_photo as create_photo,
    delete_photo as delete_photo,
    delete_photo_content as delete_photo_content,
    get_photo as get_photo,
    get_photo_content as get_photo_content,
    get_photo_size as get_photo_size,
    get_photo_size_content as get_photo_size_content,
    list_photos as list_photos,
    patch_photo_content as patch_photo_content,
    put_photo_content as put_photo_content,
    update_photo as update_photo,
)
from graph_photos.handlers.teamwork import (
    get_joined_team_photo as get_joined_team_photo,
    get_joined_team_photo_content as get_joined_team_photo_content,
    list_joined_teams as list_joined_teams,
    patch_joined_team_photo_content as patch_joined_team_photo_content,
    put_joined_team_photo_content as put_joined_team_photo_content,
)
