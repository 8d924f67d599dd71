"""The `scope` of a token request, read as the Microsoft identity platform reads it.

A scope is OpenID Connect's (`openid`, `profile`, `email`, `offline_access`) or a permission of
a resource: `https://graph.microsoft.com/User.Read`, `<Graph's app id>/User.Read` or bare
`User.Read` (Graph is the default resource). `<resource>/.default` is every permission
the app was granted. This service is Graph here, so its own URL is Graph's alias: the Python
Graph SDK asks for `<base URL>/.default` when no scope is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph_photos.directory.applications import Application

OIDC_SCOPES = frozenset({"openid", "profile", "email", "offline_access"})
GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000"
GRAPH_RESOURCE = "https://graph.microsoft.com"
GRAPH_AUDIENCES = frozenset({GRAPH_RESOURCE, GRAPH_RESOURCE + "/", GRAPH_APP_ID})
DEFAULT = ".default"


class ScopeError(ValueError):
    """The scope cannot be granted: the message says why, in Entra's words."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class RequestedScope:
    """What a request's scope asks for: OIDC scopes, Graph permissions, or `.default`."""

    text: str  # as asked: the reply's `scope`
    oidc: frozenset[str]
    permissions: frozenset[str]
    default: bool

    @classmethod
    def parse(cls, text: str | None, own_origins: frozenset[str]) -> RequestedScope:
        oidc: set[str] = set()
        permissions: set[str] = set()
        default = False
        items = (text or "").split()
        for item in items:
            if item in OIDC_SCOPES:
                oidc.add(item)
                continue
            resource, _, name = item.rpartition("/")
            if resource and resource.rstrip("/") not in GRAPH_AUDIENCES | own_origins:
                raise ScopeError(
                    500011,
                    f"The resource principal named {resource} was not found in the tenant. "
                    "This service is Microsoft Graph: ask for Graph's permissions "
                    f"({GRAPH_RESOURCE}/<permission> or {GRAPH_RESOURCE}/.default).",
                )
            if not name:
                raise ScopeError(70011, f"The provided value for scope {item} is not valid.")
            if name == DEFAULT:
                default = True
            else:
                permissions.add(name)
        return cls(" ".join(items), frozenset(oidc), frozenset(permissions), default)

    def application_roles(self, app: Application) -> frozenset[str]:
        """The roles of a client credentials token: the app's, for `<resource>/.default` only."""
        if not self.default or self.permissions or self.oidc:
            raise ScopeError(
                1002012,
                f"The provided value for scope {self.text or '(none)'} is not valid. Client "
                "credential flows must have a scope value with /.default suffixed to the "
                "resource identifier (application ID URI).",
            )
        return app.roles

    def delegated_scopes(self, app: Application) -> frozenset[str]:
        """The `scp` of a user's token: what was asked (all the app was granted for
        `.default`), each granted to the app for the tenant."""
        not_granted = sorted(self.permissions - app.scopes)
        if not_granted:
            raise ScopeError(
                65001,
                f"The user or administrator has not consented to use the application with ID "
                f"'{app.client_id}' named '{app.display_name}' for {', '.join(not_granted)}. "
                "Grant it in the directory file (the app's delegatedPermissions).",
            )
        return app.scopes if self.default else self.permissions
