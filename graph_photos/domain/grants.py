"""What the local identity platform has granted and not yet seen redeemed.

A `Grant` is an authorization code, a refresh token or a device code. The value a client holds
is never kept: the grant is found by its SHA-256 (`handle_key`), so a stolen database yields no
usable code or token. `properties` hold what the grant was made for (scope, nonce, PKCE
challenge, redirect URI; a device code's state), as JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

GrantKind = Literal["code", "refresh", "device"]


def handle_key(handle: str) -> str:
    """The key a grant is kept under: hex SHA-256 of the value the client holds."""
    return hashlib.sha256(handle.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class Grant:
    """One grant of a tenant's app, for a user (None: a device code nobody approved yet)."""

    handle_key: str
    kind: GrantKind
    tenant_id: str
    client_key: str
    user_key: str | None
    expires_at: float  # seconds since the epoch
    properties: dict[str, Any] = field(default_factory=dict)
    user_code_key: str | None = None  # a device code's, as its user types it (upper case)
