"""The tokens the local identity platform issues, signed RS256 with the current signing key.

Access tokens are for Graph (this service): `aud` Graph's, `iss` the tenant's issuer, `tid`,
`oid`/`sub` of the user (delegated, with `scp`) or the app (`idtyp: app`, with `roles`),
`appid`/`azp`, `ver`. ID tokens are for the app (`aud` its client id) with what MSAL reads:
`oid`, `sub`, `tid`, `preferred_username`, `name`, the request's `nonce`. `client_info` is
what MSAL keys accounts by.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import jwt
import orjson
from jwt.utils import base64url_encode

from graph_photos.directory.model import User
from graph_photos.identity.scopes import GRAPH_RESOURCE
from graph_photos.identity.signing_keys import SigningKeys


def issuer_url(base_url: str, tenant_id: str) -> str:
    """A tenant's issuer, as discovery names it."""
    return f"{base_url}/{tenant_id}/v2.0"


def client_info(user_id: str, tenant_id: str) -> str:
    """base64url of `{"uid": <object id>, "utid": <tenant id>}` (MSAL's account key)."""
    document = orjson.dumps({"uid": user_id, "utid": tenant_id})
    return base64url_encode(document).decode("ascii")


@dataclass(frozen=True)
class Audience:
    """Whom a token is for, and by whom: the tenant, its issuer, the client app."""

    tenant_id: str
    issuer: str
    client_id: str


class TokenSigner:
    """Signs the platform's JWTs with the current key (its `kid` in the header)."""

    def __init__(self, keys: SigningKeys) -> None:
        self.keys = keys

    def sign(self, claims: dict[str, Any]) -> str:
        key = self.keys.current()
        return jwt.encode(claims, key.private_key, algorithm="RS256", headers={"kid": key.kid})

    def verify(self, token: str, audience: str) -> dict[str, Any]:
        """The claims of a token this platform signed for `audience`; raises `jwt.PyJWTError`."""
        header = jwt.get_unverified_header(token)
        key = self.keys.key(str(header.get("kid")))
        if key is None or header.get("alg") != "RS256":
            raise jwt.InvalidSignatureError("not signed by a key of this service")
        claims: dict[str, Any] = jwt.decode(
            token,
            key.private_key.public_key(),
            algorithms=["RS256"],
            audience=audience,
            options={"require": ["exp"]},
        )
        return claims

    def access_token(
        self,
        audience: Audience,
        *,
        lifetime: int,
        user: User | None,
        scopes: Iterable[str] = (),
        roles: Iterable[str] = (),
    ) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "aud": GRAPH_RESOURCE,
            "iss": audience.issuer,
            "iat": now,
            "nbf": now,
            "exp": now + lifetime,
            "tid": audience.tenant_id,
            "appid": audience.client_id,
            "azp": audience.client_id,
            "ver": "1.0",
            "uti": uuid.uuid4().hex,
        }
        if user is None:
            claims |= {"sub": audience.client_id, "idtyp": "app", "roles": sorted(roles)}
        else:
            claims |= {
                "oid": user.id,
                "sub": user.id,
                "idtyp": "user",
                "scp": " ".join(sorted(scopes)),
                "upn": user.user_principal_name,
                "name": user.display_name,
            }
        return self.sign(claims)

    def id_token(self, audience: Audience, *, lifetime: int, user: User, nonce: str | None) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "aud": audience.client_id,
            "iss": audience.issuer,
            "iat": now,
            "nbf": now,
            "exp": now + lifetime,
            "tid": audience.tenant_id,
            "oid": user.id,
            "sub": user.id,
            "name": user.display_name,
            "preferred_username": user.user_principal_name,
            "login_hint": user.user_principal_name,
            "ver": "2.0",
        }
        if nonce is not None:
            claims["nonce"] = nonce
        return self.sign(claims)
