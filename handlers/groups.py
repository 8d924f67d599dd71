"""Operations on `/groups` and `/groups/{group-id}`: the group named in the path, by object id,
in the caller's tenant."""

# Re-exported by name (`x as x`): connexion binds this owner's operationIds to them.
from graph_photos.handlers.directory import (
    count_groups as count_groups,
    get_group as get_group,
    list_group_members as list_group_members,
    list_groups as list_groups,
    list_members as list_members,
    list_transitive_group_members as list_transitive_group_members,
    list_transitive_members as list_transitive_members,
    list_transitive_user_members as list_transitive_user_members,
    list_user_members as list_user_members,
)
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
    get_team_photo as get_team_photo,
    get_team_photo_content as get_team_photo_content,
    patch_team_photo_content as patch_team_photo_content,
    put_team_photo_content as put_team_photo_content,
)
