"""The only code that touches connexion: its app, operations, validators, security and errors.

Each module subclasses connexion at one extension point, or works around one of its bugs; the
private names they rely on are checked by `tests/contract/test_connexion_adapter.py`, which
names the module to re-check when a connexion release changes one. What connexion learns about
a request (the routed operation, the caller) is copied onto the web layer's `RequestState`
here, so nothing else reads connexion's scope keys.
"""

import warnings

# connexion imports starlette's TestClient at import time, which then announces httpx2 on every
# start of the service and the CLI; nothing here uses that client.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")

from graph_photos.connexion_adapter.app import PreparedAsyncApp, build_app  # noqa: E402

__all__ = ["PreparedAsyncApp", "build_app"]
