"""The people-and-photos console (`/console`): its page and its two scripts.

The page hands its script what it needs (the base URL, the default tenant, and the app it signs
in with: one of the tenant's public apps that registers this page's URL, if any); the scripts
are files beside this module, the Graph Toolkit's bundle built by `make
console-bundle`, read once.
"""

from __future__ import annotations

import functools
from pathlib import Path

from starlette.responses import Response

from graph_photos.services import Services
from graph_photos.specification import VERSION
from graph_photos.web.pages import page

ASSETS = Path(__file__).resolve().parent
# Every permission the console's calls need, as `.default` asks: what the app was granted.
SCOPES = "https://graph.microsoft.com/.default openid profile"


@functools.cache
def asset(name: str) -> bytes:
    """A script of the console (`console.js`, `mgt.js`): the spec's enum names them."""
    return (ASSETS / name).read_bytes()


async def console_page(base: str, services: Services) -> Response:
    tenants = await services.identity.registry.tenants()
    redirect_uri = f"{base}/console"
    client_id = None
    if tenants:
        for _, app in await services.identity.registry.applications(tenants[0].id):
            if app.public_client and app.platform_of(redirect_uri) is not None:
                client_id = app.client_id
                break
    config = {
        "base": base,
        "tenant": tenants[0].default_domain if tenants else "common",
        "clientId": client_id,
        "redirectUri": redirect_uri,
        "scopes": SCOPES,
    }
    return page("console.html", app=True, config=config, base=base, version=VERSION)


def console_asset(name: str) -> Response:
    return Response(
        asset(name),
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"},
    )
