"""Graph's throttling of the photo API, opt-in (`PHOTOS_THROTTLING=graph`): the limits and their
counters (`throttle`: in memory, or shared by replicas in Redis) and the middleware that answers
`429` past them (`middleware`). Nothing here is imported while throttling is off but the
middleware's module, which loads the counters' libraries only for type checking.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class ThrottlingStatus(TypedDict):
    """What `/ready` says of throttling (spec/operations.yaml, `Status.throttling`)."""

    mode: Literal["graph"]
    store: Literal["memory", "redis"]
    throttling: bool
    problem: NotRequired[str]
