"""`ThrottleMiddleware`: Graph's 429s, when throttling is on (`graph_photos.throttling`).

It runs after authorisation (the caller and the operation are known) and before anything that
reads a body or takes an upload slot. Photo operations count against the addressed mailbox:
the user, group or team of the path (`/me`: the caller), resolved in the caller's tenant, so
every form of its id counts alike; every request counts against the app's global limit. A
refused request is `429` with `Retry-After` and Graph's code (`TooManyRequests`, or
`ApplicationThrottled` past the concurrency limit).

Graph runs a `$batch`'s items together, so each item keeps its place among the mailbox's
concurrent requests until the whole batch is answered: a batch of 20 reads of one mailbox has
4 answered and the others throttled, each with its own 429 and `Retry-After` inside the 200.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.domain.errors import ObjectNotFound
from graph_photos.identity.caller import Caller, DelegatedUserRequired
from graph_photos.services import Services, services_of
from graph_photos.specification import operations
from graph_photos.web.context import addressed_ref
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import batch_of, header, state_of

if TYPE_CHECKING:  # loaded when throttling is on (`limits` and `redis` take 0.15 s to import)
    from graph_photos.throttling.throttle import Throttle, Throttled

_NO_APP = "(no appid)"
_WRITES = frozenset({"POST", "PUT", "PATCH"})


def mailbox_operations(spec: dict[str, Any]) -> frozenset[str]:
    """The operations that count against a mailbox: the photo operations (Graph serves them
    from Exchange Online; the directory reads are not under the Outlook limits)."""
    return frozenset(
        str(operation.operation_id)
        for operation in operations(spec)
        if "/photo" in operation.path and operation.operation_id
    )


async def _mailbox(scope: Scope, services: Services, caller: Caller) -> str | None:
    """The mailbox a photo operation addresses, as a tenant-qualified owner key; None when
    it names no one (answered 404 or 400 further in: nothing to count against)."""
    params = scope.get("path_params", {})
    try:
        ref = addressed_ref(
            caller, params.get("user_id"), params.get("group_id"), params.get("team_id")
        )
        owner = await services.directory.resolve(ref)
    except (ObjectNotFound, DelegatedUserRequired):
        return None
    return f"{owner.tenant_id}/{owner.kind}/{owner.key}"


def _throttled(refused: Throttled) -> GraphError:
    return GraphError(429, refused.code, refused.message, {"Retry-After": str(refused.retry_after)})


def _charging_as_read(receive: Receive, throttle: Throttle, app: str, mailbox: str) -> Receive:
    """`receive`, charging the body's bytes against the mailbox's upload volume when the body
    is in (before the handler can use it): 429 if they pass the limit."""
    received = 0

    async def charging_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if not message.get("more_body", False) and received:
                refused = await throttle.charge_upload(app, mailbox, received)
                if refused is not None:
                    raise _throttled(refused)
        return message

    return charging_receive


class ThrottleMiddleware:
    """Refuses with 429 what Graph's limits refuse; a pass-through when throttling is off."""

    def __init__(self, app: ASGIApp, *, mailbox_operations: Iterable[str]) -> None:
        self.app = app
        self.mailbox_operations = frozenset(mailbox_operations)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        services = services_of(scope)
        state = state_of(scope)
        throttle, caller, operation_id = services.throttle, state.caller, state.operation_id
        if throttle is None or caller is None or operation_id is None:
            await self.app(scope, receive, send)
            return
        mailbox = None
        if operation_id in self.mailbox_operations:
            mailbox = await _mailbox(scope, services, caller)
        app = caller.app_id or _NO_APP
        declared: int | None = None
        if scope["method"] in _WRITES and mailbox is not None:
            length = header(scope, b"content-length")
            declared = int(length) if length is not None and length.isdigit() else None
            if declared is None:  # chunked: its bytes are charged once they have been read
                receive = _charging_as_read(receive, throttle, app, mailbox)
        refused, release = await throttle.admit(app, mailbox, declared or 0)
        if refused is not None:
            raise _throttled(refused)
        batch = batch_of(scope)
        if batch is not None:
            batch.batch_end.append(release)  # in flight until the whole batch is answered
            await self.app(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            await release()
