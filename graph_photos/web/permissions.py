"""Graph's permission table, enforced from the spec's `x-permissions` of each operation.

Each operation names the permissions that allow it: any one of `any`, or, when the path's user
is the caller, one of `own` (changing your own photo needs only `User.ReadWrite`). Delegated
tokens carry them in `scp`, application tokens in `roles`; either counts. The check runs after
authentication and before request validation, as Graph answers 401, then 403, then 400. An
operation without `x-permissions` is refused: access is never granted by omission.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.identity.caller import Caller
from graph_photos.specification import operations
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import state_of


@dataclass(frozen=True)
class PermissionRule:
    """The permissions that allow one operation."""

    any: frozenset[str]
    own: frozenset[str] = frozenset()

    def allows(self, caller: Caller, own_photo: bool) -> bool:
        granted = caller.scopes | caller.roles
        return bool(granted & self.any) or (own_photo and bool(granted & self.own))


def rules_from_spec(spec: dict[str, Any]) -> dict[str, PermissionRule]:
    """operationId -> rule, from each operation's `x-permissions`."""
    rules: dict[str, PermissionRule] = {}
    for operation in operations(spec):
        permissions = operation.operation.get("x-permissions")
        if operation.operation_id is not None and permissions is not None:
            rules[operation.operation_id] = PermissionRule(
                any=frozenset(permissions.get("any", ())),
                own=frozenset(permissions.get("own", ())),
            )
    return rules


def _denied() -> GraphError:
    return GraphError(
        403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation."
    )


def _is_own(caller: Caller, path_params: Mapping[str, Any], own_keys: Iterable[str]) -> bool:
    if caller.subject is None:
        return False
    return any(
        str(path_params.get(key, "")).casefold() == caller.subject.casefold() for key in own_keys
    )


class PermissionMiddleware:
    """Refuses with 403 the callers whose token grants none of the operation's permissions.

    Runs after authentication: operations without it (no caller) are not its concern.
    """

    def __init__(self, app: ASGIApp, *, rules: Mapping[str, PermissionRule]) -> None:
        self.app = app
        self.rules = rules

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            state = state_of(scope)
            if state.operation_id is not None and state.caller is not None:
                rule = self.rules.get(state.operation_id)
                own = _is_own(state.caller, scope.get("path_params", {}), ("user_id",))
                if rule is None or not rule.allows(state.caller, own):
                    raise _denied()
        await self.app(scope, receive, send)
