"""Photo operations on `/users/{user-id}`: the owner is the user named in the path."""

from handlers.photo import *  # noqa: F403 - every photo operation serves this owner
