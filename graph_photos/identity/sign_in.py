"""The sign-in side of the local identity platform: the authorization endpoint's checks, the
sign-in page's decisions, the codes it issues, the browser's session, and the device code page.

`SignIn.authorization_request` proves the app and its redirect URI first (until then a refusal
is `SignInRefused`, an error page: no open redirects), then checks the rest (refusals go to the
redirect URI as `AuthorizationError`). `sign_in_page` decides: a page of users to pick, or at
once a code for the browser's signed-in user (`prompt=none` never shows a page). The page carries
the request signed (`seal`), bound to its anti-forgery token, so what the user approves is what
was asked. Codes live `authorization_code_lifetime` seconds and are redeemed once.
"""

from __future__ import annotations

import hmac
from dataclasses import asdict, dataclass, replace
from typing import Any

import jwt

from graph_photos.directory.applications import Application, Platform
from graph_photos.directory.model import Tenant, User, ascii_key
from graph_photos.domain.grants import Grant
from graph_photos.identity import registry
from graph_photos.identity.registry import Flow, OAuthError, SignInRefused
from graph_photos.identity.scopes import RequestedScope, ScopeError
from graph_photos.identity.tokens import client_info

RESPONSE_MODES = ("query", "fragment", "form_post")
SIGN_IN_REQUEST_LIFETIME = 15 * 60  # how long a sign-in page may wait for its user
_REQUEST_AUDIENCE = "urn:graph-photos:sign-in-request"
_SESSION_AUDIENCE = "urn:graph-photos:sign-in-session"


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


class AuthorizationError(Exception):
    """An authorization error to send to the (checked) redirect URI."""

    def __init__(
        self, request: AuthorizationRequest, error: str, code: int, description: str
    ) -> None:
        super().__init__(description)
        self.request = request
        self.error = error
        self.description = f"AADSTS{code}: {description}"


class SignIn(Flow):
    """The authorization endpoint, the sign-in and device pages' decisions, sessions."""

    async def authorization_request(
        self, base_url: str, tenant: Tenant | None, parameters: dict[str, str | None]
    ) -> tuple[AuthorizationRequest, Application]:
        """The checked request. `SignInRefused` while the app or redirect URI is unproven;
        after that `AuthorizationError`, answered to the redirect URI."""
        try:
            tenant_id, app = await self._registry.app(tenant, parameters.get("client_id"))
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
            hinted = await self._registry.hinted_user(request.tenant_id, request.login_hint)
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
        users = await self._registry.users(request.tenant_id)
        hinted = (
            await self._registry.hinted_user(request.tenant_id, request.login_hint)
            if request.login_hint
            else None
        )
        if hinted is not None:
            users = [hinted, *(u for u in users if u.id != hinted.id)]
        return SignInPage(request, app, users)

    async def authorize(
        self, request: AuthorizationRequest, user_id: str, password: str | None = None
    ) -> AuthorizationResponse:
        """A code for `user_id` (with their password, if they have one), in the answer to the
        app."""
        user = await self._registry.signing_in(request.tenant_id, user_id, password)
        return await self._code(request, user)

    async def _session_user(self, request: AuthorizationRequest, session: Session) -> User:
        """The browser's signed-in user (who gave their password when signing in)."""
        try:
            return await self._registry.user(request.tenant_id, session.user_id)
        except OAuthError as exc:
            raise SignInRefused(exc.description) from None

    async def _code(self, request: AuthorizationRequest, user: User) -> AuthorizationResponse:
        issued = Grant(
            handle_key="",
            kind="code",
            tenant_id=request.tenant_id,
            client_key=ascii_key(request.client_id),
            user_key=ascii_key(user.id),
            expires_at=0.0,
            properties={
                "user_id": user.id,
                "redirect_uri": request.redirect_uri,
                "platform": request.platform,
                "scope": request.scope,
                "nonce": request.nonce,
                "code_challenge": request.code_challenge,
            },
        )
        code = await self._issue(issued, self.settings.authorization_code_lifetime)
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

    def seal(self, request: AuthorizationRequest, csrf: str) -> str:
        """The request as the sign-in page carries it: signed, bound to the page's token."""
        now = int(registry.now())
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
        now = int(registry.now())
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

    async def _waiting_device(self, user_code: str) -> tuple[Grant, Application]:
        code = "".join(user_code.split()).replace("-", "").upper()
        grant = await self._store.device_grant(code) if code else None
        if grant is None or grant.expires_at < registry.now() or grant.user_key is not None:
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
        return DeviceSignIn(
            str(grant.user_code_key), app, await self._registry.users(grant.tenant_id)
        )

    async def approve_device(
        self, user_code: str, user_id: str, password: str | None = None
    ) -> Application:
        """The user signs the device in (with their password, if they have one): its app's
        next poll gets tokens."""
        grant, app = await self._waiting_device(user_code)
        user = await self._registry.signing_in(grant.tenant_id, user_id, password)
        approved = replace(
            grant,
            user_key=ascii_key(user.id),
            properties=dict(grant.properties, user_id=user.id, platform="publicClient"),
        )
        if not await self._store.update_grant(grant, approved):
            raise SignInRefused("This code changed meanwhile; enter it again.")
        return app
