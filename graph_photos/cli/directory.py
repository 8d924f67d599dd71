"""`graph-photos directory import FILE | export | list | generate | password USER`: the
directory of tenants, users and groups, in the configured database."""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import sys
import time
from pathlib import Path
from typing import Any

from graph_photos.cli.local_store import with_store
from graph_photos.directory.file import dump_directory, load_directory
from graph_photos.directory.model import Directory, ObjectRef, TenantDirectory
from graph_photos.directory.passwords import hash_password
from graph_photos.directory.synthetic import SCALE_DOMAIN, SCALE_TENANT, synthetic_tenant
from graph_photos.domain.store import Store
from graph_photos.settings import Settings


def add_parser(commands: Any, _settings: Settings) -> None:
    parser = commands.add_parser("directory", help="import, export or list the directory")
    actions = parser.add_subparsers(dest="action", required=True)
    imported = actions.add_parser("import", help="create or update the tenants, users, groups")
    imported.add_argument("file", type=Path, help="a directory file (YAML or JSON)")
    actions.add_parser("export", help="print the directory as a directory file (YAML)")
    actions.add_parser("list", help="print the tenants, users and groups")
    password = actions.add_parser(
        "password",
        help="set the password the sign-in page asks a user for (read from stdin; empty: none)",
    )
    password.add_argument("user", help="the user's userPrincipalName or object id")
    password.add_argument("--tenant", help="the tenant id (default: the default tenant)")
    generated = actions.add_parser(
        "generate", help="create or replace a synthetic tenant of many users and groups"
    )
    generated.add_argument("--users", type=int, default=100_000, help="default: 100000")
    generated.add_argument("--groups", type=int, default=2_000, help="default: 2000")
    generated.add_argument("--seed", type=int, default=1, help="the same seed, the same tenant")
    generated.add_argument("--tenant", default=SCALE_TENANT, help=f"default: {SCALE_TENANT}")
    generated.add_argument("--domain", default=SCALE_DOMAIN, help=f"default: {SCALE_DOMAIN}")
    generated.add_argument(
        "--default", action="store_true", help="make it the default tenant (tokens without tid)"
    )


def run(settings: Settings, args: argparse.Namespace) -> None:
    if args.action == "import":
        print(import_directory(settings, args.file))
    elif args.action == "export":
        print(dump_directory(with_store(settings, lambda store: store.export_directory())), end="")
    elif args.action == "generate":
        print(generate_directory(settings, args))
    elif args.action == "password":
        text = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline()
        print(with_store(settings, lambda store: set_password(store, args, text.rstrip("\n"))))
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


async def set_password(store: Store, args: argparse.Namespace, password: str) -> str:
    """Give a user a password (kept as its hash), or none (empty); what was done."""
    user = await store.get_user(ObjectRef(args.tenant, "users", args.user))
    owner = await store.resolve(ObjectRef(args.tenant, "users", user.id))
    directory = await store.export_directory()
    entry = next(entry for entry in directory.tenants if entry.tenant.id == owner.tenant_id)
    changed = dataclasses.replace(user, password_hash=hash_password(password) if password else None)
    # The user alone, re-imported: an import changes what it holds and nothing else.
    await store.import_directory(
        Directory(directory.default_tenant, (TenantDirectory(entry.tenant, (changed,)),))
    )
    done = "set" if password else "removed"
    return f"password {done} for {user.user_principal_name} (tenant {owner.tenant_id})"


def generate_directory(settings: Settings, args: argparse.Namespace) -> str:
    """Import a synthetic tenant (`graph_photos.directory.synthetic`); a summary of it."""
    if args.users < 1 or args.groups < 0:
        raise ValueError("--users must be at least 1 and --groups at least 0")
    started = time.perf_counter()
    tenant = synthetic_tenant(
        args.users, args.groups, seed=args.seed, tenant_id=args.tenant, domain=args.domain
    )
    # Not the default unless asked: an import that does not hold the default leaves it.
    directory = Directory(args.tenant if args.default else "", (tenant,))
    with_store(settings, lambda store: store.import_directory(directory))
    memberships = sum(len(group.members) for group in tenant.groups)
    return (
        f"generated tenant {args.tenant} ({args.domain}): {len(tenant.users)} user(s), "
        f"{len(tenant.groups)} group(s), {memberships} membership(s) "
        f"in {time.perf_counter() - started:.1f} s"
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
