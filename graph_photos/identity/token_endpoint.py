"""The token endpoint and the device authorization endpoint of the local identity platform.

`TokenEndpoint.token` redeems a grant for tokens: `client_credentials` (the app's secret),
`authorization_code` (redeemed once, with its PKCE verifier and redirect URI), `refresh_token`
(used once: each reply carries the next) and the device code grant (`authorization_pending`
until its user signs in, `slow_down` when polled too fast). `start_device` begins a device code
sign-in. Replies carry what MSAL and azure-identity read (docs/sign-in.md).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace
from typing import Any

from jwt.utils import base64url_encode

from graph_photos.directory.applications import Application
from graph_photos.directory.model import Tenant, User
from graph_photos.domain.grants import Grant, handle_key
from graph_photos.identity import registry
from graph_photos.identity.registry import Flow, OAuthError, refused_scope, required
from graph_photos.identity.scopes import RequestedScope, ScopeError
from graph_photos.identity.tokens import Audience, client_info, issuer_url

DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
_USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud, typed
_USER_CODE_LENGTH = 9


def pkce_challenge(verifier: str) -> str:
    """The S256 challenge of a PKCE verifier (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64url_encode(digest).decode("ascii")


class TokenEndpoint(Flow):
    """Redeems grants for tokens, and starts device code sign-ins."""

    async def token(
        self,
        base_url: str,
        tenant: Tenant | None,
        form: dict[str, str],
        *,
        basic: tuple[str, str] | None,
        origin: str | None,
    ) -> dict[str, Any]:
        """The token reply of a token request (`form` as posted; `basic`: HTTP Basic's
        client id and secret; `origin`: the browser's Origin header)."""
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if basic is not None:
            client_id, secret = basic
        tenant_id, app = await self._registry.app(tenant, client_id)
        grant_type = required(form, "grant_type")
        own = frozenset({base_url})
        try:
            scope = RequestedScope.parse(form.get("scope"), own)
        except ScopeError as exc:
            raise refused_scope(exc) from None
        audience = Audience(tenant_id, issuer_url(base_url, tenant_id), app.client_id)
        if grant_type == "client_credentials":
            await self._registry.authenticate(app, secret, required=True)
            try:
                roles = scope.application_roles(app)
            except ScopeError as exc:
                raise refused_scope(exc) from None
            return self._reply(audience, None, roles=roles)
        if grant_type == "authorization_code":
            grant = await self._redeem_code(app, form, secret, origin)
        elif grant_type == "refresh_token":
            grant = await self._redeem_refresh(app, form, secret)
        elif grant_type == DEVICE_CODE_GRANT:
            grant = await self._redeem_device(app, form)
        else:
            raise OAuthError(
                "unsupported_grant_type",
                70003,
                f"The app requested an unsupported grant type '{grant_type}'.",
            )
        if grant.tenant_id != tenant_id:
            raise OAuthError("invalid_grant", 9002313, "The grant is not this tenant's.")
        user = await self._registry.user(grant.tenant_id, str(grant.properties["user_id"]))
        asked = scope if scope.text else RequestedScope.parse(grant.properties["scope"], own)
        try:
            scopes = asked.delegated_scopes(app)
        except ScopeError as exc:
            raise refused_scope(exc) from None
        reply = self._reply(audience, user, scopes=scopes, scope_text=asked.text)
        if "openid" in asked.oidc:
            reply["id_token"] = self._signer.id_token(
                audience,
                lifetime=self.settings.access_token_lifetime,
                user=user,
                nonce=grant.properties.get("nonce"),
            )
        if "offline_access" in asked.oidc:
            reply["refresh_token"] = await self._new_refresh(grant, asked.text)
        return reply

    def _reply(
        self,
        audience: Audience,
        user: User | None,
        *,
        scopes: frozenset[str] = frozenset(),
        roles: frozenset[str] = frozenset(),
        scope_text: str | None = None,
    ) -> dict[str, Any]:
        lifetime = self.settings.access_token_lifetime
        reply: dict[str, Any] = {
            "token_type": "Bearer",
            "expires_in": lifetime - 1,
            "ext_expires_in": lifetime - 1,
            "access_token": self._signer.access_token(
                audience, lifetime=lifetime, user=user, scopes=scopes, roles=roles
            ),
        }
        if user is not None:
            reply["scope"] = scope_text or ""
            reply["client_info"] = client_info(user.id, audience.tenant_id)
        return reply

    def _mismatch(self, what: str) -> OAuthError:
        return OAuthError("invalid_grant", 70000, f"The provided {what} is not valid for this app.")

    async def _redeem_code(
        self, app: Application, form: dict[str, str], secret: str | None, origin: str | None
    ) -> Grant:
        grant = await self._take(
            required(form, "code"),
            "code",
            OAuthError(
                "invalid_grant",
                70008,
                "The provided authorization code or refresh token has expired due to "
                "inactivity, or was already redeemed. Send a new interactive authorization "
                "request for this user and resource.",
            ),
        )
        if grant.client_key != app.key:
            raise self._mismatch("authorization code")
        if form.get("redirect_uri") != grant.properties["redirect_uri"]:
            raise OAuthError(
                "invalid_grant",
                500112,
                "The reply address does not match the reply address provided when "
                "requesting the authorization code.",
            )
        challenge = grant.properties.get("code_challenge")
        verifier = form.get("code_verifier")
        if challenge is not None:
            if not verifier:
                raise OAuthError(
                    "invalid_grant",
                    501491,
                    "The request body must contain the following parameter: 'code_verifier'.",
                )
            if not hmac.compare_digest(pkce_challenge(verifier), str(challenge)):
                raise OAuthError(
                    "invalid_grant",
                    501481,
                    "The Code_Verifier does not match the code_challenge supplied in the "
                    "authorization request.",
                )
        platform = grant.properties["platform"]
        if platform == "spa" and origin is None:
            raise OAuthError(
                "invalid_request",
                9002327,
                "Tokens issued for the 'Single-Page Application' client-type may only be "
                "redeemed via cross-origin requests.",
            )
        await self._registry.authenticate(app, secret, required=platform == "web")
        return grant

    async def _redeem_refresh(
        self, app: Application, form: dict[str, str], secret: str | None
    ) -> Grant:
        grant = await self._take(
            required(form, "refresh_token"),
            "refresh",
            OAuthError(
                "invalid_grant",
                700082,
                "The refresh token has expired, was revoked or was already used. Sign in again.",
            ),
        )
        if grant.client_key != app.key:
            raise self._mismatch("refresh token")
        if grant.properties.get("platform") == "web":
            await self._registry.authenticate(app, secret, required=True)
        return grant

    async def _redeem_device(self, app: Application, form: dict[str, str]) -> Grant:
        device_code = required(form, "device_code")
        key = handle_key(device_code)
        grant = await self._store.grant(key, "device")
        now = registry.now()
        if grant is None or grant.client_key != app.key:
            raise OAuthError("invalid_grant", 70000, "The provided device code is not valid.")
        if grant.expires_at < now:
            raise OAuthError(
                "expired_token", 70019, "Verification code expired. Start a new sign-in."
            )
        if grant.user_key is None:
            interval = float(grant.properties["interval"])
            polled = dict(grant.properties, polled_at=now)
            updated = await self._store.update_grant(grant, replace(grant, properties=polled))
            if not updated or now - float(grant.properties["polled_at"]) < interval / 2:
                raise OAuthError(
                    "slow_down",
                    70016,
                    f"OAuth 2.0 device flow error. Poll at most every {interval:g} seconds.",
                )
            raise OAuthError(
                "authorization_pending",
                70016,
                "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
            )
        taken = await self._store.take_grant(key, "device")
        if taken is None:
            raise OAuthError("invalid_grant", 70000, "The provided device code was redeemed.")
        return taken

    async def _new_refresh(self, grant: Grant, scope: str) -> str:
        properties = {
            "user_id": grant.properties["user_id"],
            "scope": scope,
            "platform": grant.properties.get("platform", "publicClient"),
        }
        refresh = replace(grant, kind="refresh", properties=properties, user_code_key=None)
        return await self._issue(refresh, self.settings.refresh_token_lifetime)

    async def start_device(
        self, base_url: str, tenant: Tenant | None, form: dict[str, str]
    ) -> dict[str, Any]:
        tenant_id, app = await self._registry.app(tenant, form.get("client_id"))
        if not app.public_client:
            raise OAuthError(
                "invalid_client",
                7000218,
                "The request body must contain the following parameter: 'client_assertion' "
                "or 'client_secret'. (The device code flow is a public client flow: set the "
                "app's isFallbackPublicClient.)",
                status=401,
            )
        try:
            scope = RequestedScope.parse(form.get("scope"), frozenset({base_url}))
            scope.delegated_scopes(app)
        except ScopeError as exc:
            raise refused_scope(exc) from None
        user_code = "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(_USER_CODE_LENGTH))
        lifetime = self.settings.device_code_lifetime
        interval = self.settings.device_code_interval
        waiting = Grant(
            handle_key="",
            kind="device",
            tenant_id=tenant_id,
            client_key=app.key,
            user_key=None,
            expires_at=0.0,
            properties={"scope": scope.text, "interval": interval, "polled_at": 0.0},
            user_code_key=user_code,
        )
        device_code = await self._issue(waiting, lifetime)
        verification_uri = f"{base_url}/devicelogin"
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": verification_uri,
            "expires_in": lifetime,
            "interval": interval,
            "message": f"To sign in, use a web browser to open the page {verification_uri} "
            f"and enter the code {user_code} to authenticate.",
        }
