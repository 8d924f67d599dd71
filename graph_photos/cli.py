"""The `graph-photos` command.

graph-photos serve [--host H] [--port P]              serve the API
graph-photos migrate                                  apply the database migrations
graph-photos token --user UPN [--scopes ..]           a user's token (oid, tid, upn, name)
graph-photos token --app [--roles ..]                 an application's token (tid, appid)
graph-photos token --subject S [--scopes ..]          a token for any subject (no directory)
graph-photos directory import FILE | export | list    the directory of tenants, users, groups
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from graph_photos import admin
from graph_photos.admin import CLI_APP_ID
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.identity.jwt import mint_token
from graph_photos.server import serve
from graph_photos.settings import Settings, redacted
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
    who = token.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--user", help="a directory user, by userPrincipalName or object id (`oid`, `tid`, ...)"
    )
    who.add_argument(
        "--app", action="store_true", help="an application token (`roles`, `tid`, `appid`)"
    )
    who.add_argument("--subject", help="any caller id (`oid` and `sub`), not looked up")
    token.add_argument("--tenant", help="the tenant id (default: the directory's default tenant)")
    token.add_argument(
        "--app-id", default=CLI_APP_ID, help=f"with --app: the `appid` (default {CLI_APP_ID})"
    )
    token.add_argument(
        "--scopes", default="", help='delegated permissions, space-separated ("scp" claim)'
    )
    token.add_argument(
        "--roles", default="", help='application permissions, space-separated ("roles" claim)'
    )
    token.add_argument(
        "--lifetime", type=int, default=3600, help="seconds until it expires (default 3600)"
    )
    directory = commands.add_parser("directory", help="import, export or list the directory")
    actions = directory.add_subparsers(dest="action", required=True)
    imported = actions.add_parser("import", help="create or update the tenants, users, groups")
    imported.add_argument("file", type=Path, help="a directory file (YAML or JSON)")
    actions.add_parser("export", help="print the directory as a directory file (YAML)")
    actions.add_parser("list", help="print the tenants, users and groups")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    settings = Settings()
    args = _parser(settings).parse_args(argv)
    if args.command == "migrate":
        migrate(settings.resolved_database_url)
        print(f"graph-photos migrate: {redacted(settings.resolved_database_url)} is up to date")
    if args.command == "serve":
        serve(
            settings,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
        )
    try:
        if args.command == "token":
            print(_token(settings, args))
        if args.command == "directory":
            if args.action == "import":
                print(admin.import_directory(settings, args.file))
            elif args.action == "export":
                print(admin.export_directory(settings), end="")
            else:
                print(admin.list_directory(settings))
    except (ValueError, ObjectNotFound) as exc:  # DirectoryFileError is a ValueError
        print(f"graph-photos {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


def _token(settings: Settings, args: argparse.Namespace) -> str:
    scopes, roles = args.scopes.split(), args.roles.split()
    if args.user is not None:
        return admin.user_token(settings, args.user, scopes, args.tenant, args.lifetime)
    if args.app:
        return admin.app_token(settings, roles, args.tenant, args.app_id, args.lifetime)
    return mint_token(
        settings,
        subject=args.subject,
        scopes=scopes,
        roles=roles,
        tenant_id=args.tenant,
        lifetime_seconds=args.lifetime,
    )


if __name__ == "__main__":
    raise SystemExit(main())
