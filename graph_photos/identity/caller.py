"""The authenticated caller of one request, and the authenticator that produces it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class AuthenticationFailed(Exception):
    """The bearer token is missing or not acceptable; the message says why, in Graph's words."""


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header; raises `AuthenticationFailed`
    in Graph's words for a missing, empty or non-Bearer one."""
    if authorization is None or not authorization.strip():
        raise AuthenticationFailed("Access token is empty.")
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        raise AuthenticationFailed(
            "The Authorization header must carry a Bearer token: 'Bearer <token>'."
        )
    if not token.strip():
        raise AuthenticationFailed("Access token is empty.")
    return token.strip()


class DelegatedUserRequired(Exception):
    """`/me` was called without a signed-in user (an application-only token)."""


@dataclass(frozen=True)
class Caller:
    """The authenticated caller of one request."""

    subject: str | None  # the signed-in user's object id (`oid`, else `sub`)
    scopes: frozenset[str] = field(default_factory=frozenset)
    roles: frozenset[str] = field(default_factory=frozenset)
    tenant_id: str | None = None  # `tid`; None: the directory's default tenant
    app_id: str | None = None  # `appid` or `azp`: the client application

    def signed_in_user(self) -> str:
        """The id of the signed-in user (`/me`); raises `DelegatedUserRequired` for an
        application-only token."""
        if self.subject is None or (self.roles and not self.scopes):
            raise DelegatedUserRequired()
        return self.subject


class Authenticator(Protocol):
    """Turns a bearer token into a `Caller`, or raises `AuthenticationFailed`."""

    def authenticate(self, token: str) -> Caller: ...
