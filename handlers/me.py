"""Photo operations on `/me`: the owner is the signed-in user of the token (`oid`, else `sub`)."""

from handlers.photo import *  # noqa: F403 - every photo operation serves this owner
