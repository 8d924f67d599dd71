"""`RequestHeadMiddleware`: one meaning per request head, and only hosts the service is.

- `Content-Type` or `Host` sent more than once: 400 (which of them would the body be read as,
  and which host would links point to?).
- HTTP/1.1 without `Host`: 400 (RFC 9112, section 3.2).
- A `Host` that is not one of the allowed names: 400. Links in responses (`Location`,
  `@odata.context`) are built from `Host` unless `public_base_url` is set, so an attacker's
  `Host: evil.example` would otherwise be written into them (and DNS rebinding would reach a
  service listening on loopback).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.web.errors import GraphError

_SINGLE = (b"content-type", b"host")


def _bad_request(message: str) -> GraphError:
    return GraphError(400, "Request_BadRequest", message)


def host_name(host: str) -> str:
    """The name of a `Host` value, lower case without the port (`[::1]:80` is `[::1]`)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class RequestHeadMiddleware:
    """Refuses ambiguous heads and unknown hosts with 400 before anything reads them."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: frozenset[str] | None) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self._check(scope)
        await self.app(scope, receive, send)

    def _check(self, scope: Scope) -> None:
        seen: dict[bytes, int] = {}
        host: str | None = None
        for key, value in scope["headers"]:
            if key in _SINGLE:
                seen[key] = seen.get(key, 0) + 1
                if key == b"host":
                    host = value.decode("latin-1")
        for name in _SINGLE:
            if seen.get(name, 0) > 1:
                header = name.decode().title()
                raise _bad_request(f"The request has more than one {header} header; send one.")
        if host is None:
            if scope.get("http_version") == "1.1":
                raise _bad_request("An HTTP/1.1 request must have a Host header.")
            return
        if self.allowed_hosts is not None and host_name(host) not in self.allowed_hosts:
            raise _bad_request(
                f"The host '{host}' is not one this service answers to (allowed: "
                f"{', '.join(sorted(self.allowed_hosts))}; see PHOTOS_ALLOWED_HOSTS)."
            )
