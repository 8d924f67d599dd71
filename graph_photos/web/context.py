"""What a handler needs to know about the request it serves, without touching the framework.

`current_request()` gives the running app's services, the caller, the base URL and API version
for the links it writes, and the request's conditions (`If-Match`, `If-None-Match`), all from
the current `RequestState`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from starlette.types import Scope

from graph_photos.directory.model import AddressedKind, ObjectRef
from graph_photos.domain.mailboxes import Mailboxes
from graph_photos.domain.photos import Photos
from graph_photos.domain.records import IfMatch, OwnerKey
from graph_photos.domain.store import DirectoryStore
from graph_photos.identity.caller import Caller
from graph_photos.services import Services, services_of
from graph_photos.web.request_state import RequestState, current_state, header

_ETAG = re.compile(r'(W/)?"[^"]*"')


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


def addressed_ref(
    caller: Caller,
    user_id: str | None = None,
    group_id: str | None = None,
    team_id: str | None = None,
) -> ObjectRef:
    """The object a path addresses, in the caller's tenant: the user, group or team in the
    path, else (`/me`) the signed-in user (`DelegatedUserRequired` for an app-only token)."""
    tenant = caller.tenant_id
    if user_id is not None:
        return ObjectRef(tenant, "users", user_id)
    if group_id is not None:
        return ObjectRef(tenant, "groups", group_id)
    if team_id is not None:
        return ObjectRef(tenant, "teams", team_id)
    return ObjectRef(tenant, "users", caller.signed_in_user())


@dataclass(frozen=True)
class RequestContext:
    """What a handler needs to know about the request it serves."""

    services: Services
    caller: Caller
    base_url: str
    api_version: str
    scope: Scope
    state: RequestState

    @property
    def photos(self) -> Photos:
        return self.services.photos

    @property
    def directory(self) -> DirectoryStore:
        return self.services.directory

    @property
    def mailboxes(self) -> Mailboxes:
        return self.services.mailboxes

    def addressed(
        self, user_id: str | None = None, group_id: str | None = None, team_id: str | None = None
    ) -> ObjectRef:
        """The object the path addresses, in the caller's tenant (see `addressed_ref`)."""
        return addressed_ref(self.caller, user_id, group_id, team_id)

    @property
    def eventual(self) -> bool:
        """Whether the request has `ConsistencyLevel: eventual` (an advanced query's header)."""
        level = header(self.scope, b"consistencylevel")
        return level is not None and level.strip().lower() == "eventual"

    @property
    def if_match(self) -> IfMatch | None:
        return parse_if_match(header(self.scope, b"if-match"))

    @property
    def if_none_match(self) -> IfMatch | None:
        return parse_if_none_match(header(self.scope, b"if-none-match"))

    def object_url(self, kind: AddressedKind, owner: OwnerKey) -> str:
        """The absolute URL of a resolved object, e.g. `http://host/beta/users/<object id>`."""
        return f"{self.base_url}/{self.api_version}/{kind}/{quote(owner.id, safe='@')}"

    def context_url(self, kind: AddressedKind, object_id: str, entity_path: str) -> str:
        """The OData context URL of an object's entity, as Graph writes it."""
        return self.metadata_url(f"{kind}('{quote(object_id, safe='')}'){entity_path}")

    def metadata_url(self, fragment: str) -> str:
        """An OData context URL: `{base}/{version}/$metadata#{fragment}`."""
        return f"{self.base_url}/{self.api_version}/$metadata#{fragment}"

    def collection_url(self, entity_set: str) -> str:
        """The absolute URL of an entity set, e.g. `http://host/v1.0/users`."""
        return f"{self.base_url}/{self.api_version}/{entity_set}"


def current_services() -> Services:
    """The services of the app handling the current request (valid inside a handler only)."""
    return services_of(current_state().scope)


def current_request() -> RequestContext:
    """The context of the request being handled (valid inside a handler of an operation that
    requires authentication)."""
    state = current_state()
    scope = state.scope
    services = services_of(scope)
    if state.caller is None or state.api_version is None:
        raise RuntimeError("current_request() serves authenticated, routed operations only")
    return RequestContext(
        services, state.caller, base_url(scope, services), state.api_version, scope, state
    )


def base_url(scope: Scope, services: Services) -> str:
    """The URL the service was reached by (`scheme://host[:port]`), or the configured
    public one: what every absolute URL it writes starts with."""
    configured = services.settings.public_base_url
    if configured is not None:
        return configured.rstrip("/")
    host = header(scope, b"host")
    if host is None:
        server = scope.get("server") or ("localhost", 80)
        host = f"{server[0]}:{server[1]}"
    return f"{scope.get('scheme', 'http')}://{host}"
