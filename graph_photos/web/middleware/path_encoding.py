"""Percent-encoded path segments, routed as Graph clients mean them.

Clients percent-encode ids (`alice%40contoso.com`, `a%2Fb`), and some encode `$` as `%24`.
Servers decode the whole path before routing, so an encoded `/` splits a segment and an encoded
newline breaks the route's pattern. `RoutablePathMiddleware` (before routing) rebuilds the path
from the raw bytes with each segment in one canonical encoding: reserved and non-ASCII
characters stay encoded, harmless ones are decoded; `DecodedPathParamsMiddleware`
(after routing) decodes each path parameter again, so handlers see the id exactly as the client
meant it (`alice%40contoso.com` -> `alice@contoso.com`).
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

# RFC 3986 sub-delims and the pchar extras: legal in a segment, so kept readable (`$value`, `@`).
_SEGMENT_SAFE = "!$&'()*+,;=:@-._~"


# A path of only unreserved and segment-safe characters, nothing percent-encoded, is already
# canonical (the usual case): it is routed as it is, without decoding and re-encoding.
_CANONICAL = re.compile(rb"[A-Za-z0-9/" + re.escape(_SEGMENT_SAFE.encode()) + rb"]*")


def routable_path(raw_path: bytes) -> str:
    """The path with every segment decoded and re-encoded canonically (`/` stays `%2F`)."""
    if _CANONICAL.fullmatch(raw_path):
        return raw_path.decode("ascii")
    # Bytes throughout: a raw UTF-8 character and its percent-encoding route alike.
    return "/".join(
        quote(unquote_to_bytes(segment), safe=_SEGMENT_SAFE) for segment in raw_path.split(b"/")
    )


class RoutablePathMiddleware:
    """Routes on canonically encoded segments instead of the fully decoded path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw_path = scope.get("raw_path") or quote(scope["path"]).encode("latin-1")
            scope["path"] = routable_path(raw_path)
        await self.app(scope, receive, send)


class DecodedPathParamsMiddleware:
    """Decodes the path parameters that routing extracted from the canonical path."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        params = scope.get("path_params")
        if params:
            scope["path_params"] = {name: unquote(value) for name, value in params.items()}
        await self.app(scope, receive, send)
