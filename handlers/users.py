"""Photo operations on `/users/{user-id}`: the owner is the user named in the path."""

from handlers.photo import (
    create_photo,
    delete_photo,
    delete_photo_content,
    get_photo,
    get_photo_content,
    get_photo_size,
    get_photo_size_content,
    list_photos,
    patch_photo_content,
    put_photo_content,
    update_photo,
)

__all__ = [
    "create_photo",
    "delete_photo",
    "delete_photo_content",
    "get_photo",
    "get_photo_content",
    "get_photo_size",
    "get_photo_size_content",
    "list_photos",
    "patch_photo_content",
    "put_photo_content",
    "update_photo",
]
