"""`graph-photos serve`: the API over HTTP, one process or several."""

from __future__ import annotations

import argparse
from typing import Any

from graph_photos.server import serve
from graph_photos.settings import Settings


def add_parser(commands: Any, settings: Settings) -> None:
    parser = commands.add_parser("serve", help="serve the API with uvicorn")
    parser.add_argument("--host", default=settings.host, help=f"default {settings.host}")
    parser.add_argument("--port", type=int, default=settings.port, help=f"default {settings.port}")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (default 1; >1 needs a database "
        "they can share: SQLite in one data directory, or PostgreSQL)",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    parser.add_argument(
        "--https",
        action="store_true",
        default=settings.https,
        help="serve over TLS with a certificate of the data directory's local CA "
        "(PHOTOS_HTTPS; `graph-photos tls` says how to trust it)",
    )


def run(settings: Settings, args: argparse.Namespace) -> None:
    # The bound host is one of the names the certificate covers; the startup block names both.
    settings = settings.model_copy(
        update={"https": args.https, "host": args.host, "port": args.port}
    )
    serve(settings, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level)
