"""The throttle's windows: exact across the boundaries of fixed windows, with a Retry-After."""

from __future__ import annotations

import time

import anyio
import pytest

from graph_photos.throttling.throttle import Throttle, ThrottleLimits

pytestmark = pytest.mark.anyio


async def test_a_burst_across_a_window_boundary_is_still_throttled() -> None:
    """Counters of fixed windows (and the sliding window counter built on them) let a burst
    through when it straddles a boundary; a moving window does not."""
    throttle = Throttle(ThrottleLimits(mailbox_requests=3, mailbox_window=2))
    # Just before an even second: windows of 2 s aligned on the clock end there.
    await anyio.sleep(2 - (time.time() % 2) - 0.15 if time.time() % 2 < 1.85 else 2.0)
    admitted = []
    for _ in range(2):
        refused, release = await throttle.admit("app", "tenant/users/alice")
        await release()
        admitted.append(refused is None)
    await anyio.sleep(0.3)  # across the boundary
    for _ in range(2):
        refused, release = await throttle.admit("app", "tenant/users/alice")
        await release()
        admitted.append(refused is None)
    assert admitted == [True, True, True, False]
    assert refused is not None
    assert 1 <= refused.retry_after <= 2
    assert refused.code == "TooManyRequests"


async def test_concurrent_places_are_given_back() -> None:
    throttle = Throttle(ThrottleLimits(mailbox_concurrent=2))
    first = await throttle.admit("app", "m")
    second = await throttle.admit("app", "m")
    third = await throttle.admit("app", "m")
    assert (first[0], second[0]) == (None, None)
    assert third[0] is not None
    assert third[0].code == "ApplicationThrottled"
    await first[1]()
    fourth = await throttle.admit("app", "m")
    assert fourth[0] is None
    assert (await throttle.admit("app", "other mailbox"))[0] is None
