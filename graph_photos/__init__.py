"""A spec-first, Microsoft-Graph-compatible profile photo service.

The public surface is deliberately small: `create_app` builds the ASGI application from
`spec/openapi.yaml`, `Settings` configures it.
"""

import warnings

# connexion imports starlette's TestClient at import time, which then announces httpx2 on every
# start of the service and the CLI; nothing here uses that client.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from graph_photos.app import create_app  # noqa: E402
from graph_photos.settings import Settings  # noqa: E402

__all__ = ["Settings", "create_app"]
