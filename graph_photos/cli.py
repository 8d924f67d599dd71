"""The `graph-photos` command.

graph-photos serve [--host H] [--port P]      serve the API
graph-photos token --subject S [--scopes ..]   print a bearer token this server accepts
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import uvicorn

from graph_photos.app import create_app
from graph_photos.identity.jwt import mint_token
from graph_photos.settings import Settings
from graph_photos.storage import migrate


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graph-photos",
        description="A spec-first, Microsoft-Graph-compatible profile photo service.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default=settings.host, help=f"default {settings.host}")
    serve.add_argument("--port", type=int, default=settings.port, help=f"default {settings.port}")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (default 1; >1 needs a database "
        "they can share: SQLite in one data directory, or PostgreSQL)",
    )
    serve.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    commands.add_parser("migrate", help="apply the database migrations and exit")
    token = commands.add_parser("token", help="print a bearer token the local server accepts")
    token.add_argument("--subject", required=True, help="the caller's id (`oid` and `sub`)")
    token.add_argument(
        "--scopes", default="", help='delegated permissions, space-separated ("scp" claim)'
    )
    token.add_argument(
        "--roles", default="", help='application permissions, space-separated ("roles" claim)'
    )
    token.add_argument(
        "--lifetime", type=int, default=3600, help="seconds until it expires (default 3600)"
    )
    return parser


def _configure_logging(level: str) -> None:
    """Plain text for the server's own messages; the access log as bare JSON lines."""
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    access = logging.getLogger("graph_photos.access")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access.addHandler(handler)
    access.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    settings = Settings()
    args = _parser(settings).parse_args(argv)
    if args.command == "migrate":
        migrate(settings.resolved_database_url)
        print(f"graph-photos migrate: {settings.resolved_database_url} is up to date")
    if args.command == "serve":
        _configure_logging(args.log_level)
        options = {
            "host": args.host,
            "port": args.port,
            "log_level": args.log_level,
            "timeout_graceful_shutdown": 10,
            # graph_photos.access writes one JSON line per request instead of uvicorn's text.
            "access_log": False,
        }
        if args.workers > 1:
            # Migrate once here, so the workers starting together find the schema current.
            migrate(settings.resolved_database_url)
            # Each worker process builds its own app (and Settings, from the same environment).
            uvicorn.run(
                "graph_photos.app:create_app", factory=True, workers=args.workers, **options
            )
        else:
            uvicorn.run(create_app(settings), **options)
    if args.command == "token":
        try:
            print(
                mint_token(
                    settings,
                    subject=args.subject,
                    scopes=args.scopes.split(),
                    roles=args.roles.split(),
                    lifetime_seconds=args.lifetime,
                )
            )
        except ValueError as exc:
            print(f"graph-photos token: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
