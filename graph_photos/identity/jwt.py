"""Bearer tokens as JWTs (PyJWT): verification, the signing secret, and minting for local use.

HS256 with a shared secret is the default: `PHOTOS_JWT_SECRET`, or else a random secret that the
first start writes to `<data_dir>/jwt-secret` (mode 0600), so no secret ever lives in code.
Real deployments verify RS256 tokens with `PHOTOS_JWT_PUBLIC_KEY` (PEM text or a PEM file) or
`PHOTOS_JWKS_FILE` (a JSON Web Key Set, keys chosen by `kid`). Only the configured algorithm is
accepted: `alg: none` and algorithm confusion are refused before any signature check. Besides
them, the tokens of the local identity platform (RS256, signed with a key of
`<data_dir>/signing-keys/` named by `kid`, for Graph's audience, from their tenant's issuer)
are always accepted.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jwt

from graph_photos.identity.caller import AuthenticationFailed, Caller
from graph_photos.identity.scopes import GRAPH_AUDIENCES
from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.private_files import FILE_MODE, private_directory
from graph_photos.settings import Settings

logger = logging.getLogger("graph_photos.identity")
SECRET_FILE_NAME = "jwt-secret"  # noqa: S105 - a file name, not a secret
_VERIFIED_TOKENS_KEPT = 1024

# PyJWT's verdicts in Graph's words (Graph answers all of them with InvalidAuthenticationToken).
_FAILURE_MESSAGES: list[tuple[type[jwt.PyJWTError], str]] = [
    (jwt.ExpiredSignatureError, "Lifetime validation failed, the token is expired."),
    (jwt.ImmatureSignatureError, "Lifetime validation failed, the token is not valid yet."),
    (jwt.InvalidAudienceError, "Access token validation failure. Invalid audience."),
    (jwt.InvalidIssuerError, "Access token validation failure. Invalid issuer."),
    (
        jwt.InvalidSignatureError,
        "Access token validation failure: the signature is invalid. This server holds no key "
        "that signed it: a token of `graph-photos token` is signed with the secret of the data "
        "directory it ran with (PHOTOS_DATA_DIR) or PHOTOS_JWT_SECRET, which must be this "
        "server's.",
    ),
]


class _ForeignSignatures:
    """Says in the log, at most once a minute, why tokens with a foreign signature come: a
    token minted with another data directory or secret (or by another issuer)."""

    def __init__(self, every: float = 60.0) -> None:
        self._every = every
        self._last = -every

    def note(self) -> None:
        now = time.monotonic()
        if now - self._last >= self._every:
            self._last = now
            logger.warning(
                "a token was refused: its signature is not this server's. Tokens of "
                "`graph-photos token` must be minted with this server's data directory "
                "(PHOTOS_DATA_DIR) or PHOTOS_JWT_SECRET; another one may have minted it."
            )


_foreign_signature = _ForeignSignatures()


def load_or_create_secret(settings: Settings) -> str:
    """The HS256 secret: configured, or read from / created in the data directory."""
    if settings.jwt_secret is not None:
        return settings.jwt_secret.get_secret_value()
    path = settings.data_dir / SECRET_FILE_NAME
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    private_directory(settings.data_dir)
    secret = secrets.token_urlsafe(48)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        # Another process created it first; use theirs so both accept the same tokens.
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(descriptor, "w", encoding="ascii") as secret_file:
        secret_file.write(secret + "\n")
    return secret


def _read_pem(value: str) -> str:
    return value if value.lstrip().startswith("-----BEGIN") else Path(value).read_text()


class JwtAuthenticator:
    """Verifies JWT bearer tokens and turns their claims into a `Caller`."""

    def __init__(
        self,
        *,
        algorithm: str,
        key: Any = None,
        key_set: jwt.PyJWKSet | None = None,
        audience: str | None = None,
        issuer: str | None = None,
        platform_keys: SigningKeys | None = None,
    ) -> None:
        self.algorithm = algorithm
        self._key = key
        self._key_set = key_set
        self._audience = audience
        self._issuer = issuer
        # The local identity platform's keys: its tokens are accepted beside the configured.
        self._platform_keys = platform_keys
        # Clients reuse a token for many requests: a verified token is remembered until it
        # expires (a JWT's verdict cannot change before then), most recent last.
        self._verified: OrderedDict[str, tuple[Caller, float, float]] = OrderedDict()

    @classmethod
    def from_settings(
        cls, settings: Settings, platform_keys: SigningKeys | None = None
    ) -> JwtAuthenticator:
        if settings.jwks_file is not None:
            algorithm = "RS256"
            key_set = jwt.PyJWKSet.from_dict(json.loads(settings.jwks_file.read_text()))
            key = None
        elif settings.jwt_public_key is not None:
            algorithm, key_set, key = "RS256", None, _read_pem(settings.jwt_public_key)
        else:
            algorithm, key_set, key = "HS256", None, load_or_create_secret(settings)
        return cls(
            algorithm=algorithm,
            key=key,
            key_set=key_set,
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            platform_keys=platform_keys,
        )

    def _verification_key(self, header: dict[str, Any]) -> Any:
        if self._key_set is None:
            return self._key
        kid = header.get("kid")
        matching = [key for key in self._key_set.keys if kid is None or key.key_id == kid]
        if not matching:
            raise AuthenticationFailed(
                f"Access token validation failure: no signing key with kid '{kid}'."
            )
        return matching[0].key

    def authenticate(self, token: str) -> Caller:
        remembered = self._verified.get(token)
        if remembered is not None:
            caller, not_before, expires = remembered
            if not_before <= time.time() < expires:
                self._verified.move_to_end(token)
                return caller
            del self._verified[token]
        claims = self._verify(token)
        caller = caller_from_claims(claims)
        self._verified[token] = (caller, float(claims.get("nbf", 0)), float(claims["exp"]))
        if len(self._verified) > _VERIFIED_TOKENS_KEPT:
            self._verified.popitem(last=False)
        return caller

    def _verify(self, token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise AuthenticationFailed(
                "Access token validation failure: the token is not a well-formed JWT."
            ) from None
        algorithm = header.get("alg")
        if algorithm == "RS256" and self._platform_keys is not None:
            platform_key = self._platform_keys.key(str(header.get("kid")))
            if platform_key is not None:
                return self._decode(
                    token,
                    platform_key.private_key.public_key(),
                    "RS256",
                    audience=sorted(GRAPH_AUDIENCES),
                    issuer=None,
                    tenant_issuer=True,
                )
        if algorithm != self.algorithm:
            raise AuthenticationFailed(
                f"Access token validation failure: algorithm '{algorithm}' is not accepted; "
                f"tokens must be signed with {self.algorithm}."
            )
        return self._decode(
            token,
            self._verification_key(header),
            self.algorithm,
            audience=self._audience,
            issuer=self._issuer,
        )

    @staticmethod
    def _decode(
        token: str,
        key: Any,
        algorithm: str,
        *,
        audience: str | list[str] | None,
        issuer: str | None,
        tenant_issuer: bool = False,
    ) -> dict[str, Any]:
        """The verified claims; with `tenant_issuer`, `iss` must be the issuer of the token's
        own tenant (`.../<tid>/v2.0`, as the local identity platform writes it)."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[algorithm],
                audience=audience,
                issuer=issuer,
                options={"require": ["exp"], "verify_aud": audience is not None},
            )
        except jwt.MissingRequiredClaimError as exc:
            raise AuthenticationFailed(
                f"Access token validation failure: the '{exc.claim}' claim is missing."
            ) from None
        except jwt.PyJWTError as exc:
            message = next(
                (text for cls, text in _FAILURE_MESSAGES if isinstance(exc, cls)),
                "Access token validation failure. Invalid token.",
            )
            if isinstance(exc, jwt.InvalidSignatureError):
                _foreign_signature.note()
            raise AuthenticationFailed(message) from None
        if tenant_issuer and not str(claims.get("iss", "")).endswith(f"/{claims.get('tid')}/v2.0"):
            raise AuthenticationFailed("Access token validation failure. Invalid issuer.")
        return claims


def _names(value: Any, separator: str | None = None) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset(value.split(separator))
    if isinstance(value, list):
        return frozenset(str(item) for item in value)
    return frozenset()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def caller_from_claims(claims: dict[str, Any]) -> Caller:
    """The caller a verified token describes: `oid` (else `sub`; none for an app's own token,
    `idtyp: app`), `scp`, `roles`, `tid` and `appid` (else `azp`)."""
    application = claims.get("idtyp") == "app"
    return Caller(
        subject=None if application else _text(claims.get("oid") or claims.get("sub")),
        scopes=_names(claims.get("scp")),
        roles=_names(claims.get("roles")),
        tenant_id=_text(claims.get("tid")),
        app_id=_text(claims.get("appid") or claims.get("azp")),
    )


def mint_token(
    settings: Settings,
    *,
    subject: str,
    scopes: Iterable[str] = (),
    roles: Iterable[str] = (),
    lifetime_seconds: int = 3600,
    tenant_id: str | None = None,
    user_principal_name: str | None = None,
    name: str | None = None,
    app_id: str | None = None,
    application: bool = False,
) -> str:
    """An HS256 token that a server with the same settings accepts (for local use and tests).

    A delegated token's `subject` is the signed-in user (`oid` and `sub`); an `application`
    token's is the client application (`sub`, no `oid`)."""
    if settings.jwks_file is not None or settings.jwt_public_key is not None:
        raise ValueError(
            "this server verifies RS256 tokens: mint them with the private key of your issuer"
        )
    now = int(time.time())
    claims: dict[str, Any] = {"sub": subject, "iat": now, "nbf": now}
    if not application:
        claims["oid"] = subject
    claims["exp"] = now + lifetime_seconds
    optional = {
        "tid": tenant_id,
        "upn": user_principal_name,
        "preferred_username": user_principal_name,
        "name": name,
        "appid": app_id,
        "azp": app_id,
    }
    claims.update({claim: value for claim, value in optional.items() if value is not None})
    if scopes:
        claims["scp"] = " ".join(scopes)
    if roles:
        claims["roles"] = list(roles)
    if settings.jwt_audience is not None:
        claims["aud"] = settings.jwt_audience
    if settings.jwt_issuer is not None:
        claims["iss"] = settings.jwt_issuer
    return jwt.encode(claims, load_or_create_secret(settings), algorithm="HS256")
