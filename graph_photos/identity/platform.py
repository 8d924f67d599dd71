"""The local identity platform: OAuth 2.0 and OpenID Connect as MSAL and azure-identity use them.

`IdentityPlatform` answers discovery and the key set, checks authorization requests, issues
authorization codes when a user picks themselves on the sign-in page, runs the device code
flow, and redeems every grant at the token endpoint. It speaks in values (the web layer renders
pages, redirects and JSON) and fails with `OAuthError` (in Entra's words and AADSTS codes) or,
before the app and its redirect URI are known to be the app's, `SignInRefused` (an error page:
nothing may be sent to an unchecked redirect URI).

Security: codes live `authorization_code_lifetime` seconds and are redeemed once (the store
deletes what it hands out), as are refresh tokens (each reply carries the next); public clients
and single-page apps must use PKCE (S256); secrets are compared in constant time; the sign-in
page's request is signed, so what the user approves is what was asked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from typing import Any

import jwt

from graph_photos.directory.applications import Application, Platform
from graph_photos.directory.model import ObjectRef, Tenant, User, ascii_key
from graph_photos.directory.passwords import password_matches
from graph_photos.directory.query import DirectoryQuery
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.grants import Grant, handle_key
from graph_photos.domain.store import DirectoryStore, IdentityStore
from graph_photos.identity.scopes import RequestedScope, ScopeError
from graph_photos.identity.signing_keys import SigningKeys
from graph_photos.identity.tokens import Audience, TokenSigner, client_info, issuer_url
from graph_photos.settings import Settings

MULTI_TENANT = ("common", "organizations")
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
RESPONSE_MODES = ("query", "fragment", "form_post")
SIGN_IN_REQUEST_LIFETIME = 15 * 60  # how long a sign-in page may wait for its user
_REQUEST_AUDIENCE = "urn:graph-photos:sign-in-request"
_SESSION_AUDIENCE = "urn:graph-photos:sign-in-session"
_USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1: read aloud, typed
_USER_CODE_LENGTH = 9
PICKER_SIZE = 100  # the users a sign-in page lists


class OAuthError(Exception):
    """An OAuth error answer: `error`, Entra's AADSTS number and description, the status."""

    def __init__(self, error: str, code: int, description: str, status: int = 400) -> None:
        super().__init__(f"AADSTS{code}: {description}")
        self.error = error
        self.code = code
        self.description = f"AADSTS{code}: {description}"
        self.status = status


class SignInRefused(Exception):
    """The sign-in page cannot go on, and must not redirect: the message says why."""


class PasswordRequired(Exception):
    """The chosen user has a password: the page asks for it (again, when `wrong`)."""

    def __init__(self, user: User, *, wrong: bool) -> None:
        super().__init__(user.user_principal_name)
        self.user = user
        self.wrong = wrong


def _refused_scope(exc: ScopeError) -> OAuthError:
    error = "invalid_grant" if exc.code == 65001 else "invalid_scope"
    return OAuthError(error, exc.code, str(exc))


@dataclass(frozen=True)
class AuthorizationRequest:
    """A checked authorization request: its app and redirect URI are the app's."""

    tenant_id: str
    client_id: str
    redirect_uri: str
    platform: Platform
    response_mode: str
    scope: str
    state: str | None = None
    nonce: str | None = None
    code_challenge: str | None = None
    prompt: str | None = None
    login_hint: str | None = None


@dataclass(frozen=True)
class AuthorizationResponse:
    """What goes back to the app's redirect URI, and how."""

    redirect_uri: str
    response_mode: str
    parameters: dict[str, str]


@dataclass(frozen=True)
class SignInPage:
    """The sign-in page to show: the request, the app, the tenant's users to pick from."""

    request: AuthorizationRequest
    app: Application
    users: list[User]


@dataclass(frozen=True)
class Session:
    """Who signed in with this browser, in which tenant."""

    tenant_id: str
    user_id: str


@dataclass(frozen=True)
class DeviceSignIn:
    """A device code waiting for its user: the app that asks, the tenant's users."""

    user_code: str
    app: Application
    users: list[User]


def pkce_challenge(verifier: str) -> str:
    """The S256 challenge of a PKCE verifier (RFC 7636)."""
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _timestamp() -> float:
    return time.time()


class IdentityPlatform:
    """The identity platform of one running service."""

    def __init__(
        self,
        settings: Settings,
        store: IdentityStore,
        directory: DirectoryStore,
        keys: SigningKeys,
    ) -> None:
        self.settings = settings
        self._store = store
        self._directory = directory
        self.keys = keys
        self._signer = TokenSigner(keys)

    # --- discovery ---------------------------------------------------------------------

    async def tenant(self, segment: str) -> Tenant | None:
        """The tenant a path's `{tenant}` names (id or default domain); None for `common` and
        `organizations`. Raises `OAuthError` (invalid_tenant) for any other."""
        if segment.lower() in MULTI_TENANT:
            return None
        key = ascii_key(segment)
        for tenant in await self._store.tenants():
            if key in (ascii_key(tenant.id), ascii_key(tenant.default_domain)):
                return tenant
        raise OAuthError(
            "invalid_tenant",
            90002,
            f"Tenant '{segment}' not found. Check to make sure you have the correct tenant ID "
            "and are signing into the correct cloud.",
        )

    def configuration(self, base_url: str, segment: str, tenant: Tenant | None) -> dict[str, Any]:
        """The OpenID Connect configuration of an authority."""
        authority = f"{base_url}/{segment}"
        return {
            "issuer": issuer_url(base_url, tenant.id if tenant else "{tenantid}"),
            "authorization_endpoint": f"{authority}/oauth2/v2.0/authorize",
            "token_endpoint": f"{authority}/oauth2/v2.0/token",
            "device_authorization_endpoint": f"{authority}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{authority}/oauth2/v2.0/logout",
            "jwks_uri": f"{authority}/discovery/v2.0/keys",
            "tenant_region_scope": None,
            "cloud_instance_name": "localhost",
            "request_uri_parameter_supported": False,
            "response_types_supported": ["code", "id_token", "code id_token"],
            "response_modes_supported": list(RESPONSE_MODES),
            "grant_types_supported": [
                "authorization_code",
                "refresh_token",
                "client_credentials",
                DEVICE_CODE_GRANT,
            ],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
            "code_challenge_methods_supported": ["S256"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "claims_supported": [
                "sub",
                "iss",
                "aud",
                "exp",
                "iat",
                "nbf",
                "name",
                "preferred_username",
                "oid",
                "tid",
                "nonce",
                "ver",
            ],
        }

    def key_set(self) -> dict[str, Any]:
        return self.keys.jwks()

    # --- apps ----------------------------------------------------------------------------

    async def _app(self, tenant: Tenant | None, client_id: str | None) -> tuple[str, Application]:
        """(tenant id, app) of a client id in the tenant (any tenant for `common`)."""
        if not client_id:
            raise OAuthError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'client_id'.",
            )
        key = ascii_key(client_id)
        found = [
            (tenant_id, app)
            for tenant_id, app in await self._store.applications(tenant.id if tenant else None)
            if app.key == key
        ]
        if not found:
            where = tenant.default_domain if tenant else "any tenant"
            raise OAuthError(
                "unauthorized_client",
                700016,
                f"Application with identifier '{client_id}' was not found in the directory "
                f"'{where}'. Register it in the directory file (applications) or with "
                "`graph-photos apps`.",
            )
        return found[0]

    async def _authenticate(self, app: Application, secret: str | None, *, required: bool) -> None:
        """Check a confidential app's secret (a public client has none to send)."""
        if secret is None:
            if required or app.confidential:
                raise OAuthError(
                    "invalid_client",
                    7000218,
                    "The request body must contain the following parameter: "
                    "'client_assertion' or 'client_secret'.",
                    status=401,
                )
            return
        if not app.secret_matches(secret, datetime.now(UTC)):
            raise OAuthError(
                "invalid_client",
                7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request "
                "is the client secret value, not the client secret ID, for a secret added to "
                f"app '{app.client_id}'.",
                status=401,
            )

    async def _user(self, tenant_id: str, user_id: str) -> User:
        try:
            user = await self._directory.get_user(ObjectRef(tenant_id, "users", user_id))
        except ObjectNotFound:
            user = None
        if user is None or not user.account_enabled:
            raise OAuthError(
                "invalid_grant",
                50034,
                f"The user account {user_id} does not exist in the tenant or is disabled.",
            )
        return user

    # --- the token endpoint ----------------------------------------------------------------

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
        tenant_id, app = await self._app(tenant, client_id)
        grant_type = form.get("grant_type")
        own = frozenset({base_url})
        try:
            scope = RequestedScope.parse(form.get("scope"), own)
        except ScopeError as exc:
            raise _refused_scope(exc) from None
        audience = Audience(tenant_id, issuer_url(base_url, tenant_id), app.client_id)
        if grant_type == "client_credentials":
            await self._authenticate(app, secret, required=True)
            try:
                roles = scope.application_roles(app)
            except ScopeError as exc:
                raise _refused_scope(exc) from None
            return self._reply(audience, None, roles=roles)
        if grant_type == "authorization_code":
            grant = await self._redeem_code(app, form, secret, origin)
        elif grant_type == "refresh_token":
            grant = await self._redeem_refresh(app, form, secret)
        elif grant_type == DEVICE_CODE_GRANT:
            grant = await self._redeem_device(app, form)
        elif not grant_type:
            raise OAuthError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'grant_type'.",
            )
        else:
            raise OAuthError(
                "unsupported_grant_type",
                70003,
                f"The app requested an unsupported grant type '{grant_type}'.",
            )
        if grant.tenant_id != tenant_id:
            raise OAuthError("invalid_grant", 9002313, "The grant is not this tenant's.")
        user = await self._user(grant.tenant_id, str(grant.properties["user_id"]))
        asked = scope if scope.text else RequestedScope.parse(grant.properties["scope"], own)
        try:
            scopes = asked.delegated_scopes(app)
        except ScopeError as exc:
            raise _refused_scope(exc) from None
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
        code = form.get("code")
        if not code:
            raise OAuthError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'code'.",
            )
        grant = await self._store.take_grant(handle_key(code), "code")
        if grant is None or grant.expires_at < _timestamp():
            raise OAuthError(
                "invalid_grant",
                70008,
                "The provided authorization code or refresh token has expired due to "
                "inactivity, or was already redeemed. Send a new interactive authorization "
                "request for this user and resource.",
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
        await self._authenticate(app, secret, required=platform == "web")
        return grant

    async def _redeem_refresh(
        self, app: Application, form: dict[str, str], secret: str | None
    ) -> Grant:
        token = form.get("refresh_token")
        if not token:
            raise OAuthError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'refresh_token'.",
            )
        grant = await self._store.take_grant(handle_key(token), "refresh")
        if grant is None or grant.expires_at < _timestamp():
            raise OAuthError(
                "invalid_grant",
                700082,
                "The refresh token has expired, was revoked or was already used. Sign in again.",
            )
        if grant.client_key != app.key:
            raise self._mismatch("refresh token")
        if grant.properties.get("platform") == "web":
            await self._authenticate(app, secret, required=True)
        return grant

    async def _redeem_device(self, app: Application, form: dict[str, str]) -> Grant:
        device_code = form.get("device_code")
        if not device_code:
            raise OAuthError(
                "invalid_request",
                900144,
                "The request body must contain the following parameter: 'device_code'.",
            )
        key = handle_key(device_code)
        grant = await self._store.grant(key, "device")
        now = _timestamp()
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
        token = secrets.token_urlsafe(48)
        now = _timestamp()
        await self._store.add_grant(
            Grant(
                handle_key=handle_key(token),
                kind="refresh",
                tenant_id=grant.tenant_id,
                client_key=grant.client_key,
                user_key=grant.user_key,
                expires_at=now + self.settings.refresh_token_lifetime,
                properties={
                    "user_id": grant.properties["user_id"],
                    "scope": scope,
                    "platform": grant.properties.get("platform", "publicClient"),
                },
            ),
            now,
        )
        return token

    # --- the device code flow ------------------------------------------------------------

    async def start_device(
        self, base_url: str, tenant: Tenant | None, form: dict[str, str]
    ) -> dict[str, Any]:
        tenant_id, app = await self._app(tenant, form.get("client_id"))
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
            raise _refused_scope(exc) from None
        device_code = secrets.token_urlsafe(48)
        user_code = "".join(secrets.choice(_USER_CODE_ALPHABET) for _ in range(_USER_CODE_LENGTH))
        now = _timestamp()
        lifetime = self.settings.device_code_lifetime
        interval = self.settings.device_code_interval
        await self._store.add_grant(
            Grant(
                handle_key=handle_key(device_code),
                kind="device",
                tenant_id=tenant_id,
                client_key=app.key,
                user_key=None,
                expires_at=now + lifetime,
                properties={"scope": scope.text, "interval": interval, "polled_at": 0.0},
                user_code_key=user_code,
            ),
            now,
        )
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

    async def _waiting_device(self, user_code: str) -> tuple[Grant, Application]:
        code = "".join(user_code.split()).replace("-", "").upper()
        grant = await self._store.device_grant(code) if code else None
        if grant is None or grant.expires_at < _timestamp() or grant.user_key is not None:
            raise SignInRefused(
                "That code was not found, has expired, or was used. Start the sign-in again "
                "on your device for a new code."
            )
        apps = await self._store.applications(grant.tenant_id)
        app = next(app for _, app in apps if app.key == grant.client_key)
        return grant, app

    async def device_sign_in(self, user_code: str) -> DeviceSignIn:
        """The page that asks who signs the device in."""
        grant, app = await self._waiting_device(user_code)
        return DeviceSignIn(str(grant.user_code_key), app, await self._users(grant.tenant_id))

    async def approve_device(
        self, user_code: str, user_id: str, password: str | None = None
    ) -> Application:
        """The user signs the device in (with their password, if they have one): its app's
        next poll gets tokens."""
        grant, app = await self._waiting_device(user_code)
        user = await self._signing_in(grant.tenant_id, user_id, password)
        approved = replace(
            grant,
            user_key=ascii_key(user.id),
            properties=dict(grant.properties, user_id=user.id, platform="publicClient"),
        )
        if not await self._store.update_grant(grant, approved):
            raise SignInRefused("This code changed meanwhile; enter it again.")
        return app

    # --- the authorization endpoint --------------------------------------------------------

    async def authorization_request(
        self, base_url: str, tenant: Tenant | None, parameters: dict[str, str | None]
    ) -> tuple[AuthorizationRequest, Application]:
        """The checked request. `SignInRefused` while the app or redirect URI is unproven;
        after that `AuthorizationError`, answered to the redirect URI."""
        try:
            tenant_id, app = await self._app(tenant, parameters.get("client_id"))
        except OAuthError as exc:
            raise SignInRefused(exc.description) from None
        redirect_uri = parameters.get("redirect_uri") or ""
        platform = app.platform_of(redirect_uri)
        if platform is None:
            raise SignInRefused(
                f"AADSTS50011: The redirect URI '{redirect_uri}' specified in the request does "
                f"not match the redirect URIs configured for the application "
                f"'{app.client_id}'. Make sure the redirect URI sent in the request matches "
                "one added to your application in the directory file."
            )
        response_mode = parameters.get("response_mode") or "query"
        request = AuthorizationRequest(
            tenant_id=tenant_id,
            client_id=app.client_id,
            redirect_uri=redirect_uri,
            platform=platform,
            response_mode=response_mode if response_mode in RESPONSE_MODES else "query",
            scope=parameters.get("scope") or "",
            state=parameters.get("state"),
            nonce=parameters.get("nonce"),
            code_challenge=parameters.get("code_challenge"),
            prompt=parameters.get("prompt"),
            login_hint=parameters.get("login_hint"),
        )
        if response_mode not in RESPONSE_MODES:
            raise AuthorizationError(
                request, "invalid_request", 900144, f"Invalid response_mode '{response_mode}'."
            )
        if parameters.get("response_type") != "code":
            raise AuthorizationError(
                request,
                "unsupported_response_type",
                700054,
                "response_type must be 'code' (the authorization code flow).",
            )
        method = parameters.get("code_challenge_method") or "plain"
        if request.code_challenge is not None and method != "S256":
            raise AuthorizationError(
                request, "invalid_request", 50123, "code_challenge_method must be S256."
            )
        if request.code_challenge is None and platform != "web":
            raise AuthorizationError(
                request,
                "invalid_request",
                9002325,
                "Proof Key for Code Exchange is required for cross-origin authorization code "
                "redemption."
                if platform == "spa"
                else "Proof Key for Code Exchange is required for public clients.",
            )
        try:
            RequestedScope.parse(request.scope, frozenset({base_url})).delegated_scopes(app)
        except ScopeError as exc:
            error = "invalid_client" if exc.code == 65001 else "invalid_scope"
            raise AuthorizationError(request, error, exc.code, str(exc)) from None
        return request, app

    async def sign_in_page(
        self, request: AuthorizationRequest, app: Application, session: Session | None
    ) -> SignInPage | AuthorizationResponse:
        """The sign-in page, or at once the answer for the browser's signed-in user."""
        prompt = request.prompt or ""
        signed_in = session if session and session.tenant_id == request.tenant_id else None
        if signed_in is not None and request.login_hint:
            hinted = await self._hinted_user(request.tenant_id, request.login_hint)
            if hinted is None or ascii_key(hinted.id) != ascii_key(signed_in.user_id):
                signed_in = None
        if prompt == "none":
            if signed_in is None:
                raise AuthorizationError(
                    request,
                    "login_required",
                    50058,
                    "A silent sign-in request was sent but no user is signed in.",
                )
            return await self._code(request, await self._session_user(request, signed_in))
        if signed_in is not None and prompt not in ("login", "select_account", "consent"):
            return await self._code(request, await self._session_user(request, signed_in))
        users = await self._users(request.tenant_id)
        hinted = (
            await self._hinted_user(request.tenant_id, request.login_hint)
            if request.login_hint
            else None
        )
        if hinted is not None:
            users = [hinted, *(u for u in users if u.id != hinted.id)]
        return SignInPage(request, app, users)

    async def _hinted_user(self, tenant_id: str, hint: str) -> User | None:
        try:
            return await self._directory.get_user(ObjectRef(tenant_id, "users", hint))
        except ObjectNotFound:
            return None

    async def _users(self, tenant_id: str) -> list[User]:
        query = DirectoryQuery.of("users", orderby="displayName", top=PICKER_SIZE)
        page = await self._directory.find_users(tenant_id, query, None)
        return [user for user in page.items if user.account_enabled]

    async def _signing_in(self, tenant_id: str, user_id: str, password: str | None) -> User:
        """The user who signs in on a page: `PasswordRequired` while the directory sets them a
        password that was not given."""
        try:
            user = await self._user(tenant_id, user_id)
        except OAuthError as exc:
            raise SignInRefused(exc.description) from None
        if user.password_hash is not None and (
            password is None or not password_matches(user.password_hash, password)
        ):
            raise PasswordRequired(user, wrong=password is not None)
        return user

    async def authorize(
        self, request: AuthorizationRequest, user_id: str, password: str | None = None
    ) -> AuthorizationResponse:
        """A code for `user_id` (with their password, if they have one), in the answer to the
        app."""
        user = await self._signing_in(request.tenant_id, user_id, password)
        return await self._code(request, user)

    async def _session_user(self, request: AuthorizationRequest, session: Session) -> User:
        """The browser's signed-in user (who gave their password when signing in)."""
        try:
            return await self._user(request.tenant_id, session.user_id)
        except OAuthError as exc:
            raise SignInRefused(exc.description) from None

    async def _code(self, request: AuthorizationRequest, user: User) -> AuthorizationResponse:
        code = secrets.token_urlsafe(48)
        now = _timestamp()
        await self._store.add_grant(
            Grant(
                handle_key=handle_key(code),
                kind="code",
                tenant_id=request.tenant_id,
                client_key=ascii_key(request.client_id),
                user_key=ascii_key(user.id),
                expires_at=now + self.settings.authorization_code_lifetime,
                properties={
                    "user_id": user.id,
                    "redirect_uri": request.redirect_uri,
                    "platform": request.platform,
                    "scope": request.scope,
                    "nonce": request.nonce,
                    "code_challenge": request.code_challenge,
                },
            ),
            now,
        )
        parameters = {"code": code, "client_info": client_info(user.id, request.tenant_id)}
        return self._answer(request, parameters)

    def _answer(
        self, request: AuthorizationRequest, parameters: dict[str, str]
    ) -> AuthorizationResponse:
        if request.state is not None:
            parameters["state"] = request.state
        return AuthorizationResponse(request.redirect_uri, request.response_mode, parameters)

    def error_answer(self, error: AuthorizationError) -> AuthorizationResponse:
        """An authorization error, for the app's redirect URI."""
        return self._answer(
            error.request, {"error": error.error, "error_description": error.description}
        )

    # --- what the sign-in page carries ---------------------------------------------------

    def seal(self, request: AuthorizationRequest, csrf: str) -> str:
        """The request as the sign-in page carries it: signed, bound to the page's token."""
        now = int(_timestamp())
        claims = asdict(request) | {
            "aud": _REQUEST_AUDIENCE,
            "exp": now + SIGN_IN_REQUEST_LIFETIME,
            "csrf": csrf,
        }
        return self._signer.sign(claims)

    def unseal(self, sealed: str, csrf: str | None) -> AuthorizationRequest:
        """The request a sign-in page was made for; `SignInRefused` if altered, expired, or
        not posted with its page's anti-forgery token."""
        try:
            claims = self._signer.verify(sealed, _REQUEST_AUDIENCE)
        except jwt.ExpiredSignatureError:
            raise SignInRefused(
                "This sign-in page has expired: start again from the app."
            ) from None
        except jwt.PyJWTError:
            raise SignInRefused(
                "This sign-in form is not valid: start again from the app."
            ) from None
        if not csrf or not hmac.compare_digest(str(claims.get("csrf")), csrf):
            raise SignInRefused(
                "This sign-in form was not sent by this browser's sign-in page (its "
                "anti-forgery token does not match): start again from the app."
            )
        fields: dict[str, Any] = {
            name: claims.get(name) for name in AuthorizationRequest.__dataclass_fields__
        }
        return AuthorizationRequest(**fields)

    def session_cookie(self, tenant_id: str, user_id: str) -> str:
        now = int(_timestamp())
        return self._signer.sign(
            {
                "aud": _SESSION_AUDIENCE,
                "tid": tenant_id,
                "oid": user_id,
                "iat": now,
                "exp": now + self.settings.sign_in_session_lifetime,
            }
        )

    def session(self, cookie: str | None) -> Session | None:
        if not cookie:
            return None
        try:
            claims = self._signer.verify(cookie, _SESSION_AUDIENCE)
        except jwt.PyJWTError:
            return None
        return Session(str(claims["tid"]), str(claims["oid"]))

    async def sign_out_target(
        self, tenant: Tenant | None, post_logout_redirect_uri: str | None
    ) -> str | None:
        """Where to send the browser after signing out: only a URI an app registers."""
        if not post_logout_redirect_uri:
            return None
        for _, app in await self._store.applications(tenant.id if tenant else None):
            if app.platform_of(post_logout_redirect_uri) is not None:
                return post_logout_redirect_uri
        return None


class AuthorizationError(Exception):
    """An authorization error to send to the (checked) redirect URI."""

    def __init__(
        self, request: AuthorizationRequest, error: str, code: int, description: str
    ) -> None:
        super().__init__(description)
        self.request = request
        self.error = error
        self.description = f"AADSTS{code}: {description}"
