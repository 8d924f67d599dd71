"""Serving the app over HTTP: uvicorn, configured from the settings, with a guarded protocol.

The only package that imports uvicorn. `serve` runs one process, or `workers` processes on one
socket; each builds its own app (and `Settings`, from the same environment).
"""

from __future__ import annotations

from graph_photos.server.serve import serve

__all__ = ["serve"]
