"""Operations on `/teams/{team-id}`: the photo of the group the team is built on."""

# Re-exported by name (`x as x`): connexion binds this owner's operationIds to them.
from graph_photos.handlers.photo import (
    get_photo as get_photo,
    get_photo_content as get_photo_content,
    put_photo_content as put_photo_content,
)
