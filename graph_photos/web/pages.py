"""The service's HTML pages: Jinja2 templates (`templates/`, autoescaped), each response with a
Content-Security-Policy that allows only its own nonce'd style and script.

The front page, the sign-in and device pages (`web.sign_in`) are made here; none may be framed
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


def _policy(nonce: str, *, framable: bool = False) -> dict[str, str]:
    ancestors = "*" if framable else "'none'"
    return {
        "Content-Security-Policy": f"default-src 'none'; style-src 'nonce-{nonce}'; "
        f"script-src 'nonce-{nonce}'; form-action *; frame-ancestors {ancestors}; "
        "base-uri 'none'",
        "Cache-Control": "no-store",
        "Pragma": "no-cache",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
    }


def page(template: str, status: int = 200, *, framable: bool = False, **context: Any) -> Response:
    """A page of `template` with `context`."""
    nonce = secrets.token_urlsafe(16)
    body = _environment().get_template(template).render(nonce=nonce, **context)
    return HTMLResponse(body, status_code=status, headers=_policy(nonce, framable=framable))
