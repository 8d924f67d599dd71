"""`graph-photos directory import FILE | export | list`: the directory of tenants, users and
groups, in the configured database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from graph_photos.cli.local_store import with_store
from graph_photos.directory.file import dump_directory, load_directory
from graph_photos.directory.model import Directory
from graph_photos.settings import Settings


def add_parser(commands: Any, _settings: Settings) -> None:
    parser = commands.add_parser("directory", help="import, export or list the directory")
    actions = parser.add_subparsers(dest="action", required=True)
    imported = actions.add_parser("import", help="create or update the tenants, users, groups")
    imported.add_argument("file", type=Path, help="a directory file (YAML or JSON)")
    actions.add_parser("export", help="print the directory as a directory file (YAML)")
    actions.add_parser("list", help="print the tenants, users and groups")


def run(settings: Settings, args: argparse.Namespace) -> None:
    if args.action == "import":
        print(import_directory(settings, args.file))
    elif args.action == "export":
        print(dump_directory(with_store(settings, lambda store: store.export_directory())), end="")
    else:
        print(list_directory(settings))


def import_directory(settings: Settings, path: Path) -> str:
    """Create or update every tenant, user and group of the file; a summary of it."""
    directory = load_directory(path)
    with_store(settings, lambda store: store.import_directory(directory))
    users = sum(len(entry.users) for entry in directory.tenants)
    groups = sum(len(entry.groups) for entry in directory.tenants)
    return (
        f"imported {len(directory.tenants)} tenant(s), {users} user(s), {groups} group(s) "
        f"from {path}; default tenant {directory.default_tenant}"
    )


def list_directory(settings: Settings) -> str:
    """Tenants, users and groups, a line each."""
    directory: Directory = with_store(settings, lambda store: store.export_directory())
    lines = []
    for entry in directory.tenants:
        default = " (default)" if entry.tenant.id == directory.default_tenant else ""
        lines.append(f"tenant {entry.tenant.id} {entry.tenant.default_domain}{default}")
        lines += [f"  user  {u.id} {u.user_principal_name} {u.display_name}" for u in entry.users]
        lines += [
            f"  group {g.id} {g.display_name}{' (team)' if g.has_team else ''}"
            for g in entry.groups
        ]
    return "\n".join(lines)
