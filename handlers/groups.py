"""Photo operations on `/groups/{group-id}`: the owner is the group named in the path."""

from handlers.photo import *  # noqa: F403 - every photo operation serves this owner
