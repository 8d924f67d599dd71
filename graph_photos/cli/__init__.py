"""The `graph-photos` command: one module per command group, each adding its parser and
running it.

graph-photos serve [--host H] [--port P] [--workers N] [--https]
                                                         serve the API         (cli/serve.py)
graph-photos migrate                                     apply the migrations  (cli/migrate.py)
graph-photos token --user UPN | --app | --subject S      a bearer token        (cli/token.py)
graph-photos directory import FILE | export | list | generate
                                                         the directory         (cli/directory.py)
graph-photos tls                                         the local CA for HTTPS (cli/tls.py)
graph-photos apps list | secret ID | remove-secret ID KEY | revoke
                                                         app registrations     (cli/apps.py)
graph-photos keys list | rotate                          token signing keys    (cli/keys.py)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from graph_photos.cli import apps, directory, keys, migrate, serve, tls, token
from graph_photos.domain.errors import ApplicationNotFound, ObjectNotFound
from graph_photos.settings import Settings
from graph_photos.specification import VERSION

# Each command group: its name, and the module that adds its parser and runs it.
COMMANDS = {
    "serve": serve,
    "migrate": migrate,
    "token": token,
    "directory": directory,
    "tls": tls,
    "apps": apps,
    "keys": keys,
}


def _parser(settings: Settings) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="graph-photos",
        description="A spec-first, Microsoft-Graph-compatible profile photo service.",
    )
    parser.add_argument("--version", action="version", version=f"graph-photos {VERSION}")
    commands = parser.add_subparsers(dest="command", required=True)
    for module in COMMANDS.values():
        module.add_parser(commands, settings)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    settings = Settings()
    args = _parser(settings).parse_args(argv)
    try:
        COMMANDS[args.command].run(settings, args)
    except (
        ValueError,
        ObjectNotFound,
        ApplicationNotFound,
    ) as exc:  # DirectoryFileError is a ValueError
        print(f"graph-photos {args.command}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
