"""Handlers of the local identity platform (spec/identity.yaml): discovery, keys, tokens, and
the sign-in and device code pages.

Each takes the request's inputs, asks `IdentityPlatform` (graph_photos.identity.platform) and
answers with the generated model of spec/identity.yaml, a page, or a redirect
(graph_photos.web.oauth). OAuth errors are raised as `OAuthError` and rendered by the app's
error handlers as OAuth JSON; refusals before an app's redirect URI is proven are error pages.
"""

from __future__ import annotations

from starlette.responses import JSONResponse, Response

from graph_photos.directory.model import Tenant
from graph_photos.generated import identity as models
from graph_photos.identity.platform import IdentityPlatform
from graph_photos.identity.registry import OAuthError, PasswordRequired, SignInRefused
from graph_photos.identity.sign_in import AuthorizationError, AuthorizationResponse, SignInPage
from graph_photos.settings import Settings
from graph_photos.web import oauth
from graph_photos.web.context import base_url, current_services
from graph_photos.web.pages import page
from graph_photos.web.request_state import current_state, header


def _identity() -> tuple[IdentityPlatform, Settings, str]:
    services = current_services()
    return services.identity, services.settings, base_url(current_state().scope, services)


def _https(settings: Settings, base: str) -> bool:
    return base.startswith("https://") or settings.https


async def _tenant_or_page(identity: IdentityPlatform, tenant: str) -> Tenant | Response | None:
    """The tenant a page's path names, or the page that says it names none."""
    try:
        return await identity.tenant(tenant)
    except OAuthError as exc:
        return oauth.message_page("Sign-in failed", exc.description, status=400)


async def openid_configuration(tenant: str) -> models.OpenIdConfiguration:
    """OpenID Connect discovery"""
    identity, _, base = _identity()
    found = await identity.tenant(tenant)
    return models.OpenIdConfiguration.model_validate(identity.configuration(base, tenant, found))


async def signing_keys(tenant: str) -> models.KeySet:
    """The signing keys (JWKS)"""
    identity, _, _ = _identity()
    await identity.tenant(tenant)
    return models.KeySet.model_validate(identity.key_set())


async def token(tenant: str, body: models.TokenRequest) -> JSONResponse:
    """Tokens (the token endpoint)"""
    identity, _, base = _identity()
    found = await identity.tenant(tenant)
    reply = await identity.tokens.token(
        base,
        found,
        body.model_dump(exclude_none=True),
        basic=oauth.basic_credentials(current_state().scope),
        origin=header(current_state().scope, b"origin"),
    )
    document = models.TokenResponse.model_validate(reply).model_dump(exclude_none=True)
    return JSONResponse(document, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


async def device_authorization(
    tenant: str, body: models.DeviceCodeRequest
) -> models.DeviceAuthorization:
    """Start a device code sign-in"""
    identity, _, base = _identity()
    found = await identity.tenant(tenant)
    form = body.model_dump(exclude_none=True)
    return models.DeviceAuthorization.model_validate(
        await identity.tokens.start_device(base, found, form)
    )


async def authorize(
    tenant: str,
    client_id: str | None = None,
    response_type: str | None = None,
    redirect_uri: str | None = None,
    scope: str | None = None,
    state: str | None = None,
    nonce: str | None = None,
    response_mode: str | None = None,
    prompt: str | None = None,
    login_hint: str | None = None,
    code_challenge: str | None = None,
    code_challenge_method: str | None = None,
) -> Response:
    """Sign in (the authorization endpoint)"""
    identity, settings, base = _identity()
    found = await _tenant_or_page(identity, tenant)
    if isinstance(found, Response):
        return found
    parameters = {
        "client_id": client_id,
        "response_type": response_type,
        "redirect_uri": redirect_uri,
        "scope": scope,
        "state": state,
        "nonce": nonce,
        "response_mode": response_mode,
        "prompt": prompt,
        "login_hint": login_hint,
        "code_challenge": code_challenge,
        "code_challenge_method": code_challenge_method,
    }
    try:
        request, app = await identity.sign_in.authorization_request(base, found, parameters)
        outcome = await identity.sign_in.sign_in_page(
            request,
            app,
            identity.sign_in.session(oauth.cookie(current_state().scope, oauth.SESSION_COOKIE)),
        )
    except SignInRefused as exc:
        return oauth.message_page("Sign-in failed", str(exc), status=400)
    except AuthorizationError as exc:
        return oauth.answer(identity.sign_in.error_answer(exc))
    if not isinstance(outcome, SignInPage):
        return oauth.answer(outcome)
    csrf = oauth.new_csrf_token()
    response = page(
        "sign_in.html",
        app_name=app.display_name,
        action=f"{base}/{tenant}/oauth2/v2.0/authorize",
        sealed=identity.sign_in.seal(outcome.request, csrf),
        csrf=csrf,
        users=outcome.users,
        hinted=bool(request.login_hint),
    )
    return oauth.set_csrf_cookie(response, csrf, https=_https(settings, base))


async def sign_in(tenant: str, body: models.SignInForm) -> Response:
    """The sign-in page's answer"""
    identity, settings, base = _identity()
    csrf = (
        body.csrf
        if body.csrf and body.csrf == oauth.cookie(current_state().scope, oauth.CSRF_COOKIE)
        else None
    )
    try:
        request = identity.sign_in.unseal(body.request or "", csrf)
        answer = await identity.sign_in.authorize(request, body.user or "", body.password)
    except SignInRefused as exc:
        return oauth.message_page("Sign-in failed", str(exc), status=400)
    except PasswordRequired as exc:
        action = f"{base}/{tenant}/oauth2/v2.0/authorize"
        return oauth.password_page(action, exc, {"request": body.request or "", "csrf": csrf or ""})
    user_id = body.user or ""
    response = oauth.answer(answer)
    return oauth.set_session_cookie(
        response,
        identity.sign_in.session_cookie(request.tenant_id, user_id),
        https=_https(settings, base),
        max_age=settings.sign_in_session_lifetime,
    )


async def sign_out(
    tenant: str, post_logout_redirect_uri: str | None = None, state: str | None = None
) -> Response:
    """Sign out (the end-session endpoint)"""
    identity, settings, base = _identity()
    found = await _tenant_or_page(identity, tenant)
    if isinstance(found, Response):
        return found
    target = await identity.sign_in.sign_out_target(found, post_logout_redirect_uri)
    if target is not None:
        response: Response = oauth.answer(
            AuthorizationResponse(target, "query", {"state": state} if state else {})
        )
    else:
        response = oauth.message_page(
            "Signed out", "You signed out of your account. You may close this window."
        )
    return oauth.set_session_cookie(response, None, https=_https(settings, base), max_age=0)


async def device_login(code: str | None = None) -> Response:
    """The device code's verification page"""
    _, settings, base = _identity()
    csrf = oauth.new_csrf_token()
    response = page(
        "device.html", action=f"{base}/devicelogin", code=code, csrf=csrf, app_name=None,
        message=None,
    )  # fmt: skip
    return oauth.set_csrf_cookie(response, csrf, https=_https(settings, base))


async def device_sign_in(body: models.DeviceSignInForm) -> Response:
    """The device code page's answer"""
    identity, _settings, base = _identity()
    cookie = oauth.cookie(current_state().scope, oauth.CSRF_COOKIE)
    if not body.csrf or body.csrf != cookie:
        return oauth.message_page(
            "Sign-in failed",
            "This form was not sent by this browser's device sign-in page: open it again.",
            status=400,
        )
    try:
        if body.user:
            app = await identity.sign_in.approve_device(body.code or "", body.user, body.password)
            return oauth.message_page(
                app.display_name,
                f"You have signed in to {app.display_name} on your device. You may now close "
                "this window.",
            )
        waiting = await identity.sign_in.device_sign_in(body.code or "")
    except PasswordRequired as exc:
        hidden = {"code": body.code or "", "csrf": body.csrf}
        return oauth.password_page(f"{base}/devicelogin", exc, hidden)
    except SignInRefused as exc:
        return page(
            "device.html",
            400,
            action=f"{base}/devicelogin",
            code=body.code,
            csrf=body.csrf,
            app_name=None,
            message=str(exc),
        )
    return page(
        "device.html",
        action=f"{base}/devicelogin",
        code=waiting.user_code,
        csrf=body.csrf,
        app_name=waiting.app.display_name,
        users=waiting.users,
        message=None,
    )
