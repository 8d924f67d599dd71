"""Per-request context: request ids, the running app's services, the caller, resource URLs.

`RequestIdMiddleware` gives every request a fresh `request-id` (echoing `client-request-id`) and
stamps both on the response. Handlers call `current_request()` to get everything they need from
the request without touching connexion or starlette themselves.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from connexion import context as connexion_context
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph_photos.storage import IfMatch, OwnerKey

if TYPE_CHECKING:
    import anyio

    from graph_photos.auth import Authenticator, Caller
    from graph_photos.observability import Metrics
    from graph_photos.settings import Settings
    from graph_photos.storage import PhotoStore

_IDS_KEY = "graph_photos.request_ids"
_SERVICES_KEY = "graph_photos.services"
_CLIENT_REQUEST_ID_MAX = 128
_ETAG = re.compile(r'(W/)?"[^"]*"')


class DelegatedUserRequired(Exception):
    """`/me` was called without a signed-in user (an application-only token)."""


def parse_if_match(value: str | None) -> IfMatch | None:
    """An `If-Match` header as a condition; weak tags never match (strong comparison)."""
    if value is None:
        return None
    if value.strip() == "*":
        return IfMatch(any=True)
    return IfMatch(etags=frozenset(m.group(0) for m in _ETAG.finditer(value) if not m.group(1)))


def parse_if_none_match(value: str | None) -> IfMatch | None:
    """An `If-None-Match` header as a condition; `W/` is ignored (weak comparison)."""
    if value is None:
        return None
    if value.strip() == "*":
        return IfMatch(any=True)
    return IfMatch(etags=frozenset(m.group(0).removeprefix("W/") for m in _ETAG.finditer(value)))


@dataclass(frozen=True)
class RequestIds:
    """The ids that identify one request in responses, error bodies and logs."""

    request_id: str
    client_request_id: str | None


@dataclass(frozen=True)
class Services:
    """What the running app shares between requests; built in the app's lifespan."""

    settings: Settings
    store: PhotoStore
    authenticator: Authenticator
    image_limiter: anyio.CapacityLimiter
    upload_limiter: anyio.CapacityLimiter
    metrics: Metrics


def request_ids(scope: Scope) -> RequestIds:
    """The ids of the request; fresh ones if the middleware did not run (it always should)."""
    ids = scope.get(_IDS_KEY)
    if isinstance(ids, RequestIds):
        return ids
    ids = RequestIds(str(uuid.uuid4()), None)
    scope[_IDS_KEY] = ids
    return ids


def lifespan_state(services: Services) -> dict[str, Any]:
    """The lifespan state that makes `services` reachable from every request."""
    return {_SERVICES_KEY: services}


def services_of(scope: Scope) -> Services:
    """The services of the app serving `scope`."""
    try:
        services: Services = scope["state"][_SERVICES_KEY]
    except KeyError:
        raise RuntimeError(
            "the app's lifespan has not run: serve it with uvicorn, or use the test client "
            "as a context manager"
        ) from None
    return services


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


class RequestIdMiddleware:
    """Assigns the request ids (once per request) and adds them to the response headers.

    Installed at two depths of the stack; the inner one reuses the ids of the outer one, and the
    outer one adds the headers only where the inner one has not.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ids = scope.get(_IDS_KEY)
        if not isinstance(ids, RequestIds):
            client_request_id = _header(scope, b"client-request-id")
            if client_request_id is not None:
                client_request_id = client_request_id[:_CLIENT_REQUEST_ID_MAX]
            ids = RequestIds(str(uuid.uuid4()), client_request_id)
            scope[_IDS_KEY] = ids
        extra = [(b"request-id", ids.request_id.encode("latin-1"))]
        if ids.client_request_id is not None:
            extra.append((b"client-request-id", ids.client_request_id.encode("latin-1")))

        async def send_with_ids(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(key.lower() == b"request-id" for key, _ in headers):
                    message = {**message, "headers": headers + extra}
            await send(message)

        await self.app(scope, receive, send_with_ids)


@dataclass(frozen=True)
class RequestContext:
    """What a handler needs to know about the request it serves."""

    services: Services
    caller: Caller
    base_url: str
    api_version: str
    scope: Scope

    def owner(self, user_id: str | None = None, group_id: str | None = None) -> OwnerKey:
        """Whose photo the operation is about: the user or group in the path, else `/me`."""
        if user_id is not None:
            return OwnerKey("users", user_id)
        if group_id is not None:
            return OwnerKey("groups", group_id)
        subject = self.caller.subject
        if subject is None or (self.caller.roles and not self.caller.scopes):
            raise DelegatedUserRequired()
        return OwnerKey("users", subject)

    @property
    def if_match(self) -> IfMatch | None:
        return parse_if_match(_header(self.scope, b"if-match"))

    @property
    def if_none_match(self) -> IfMatch | None:
        return parse_if_none_match(_header(self.scope, b"if-none-match"))

    def owner_url(self, owner: OwnerKey) -> str:
        """The absolute URL of an owner, e.g. `http://host/beta/users/alice@contoso.com`."""
        return f"{self.base_url}/{self.api_version}/{owner.kind}/{quote(owner.id, safe='@')}"

    def context_url(self, owner: OwnerKey, entity_path: str) -> str:
        """The OData context URL of an owner's entity, as Graph writes it."""
        return (
            f"{self.base_url}/{self.api_version}/$metadata#"
            f"{owner.kind}('{quote(owner.id, safe='')}')/{entity_path}"
        )


def _current_scope() -> Scope:
    # connexion exposes the request's scope as a werkzeug LocalProxy; every item read through
    # the proxy looks the context variable up again, so take the scope itself once.
    scope: Scope = connexion_context.scope._get_current_object()
    return scope


def current_services() -> Services:
    """The services of the app handling the current request (valid inside a handler only)."""
    return services_of(_current_scope())


def current_request() -> RequestContext:
    """The context of the request being handled (valid inside a handler only)."""
    scope = _current_scope()
    services = services_of(scope)
    caller: Caller = scope["extensions"]["connexion_context"]["token_info"]["caller"]
    base_url = services.settings.public_base_url
    if base_url is None:
        host = _header(scope, b"host")
        if host is None:
            server = scope.get("server") or ("localhost", 80)
            host = f"{server[0]}:{server[1]}"
        base_url = f"{scope.get('scheme', 'http')}://{host}"
    api_version = scope["extensions"]["connexion_routing"]["api_base_path"].strip("/")
    return RequestContext(services, caller, base_url.rstrip("/"), api_version, scope)
