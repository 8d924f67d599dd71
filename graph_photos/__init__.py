"""A spec-first, Microsoft-Graph-compatible profile photo service.

The public surface is deliberately small: `create_app` builds the ASGI application from
`spec/openapi.yaml`, `Settings` configures it. Both are imported on first use, so importing a
part of the package (say `graph_photos.domain.images`) does not load the web framework.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers only; at run time `__getattr__` imports them on use
    from graph_photos.app import create_app
    from graph_photos.settings import Settings

__all__ = ["Settings", "__version__", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from graph_photos.app import create_app

        return create_app
    if name == "__version__":
        from graph_photos.specification import VERSION

        return VERSION
    if name == "Settings":
        from graph_photos.settings import Settings

        return Settings
    raise AttributeError(f"module 'graph_photos' has no attribute {name!r}")
