"""Who is calling: bearer token parsing and authentication.

connexion's security middleware calls `bearer_token_info` (named by `x-bearerInfoFunc` in the
spec) for every operation that requires `bearerAuth`. `GraphBearerSecurityHandler` replaces
connexion's bearer handler so that a missing, empty or non-Bearer `Authorization` header fails
with Graph's own wording. The `Authenticator` behind it (`tokens.JwtAuthenticator`) verifies
the token and says who the caller is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from connexion.lifecycle import ConnexionRequest
from connexion.security import BearerSecurityHandler

from graph_photos.errors import GraphError
from graph_photos.request_context import services_of


@dataclass(frozen=True)
class Caller:
    """The authenticated caller of one request."""

    subject: str | None
    scopes: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[str] = field(default_factory=frozenset)


class AuthenticationFailed(GraphError):
    """The bearer token is missing or not acceptable."""

    def __init__(self, message: str) -> None:
        super().__init__(401, "InvalidAuthenticationToken", message, {"WWW-Authenticate": "Bearer"})


class Authenticator(Protocol):
    """Turns a bearer token into a `Caller`, or raises `AuthenticationFailed`."""

    def authenticate(self, token: str) -> Caller: ...


def bearer_token_info(token: str, request: ConnexionRequest) -> dict[str, Any]:
    """connexion's token-info hook: authenticate `token` with the app's authenticator."""
    caller = services_of(request.scope).authenticator.authenticate(token)
    return {"sub": caller.subject, "caller": caller}


class GraphBearerSecurityHandler(BearerSecurityHandler):  # type: ignore[misc]
    """connexion's bearer handler, failing with Graph's `InvalidAuthenticationToken` wording."""

    def _get_verify_func(
        self, token_info_func: Callable[..., Any]
    ) -> Callable[[ConnexionRequest], Any]:
        # Called directly: connexion's generic wrapper inspects the function's signature on
        # every request (~5% of a small request's CPU); this one's signature is known.
        def check_bearer_token(request: ConnexionRequest, token: str) -> Any:
            token_info = token_info_func(token, request=request)
            if token_info is None:
                raise AuthenticationFailed("Access token validation failure. Invalid token.")
            return token_info

        def verify(request: ConnexionRequest) -> Any:
            authorization = request.headers.get("Authorization")
            if authorization is None or not authorization.strip():
                raise AuthenticationFailed("Access token is empty.")
            scheme, _, token = authorization.strip().partition(" ")
            if scheme.lower() != "bearer":
                raise AuthenticationFailed(
                    "The Authorization header must carry a Bearer token: 'Bearer <token>'."
                )
            if not token.strip():
                raise AuthenticationFailed("Access token is empty.")
            return check_bearer_token(request, token.strip())

        return verify
