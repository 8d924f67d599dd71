"""App registrations: who may ask the local identity platform for tokens, and for what.

An `Application` is an app registration of one tenant, in Graph's terms: its client id
(`appId`), redirect URIs by platform (`web`, `spa`, `publicClient`), whether public client flows
(device code) are allowed (`isFallbackPublicClient`), the delegated permissions (scopes) and
application permissions (roles) the tenant granted it, and its client secrets
(`passwordCredentials`). A secret is kept only as its SHA-256: it is shown once, when made, and
compared in constant time. Secrets are random 40-character strings, so a fast hash is enough
(there is nothing to guess a dictionary of); a secret written into a directory file by hand must
be as random.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from graph_photos.directory.model import ascii_key

Platform = Literal["web", "spa", "publicClient"]
PLATFORMS: tuple[Platform, ...] = ("web", "spa", "publicClient")
SECRET_LIFETIME = timedelta(days=180)  # what the Entra admin center proposes
_SECRET_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-"  # noqa: S105


@dataclass(frozen=True)
class ClientSecret:
    """One client secret: its id, name, first characters, hash and validity."""

    key_id: str
    display_name: str
    hint: str  # the secret's first three characters, as Graph shows them
    secret_hash: str  # hex SHA-256 of the secret
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Application:
    """An app registration of a tenant."""

    client_id: str
    display_name: str
    redirect_uris: dict[Platform, tuple[str, ...]] = field(default_factory=dict)
    public_client: bool = False  # isFallbackPublicClient: device code and other public flows
    scopes: frozenset[str] = frozenset()  # delegated permissions granted
    roles: frozenset[str] = frozenset()  # application permissions granted
    secrets: tuple[ClientSecret, ...] = ()

    @property
    def key(self) -> str:
        return ascii_key(self.client_id)

    def platform_of(self, redirect_uri: str) -> Platform | None:
        """The platform that registers `redirect_uri` (compared exactly, as Entra does), or
        None. Loopback URIs of public clients match on any port (RFC 8252, section 7.3)."""
        for platform in PLATFORMS:
            if redirect_uri in self.redirect_uris.get(platform, ()):
                return platform
        if any(
            _without_port(redirect_uri) == registered
            for registered in self.redirect_uris.get("publicClient", ())
        ):
            return "publicClient"
        return None

    @property
    def confidential(self) -> bool:
        """Whether the app can keep a secret (it has one): then it must present it."""
        return bool(self.secrets)

    def secret_matches(self, presented: str, now: datetime) -> bool:
        """Whether `presented` is one of the app's unexpired secrets, in constant time."""
        digest = _digest(presented)
        found = False
        for secret in self.secrets:  # every one compared: the time does not say which matched
            matches = hmac.compare_digest(digest, secret.secret_hash)
            found |= matches and secret.start <= now < secret.end
        return found

    def with_secret(self, display_name: str, now: datetime) -> tuple[Application, str]:
        """The app with a new secret, and the secret's text (shown once, never kept)."""
        text = "".join(secrets.choice(_SECRET_ALPHABET) for _ in range(40))
        secret = ClientSecret(
            key_id=str(uuid.uuid4()),
            display_name=display_name,
            hint=text[:3],
            secret_hash=_digest(text),
            start=now,
            end=now + SECRET_LIFETIME,
        )
        return replace(self, secrets=(*self.secrets, secret)), text

    def without_secret(self, key_id: str) -> Application:
        return replace(self, secrets=tuple(s for s in self.secrets if s.key_id != key_id))


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def _without_port(uri: str) -> str:
    """`http://127.0.0.1:53112/cb` as `http://127.0.0.1/cb`; other URIs unchanged."""
    for loopback in ("http://localhost:", "http://127.0.0.1:", "http://[::1]:"):
        if uri.startswith(loopback):
            rest = uri[len(loopback) :]
            port, _, path = rest.partition("/")
            if port.isdigit():
                return loopback[:-1] + ("/" + path if path else "")
    return uri


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def _text_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def application_of(document: dict[str, Any]) -> Application:
    """An application from its document (the directory file's form, also how it is stored)."""
    redirect_uris: dict[Platform, tuple[str, ...]] = {}
    for platform in PLATFORMS:
        uris = document.get(platform, {}).get("redirectUris", [])
        if uris:
            redirect_uris[platform] = tuple(uris)
    return Application(
        client_id=document["appId"],
        display_name=document["displayName"],
        redirect_uris=redirect_uris,
        public_client=bool(document.get("isFallbackPublicClient", False)),
        scopes=frozenset(document.get("delegatedPermissions", ())),
        roles=frozenset(document.get("applicationPermissions", ())),
        secrets=tuple(
            ClientSecret(
                key_id=item["keyId"],
                display_name=item.get("displayName", ""),
                hint=item.get("hint", ""),
                secret_hash=item["secretHash"],
                start=_time(item["startDateTime"]),
                end=_time(item["endDateTime"]),
            )
            for item in document.get("passwordCredentials", ())
        ),
    )


def application_document(app: Application) -> dict[str, Any]:
    """The directory file's form of `app` (its secrets as hashes)."""
    document: dict[str, Any] = {"appId": app.client_id, "displayName": app.display_name}
    for platform in PLATFORMS:
        if app.redirect_uris.get(platform):
            document[platform] = {"redirectUris": list(app.redirect_uris[platform])}
    if app.public_client:
        document["isFallbackPublicClient"] = True
    if app.scopes:
        document["delegatedPermissions"] = sorted(app.scopes)
    if app.roles:
        document["applicationPermissions"] = sorted(app.roles)
    if app.secrets:
        document["passwordCredentials"] = [
            {
                "keyId": secret.key_id,
                "displayName": secret.display_name,
                "hint": secret.hint,
                "secretHash": secret.secret_hash,
                "startDateTime": _text_time(secret.start),
                "endDateTime": _text_time(secret.end),
            }
            for secret in app.secrets
        ]
    return document
