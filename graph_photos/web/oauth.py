"""The local identity platform's HTTP: its cookies, redirects and OAuth errors.

Pages are `web.pages` (no framing: a sign-in page in another site's frame could be clicked
through); the answers to apps (`AuthorizationResponse`) are a
302 to the redirect URI (`query`, `fragment`) or a page that posts it (`form_post`). Two
cookies, HttpOnly and Secure over https: the page's anti-forgery token, and the browser's
sign-in session (SameSite=None over https, so that `prompt=none` works in an app's hidden
frame; Lax over http, where browsers refuse SameSite=None).
"""

from __future__ import annotations

import base64
import binascii
import secrets
from datetime import UTC, datetime
from http.cookies import SimpleCookie
from urllib.parse import unquote, urlencode

import orjson
from starlette.responses import RedirectResponse, Response
from starlette.types import Scope

from graph_photos.identity.registry import OAuthError, PasswordRequired
from graph_photos.identity.sign_in import AuthorizationResponse
from graph_photos.web.pages import page
from graph_photos.web.request_state import RequestIds, header

CSRF_COOKIE = "graph_photos_csrf"
SESSION_COOKIE = "graph_photos_session"


def message_page(heading: str, message: str, *, status: int = 200) -> Response:
    return page("message.html", status, heading=heading, message=message, error=status >= 400)


def password_page(action: str, asked: PasswordRequired, hidden: dict[str, str]) -> Response:
    """The page that asks a user for their password, carrying the form's other fields."""
    status = 400 if asked.wrong else 200
    return page("password.html", status, action=action, user=asked.user, wrong=asked.wrong,
                hidden=hidden)  # fmt: skip


def answer(response: AuthorizationResponse) -> Response:
    """The answer to an app: a redirect, or (`form_post`) a page that posts it. The answer may
    be loaded in the app's hidden frame (`prompt=none`), so it may be framed."""
    if response.response_mode == "form_post":
        return page(
            "form_post.html",
            framable=True,
            redirect_uri=response.redirect_uri,
            parameters=response.parameters,
        )
    separator = "#" if response.response_mode == "fragment" else "?"
    if separator == "?" and "?" in response.redirect_uri:
        separator = "&"
    location = response.redirect_uri + separator + urlencode(response.parameters)
    return RedirectResponse(location, status_code=302, headers={"Cache-Control": "no-store"})


def cookie(scope: Scope, name: str) -> str | None:
    """The value of the request's cookie `name`, or None."""
    raw = header(scope, b"cookie")
    if raw is None:
        return None
    morsel = SimpleCookie(raw).get(name)
    return None if morsel is None else morsel.value


def basic_credentials(scope: Scope) -> tuple[str, str] | None:
    """The client id and secret of an `Authorization: Basic` header (`client_secret_basic`,
    each form-encoded as RFC 6749 asks), or None; `invalid_client` when unreadable."""
    authorization = header(scope, b"authorization")
    if authorization is None or not authorization.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(authorization[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError(
            "invalid_client", 7000216, "The HTTP Basic credentials are not valid.", 401
        ) from None
    client_id, _, secret = decoded.partition(":")
    return unquote(client_id), unquote(secret)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def set_csrf_cookie(response: Response, token: str, *, https: bool) -> Response:
    response.set_cookie(
        CSRF_COOKIE, token, httponly=True, secure=https, samesite="strict", path="/"
    )
    return response


def set_session_cookie(
    response: Response, value: str | None, *, https: bool, max_age: int
) -> Response:
    """Keep the browser signed in (`value`), or sign it out (None)."""
    if value is None:
        response.delete_cookie(SESSION_COOKIE, path="/", secure=https, httponly=True)
        return response
    response.set_cookie(
        SESSION_COOKIE,
        value,
        max_age=max_age,
        httponly=True,
        secure=https,
        samesite="none" if https else "lax",
        path="/",
    )
    return response


def oauth_error_body(error: OAuthError, ids: RequestIds) -> bytes:
    """An OAuth error as Entra writes it."""
    return orjson.dumps(
        {
            "error": error.error,
            "error_description": error.description,
            "error_codes": [error.code],
            "timestamp": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
            "trace_id": ids.request_id,
            "correlation_id": ids.client_request_id or ids.request_id,
        }
    )
