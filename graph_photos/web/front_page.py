"""The front page (`/`): what the service is and where everything is, for a newcomer.

Its version, the API explorers, the specs, health and metrics, and the command that mints a
token for the demo user with the data directory this server uses (a token minted with another
one is refused: its secret is another), and the authority applications sign in with.
"""

from __future__ import annotations

from starlette.responses import Response

from graph_photos.directory.model import Tenant
from graph_photos.directory.query import DirectoryQuery
from graph_photos.services import Services
from graph_photos.specification import VERSION
from graph_photos.web.pages import page


async def demo_user(services: Services, tenants: list[Tenant]) -> str:
    """The userPrincipalName a newcomer's first token is for: the default tenant's first user
    by name."""
    if not tenants:
        return "<userPrincipalName>"
    query = DirectoryQuery.of("users", orderby="displayName", top=1)
    found = await services.directory.find_users(tenants[0].id, query, None)
    return found.items[0].user_principal_name if found.items else "<userPrincipalName>"


async def front_page(base: str, services: Services) -> Response:
    tenants = await services.identity.registry.tenants()  # the default tenant first
    settings = services.settings
    return page(
        "front_page.html",
        version=VERSION,
        base=base,
        tenants=tenants,
        directory_mode=settings.directory,
        data_dir=settings.data_dir.resolve(),
        demo_user=await demo_user(services, tenants),
        authority_tenant=tenants[0].default_domain if tenants else "common",
    )
