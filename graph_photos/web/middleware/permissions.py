"""Graph's permission table, enforced from the spec's `x-permissions` of each operation.

Each operation names the permissions that allow it: any one of `any`, or, when the path's user
is the caller, one of `own` (changing your own photo needs only `User.ReadWrite`), or one of
`application` as an application's role (an app with Contacts.Read reads anyone's contacts; a
user whose token has the scope reads only their own). "Is the
caller" is decided by identity: the path's user is resolved in the caller's tenant (by object id
or userPrincipalName) and compared with the token's object id, whatever form the path used.
Delegated tokens carry them in `scp`, application tokens in `roles`; either counts. The check
runs after authentication and before request validation, as Graph answers 401, then 403, then
400. An operation without `x-permissions` is refused: access is never granted by omission.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.identity.caller import Caller
from graph_photos.services import services_of
from graph_photos.specification import operations
from graph_photos.web.errors import GraphError
from graph_photos.web.request_state import state_of

ANY_CALLER = "*"


@dataclass(frozen=True)
class PermissionRule:
    """The permissions that allow one operation."""

    any: frozenset[str]
    own: frozenset[str] = frozenset()
    # Application roles only: a delegated token's scope of the same name reaches only its own
    # user's (`own`), as Contacts.Read does.
    application: frozenset[str] = frozenset()

    def allows_any(self, caller: Caller) -> bool:
        # `*`: any authenticated caller (`$batch`, whose items are each checked on their own).
        return (
            ANY_CALLER in self.any
            or bool((caller.scopes | caller.roles) & self.any)
            or bool(caller.roles & self.application)
        )

    def allows_own(self, caller: Caller) -> bool:
        return bool((caller.scopes | caller.roles) & self.own)


def rules_from_spec(spec: dict[str, Any]) -> dict[str, PermissionRule]:
    """operationId -> rule, from each operation's `x-permissions`."""
    rules: dict[str, PermissionRule] = {}
    for operation in operations(spec):
        permissions = operation.operation.get("x-permissions")
        if operation.operation_id is not None and permissions is not None:
            rules[operation.operation_id] = PermissionRule(
                any=frozenset(permissions.get("any", ())),
                own=frozenset(permissions.get("own", ())),
                application=frozenset(permissions.get("application", ())),
            )
    return rules


def _denied(rule: PermissionRule | None) -> GraphError:
    """Graph's 403, naming what would have allowed the call (Graph's own message names
    nothing; a newcomer with a token minted without `--scopes` is left to guess)."""
    message = "Insufficient privileges to complete the operation."
    if rule is not None:
        allowed = [f"one of {', '.join(sorted(rule.any))}"] if rule.any else []
        if rule.own:
            allowed.append(f"for the caller's own user, {', '.join(sorted(rule.own))}")
        if rule.application:
            allowed.append(f"as an application's role, {', '.join(sorted(rule.application))}")
        message += f" The token needs {'; or '.join(allowed)}."
    return GraphError(403, "Authorization_RequestDenied", message)


async def _is_callers_own(scope: Scope, caller: Caller) -> bool:
    """Whether the path's user is the caller: the same directory object."""
    user_id = scope.get("path_params", {}).get("user_id")
    if caller.subject is None or user_id is None:
        return False
    services = services_of(scope)
    try:
        owner = await services.directory.resolve(ObjectRef(caller.tenant_id, "users", user_id))
    except ObjectNotFound:
        # In an open directory an unknown id becomes a user of that id on the first write.
        if services.settings.directory != "open":
            return False
        return ascii_key(user_id) == ascii_key(caller.subject)
    return owner.key == ascii_key(caller.subject)


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
                if rule is None or not (
                    rule.allows_any(state.caller)
                    or (
                        rule.allows_own(state.caller) and await _is_callers_own(scope, state.caller)
                    )
                ):
                    raise _denied(rule)
        await self.app(scope, receive, send)
