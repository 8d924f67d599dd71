"""Graph's throttling of the photo API, opt-in (`PHOTOS_THROTTLING=graph`).

Profile photos are served by Exchange Online, so Graph applies the Outlook service limits to
them, for each app and mailbox (learn.microsoft.com/graph/throttling-limits#outlook-service-limits):
10,000 requests in 10 minutes, 4 concurrent requests, and 150 MB uploaded (POST, PUT, PATCH)
in 5 minutes; and, on top, Graph's global limit of 130,000 requests in 10 seconds for each app
across all tenants (learn.microsoft.com/graph/throttling-limits#global-limits). Each limit is a
setting (`PHOTOS_THROTTLE_*`).

Windows are counted by the `limits` library in memory, or in Redis when `PHOTOS_REDIS_URL` is
set, so that replicas share one budget: requests in moving windows (exact: a timestamp a
request; the sliding window counter lets a burst through across the boundary of its fixed
windows, measured), uploaded bytes in a sliding window counter (a moving window would keep a
timestamp a byte). Concurrent requests are a counter per mailbox in the same place (`limits`
has no concurrency primitive). If Redis does
not answer, requests are served unthrottled (a stand-in that fails its callers because its
limiter is down would be worse than one that does not throttle for a while): the first failure
and the recovery are logged, and `/ready` says so in its detail.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, fields
from typing import Any, Literal

from limits import RateLimitItem, RateLimitItemPerSecond
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import (
    MovingWindowRateLimiter,
    RateLimiter,
    SlidingWindowCounterRateLimiter,
)
from limits.errors import StorageError
from redis.exceptions import RedisError

from graph_photos.settings import Settings, redacted
from graph_photos.throttling import ThrottlingStatus

LOG = logging.getLogger("graph_photos.throttling")
# What a shared store that does not answer raises (`limits` wraps its own in StorageError);
# anything else is a bug and is not swallowed.
_STORE_DOWN = (StorageError, RedisError, OSError)
_PREFIX = "graph-photos"
# Redis must answer within this, or the request goes on unthrottled.
_REDIS_TIMEOUT_SECONDS = 0.25
# A concurrency counter lives at most this long (a replica that died holding places frees them).
_CONCURRENCY_TTL_SECONDS = 120


@dataclass(frozen=True)
class ThrottleLimits:
    """Graph's documented limits (the defaults), or the configured ones."""

    mailbox_requests: int = 10_000
    mailbox_window: int = 600
    mailbox_concurrent: int = 4
    mailbox_upload_bytes: int = 150 * 1024 * 1024
    mailbox_upload_window: int = 300
    app_requests: int = 130_000
    app_window: int = 10


@dataclass(frozen=True)
class Throttled:
    """Why a request is refused, in Graph's words, and when to come back."""

    code: str
    message: str
    retry_after: int


Release = Callable[[], Awaitable[None]]


async def _nothing() -> None:
    return None


class Throttle:
    """Counts requests per app (globally) and per app and mailbox; says which to refuse."""

    def __init__(self, limits: ThrottleLimits, redis_url: str | None = None) -> None:
        self.limits = limits
        self.redis_url = redis_url
        storage: Storage
        if redis_url:
            options: dict[str, Any] = {
                "socket_timeout": _REDIS_TIMEOUT_SECONDS,
                "socket_connect_timeout": _REDIS_TIMEOUT_SECONDS,
            }
            storage = RedisStorage(
                "async+" + redis_url,
                wrap_exceptions=True,
                implementation="redispy",
                key_prefix=_PREFIX,
                **options,
            )
            import redis.asyncio

            self._redis: Any = redis.asyncio.from_url(redis_url, **options)
        else:
            storage = MemoryStorage()
            self._redis = None
        self._requests = MovingWindowRateLimiter(storage)
        self._volume = SlidingWindowCounterRateLimiter(storage)
        self._in_flight: dict[str, int] = {}
        self._mailbox = RateLimitItemPerSecond(limits.mailbox_requests, limits.mailbox_window)
        self._uploads = RateLimitItemPerSecond(
            limits.mailbox_upload_bytes, limits.mailbox_upload_window
        )
        self._app = RateLimitItemPerSecond(limits.app_requests, limits.app_window)
        self.unavailable: str | None = None  # why the shared store does not answer, if not

    @property
    def store(self) -> Literal["memory", "redis"]:
        return "redis" if self.redis_url else "memory"

    async def admit(
        self, app: str, mailbox: str | None, upload_bytes: int = 0
    ) -> tuple[Throttled | None, Release]:
        """Count one request of `app` (to `mailbox`, a tenant-qualified owner key, if it
        addresses one); None and a release to call when it is answered, or why it is refused.
        """
        try:
            refused, release = await self._admit(app, mailbox, upload_bytes)
        except _STORE_DOWN as exc:  # the shared store does not answer: serve unthrottled
            self._store_failed(exc)
            return None, _nothing
        self._store_answered()
        return refused, release

    async def _admit(
        self, app: str, mailbox: str | None, upload_bytes: int
    ) -> tuple[Throttled | None, Release]:
        if not await self._requests.hit(self._app, "app", app):
            return await self._too_many(
                self._requests, self._app, ("app", app), "the application"
            ), _nothing
        if mailbox is None:
            return None, _nothing
        key = f"{app}/{mailbox}"
        release = await self._enter(key)
        if release is None:
            return Throttled(
                "ApplicationThrottled",
                f"Application is over its concurrency limit of {self.limits.mailbox_concurrent} "
                "requests to this mailbox; send fewer at once.",
                1,
            ), _nothing
        try:
            if not await self._requests.hit(self._mailbox, "mailbox", key):
                await release()
                return await self._too_many(
                    self._requests, self._mailbox, ("mailbox", key), "this mailbox"
                ), _nothing
            refused = await self._charge(key, upload_bytes) if upload_bytes else None
            if refused is not None:
                await release()
                return refused, _nothing
        except BaseException:
            await release()
            raise
        return None, release

    async def charge_upload(self, app: str, mailbox: str, upload_bytes: int) -> Throttled | None:
        """Count `upload_bytes` more uploaded by `app` to `mailbox` (a body whose size was not
        declared, counted as it was read); why they are one byte too many, or None."""
        try:
            refused = await self._charge(f"{app}/{mailbox}", upload_bytes)
        except _STORE_DOWN as exc:
            self._store_failed(exc)
            return None
        self._store_answered()
        return refused

    async def _charge(self, key: str, upload_bytes: int) -> Throttled | None:
        if await self._volume.hit(self._uploads, "uploads", key, cost=upload_bytes):
            return None
        return await self._too_many(
            self._volume, self._uploads, ("uploads", key), "uploads to this mailbox"
        )

    async def _too_many(
        self,
        limiter: RateLimiter,
        item: RateLimitItem,
        identifiers: tuple[str, ...],
        what: str,
    ) -> Throttled:
        stats = await limiter.get_window_stats(item, *identifiers)
        retry_after = max(1, math.ceil(stats.reset_time - time.time()))
        return Throttled(
            "TooManyRequests",
            f"Too many requests to {what}: the limit is {item.amount} in {item.multiples} "
            f"seconds. Try again in {retry_after} seconds.",
            retry_after,
        )

    async def _enter(self, key: str) -> Release | None:
        """A place among the mailbox's concurrent requests, or None when they are all taken."""
        limit = self.limits.mailbox_concurrent
        if self._redis is None:
            if self._in_flight.get(key, 0) >= limit:
                return None
            self._in_flight[key] = self._in_flight.get(key, 0) + 1

            async def leave_memory() -> None:
                remaining = self._in_flight.get(key, 1) - 1
                if remaining > 0:
                    self._in_flight[key] = remaining
                else:
                    self._in_flight.pop(key, None)

            return leave_memory
        redis_key = f"{_PREFIX}:concurrent:{key}"
        async with self._redis.pipeline(transaction=True) as pipe:
            count, _ = (
                await pipe.incr(redis_key).expire(redis_key, _CONCURRENCY_TTL_SECONDS).execute()
            )

        async def leave_redis() -> None:
            try:
                await self._redis.decr(redis_key)
            except _STORE_DOWN as exc:
                self._store_failed(exc)

        if int(count) > limit:
            await leave_redis()
            return None
        return leave_redis

    def _store_failed(self, exc: BaseException) -> None:
        if self.unavailable is None:
            self.unavailable = redacted(f"{type(exc).__name__}: {exc}")
            LOG.warning(
                "throttling store %s does not answer (%s): requests are served unthrottled "
                "until it does",
                redacted(self.redis_url or ""),
                self.unavailable,
            )

    def _store_answered(self) -> None:
        if self.unavailable is not None:
            LOG.warning(
                "throttling store %s answers again: throttling resumed",
                redacted(self.redis_url or ""),
            )
            self.unavailable = None

    async def check(self) -> None:
        """Ask the shared store whether it answers (for `/ready`, without traffic)."""
        if self._redis is None:
            return
        try:
            await self._redis.ping()
        except _STORE_DOWN as exc:
            self._store_failed(exc)
        else:
            self._store_answered()

    def status(self) -> ThrottlingStatus:
        """What `/ready` says of throttling."""
        detail: ThrottlingStatus = {"mode": "graph", "store": self.store, "throttling": True}
        if self.unavailable is not None:
            # Which dependency, not how it failed or where it is: `/ready` needs no token.
            # The log has the reason (`_store_failed`).
            detail["throttling"] = False
            detail["problem"] = (
                "the throttling store does not answer; requests are served unthrottled"
            )
        return detail

    async def close(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()


def throttle_of(settings: Settings) -> Throttle:
    """The throttle of `settings`: each limit is the setting of its name with `throttle_`
    before it, counted in Redis when `redis_url` is set."""
    limits = ThrottleLimits(
        **{
            limit.name: getattr(settings, f"throttle_{limit.name}")
            for limit in fields(ThrottleLimits)
        }
    )
    return Throttle(limits, settings.redis_url)
