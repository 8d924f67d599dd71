"""The service's HTML pages: Jinja2 templates (`templates/`, autoescaped), each response with a
Content-Security-Policy that allows only its own nonce'd style and script.

The front page, the sign-in and device pages (`web.oauth`) are made here; none may be framed
but the answers to apps that load in their hidden frame (`framable`).
"""

from __future__ import annotations

import functools
import secrets
from pathlib import Path
from typing import Any

import jinja2
from starlette.responses import HTMLResponse, Response

_TEMPLATES = Path(__file__).resolve().parent / "templates"


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def _policy(nonce: str, *, framable: bool = False, app: bool = False) -> dict[str, str]:
    ancestors = "*" if framable else "'none'"
    # An app page (the console) runs the service's own scripts, calls its API, shows photos as
    # blob: and data: URLs, and the Graph Toolkit's components write their own styles.
    scripts = "'self'" if app else f"'nonce-{nonce}'"
    styles = "'self' 'unsafe-inline'" if app else f"'nonce-{nonce}'"  # a nonce voids unsafe-inline
    extra = "connect-src 'self'; img-src 'self' blob: data:; " if app else ""
    return {
        "Content-Security-Policy": f"default-src 'none'; style-src {styles}; "
        f"script-src {scripts}; {extra}form-action *; frame-ancestors {ancestors}; "
        "base-uri 'none'",
        "Cache-Control": "no-store",
        "Pragma": "no-cache",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }


def page(
    template: str, status: int = 200, *, framable: bool = False, app: bool = False, **context: Any
) -> Response:
    """A page of `template` with `context` (`app`: one that runs the service's scripts)."""
    nonce = secrets.token_urlsafe(16)
    body = _environment().get_template(template).render(nonce=nonce, **context)
    headers = _policy(nonce, framable=framable, app=app)
    return HTMLResponse(body, status_code=status, headers=headers)
