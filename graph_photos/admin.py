"""What `graph-photos directory …` and `graph-photos token --user/--app` do.

Each opens the configured database as the server does (migrating it and, on its first use,
importing the directory file), so they work before the first `serve` and beside a running one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import anyio

from graph_photos.directory_file import DEMO_DIRECTORY, dump_directory, load_directory
from graph_photos.domain.directory import Directory, ObjectRef
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.store import Store
from graph_photos.identity.jwt import mint_token
from graph_photos.settings import Settings
from graph_photos.storage import open_store

_T = TypeVar("_T")

# The client application of the tokens `graph-photos token --app` mints (`appid`, `azp`).
CLI_APP_ID = "8c1e1f3a-5c7b-4b8e-9a63-0c6f0e2b7d10"


def _with_store(settings: Settings, work: Callable[[Store], Awaitable[_T]]) -> _T:
    async def run() -> _T:
        store = await open_store(settings.resolved_database_url)
        try:
            await store.bootstrap(load_directory(settings.directory_file or DEMO_DIRECTORY))
            return await work(store)
        finally:
            await store.close()

    return anyio.run(run)


def import_directory(settings: Settings, path: Path) -> str:
    """Create or update every tenant, user and group of the file; a summary of it."""
    directory = load_directory(path)
    _with_store(settings, lambda store: store.import_directory(directory))
    users = sum(len(entry.users) for entry in directory.tenants)
    groups = sum(len(entry.groups) for entry in directory.tenants)
    return (
        f"imported {len(directory.tenants)} tenant(s), {users} user(s), {groups} group(s) "
        f"from {path}; default tenant {directory.default_tenant}"
    )


def export_directory(settings: Settings) -> str:
    """The whole directory as a directory file (YAML)."""
    return dump_directory(_with_store(settings, lambda store: store.export_directory()))


def list_directory(settings: Settings) -> str:
    """Tenants, users and groups, a line each."""
    directory: Directory = _with_store(settings, lambda store: store.export_directory())
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


def user_token(
    settings: Settings, user: str, scopes: list[str], tenant: str | None, lifetime: int
) -> str:
    """A delegated token for a directory user (by object id or userPrincipalName), of the
    named tenant, or of whichever tenant has the user."""

    async def find(store: Store) -> tuple[str, str, str, str]:
        # Named tenant, else the default one, else any (userPrincipalNames are unique in Entra).
        tenants: list[str | None] = [tenant]
        if tenant is None:
            tenants += [entry.tenant.id for entry in (await store.export_directory()).tenants]
        for candidate in tenants:
            try:
                owner = await store.resolve(ObjectRef(candidate, "users", user))
            except ObjectNotFound:
                continue
            record = await store.get_user(ObjectRef(owner.tenant_id, "users", owner.id))
            return owner.tenant_id, record.id, record.user_principal_name, record.display_name
        raise ObjectNotFound(user)

    tenant_id, object_id, upn, name = _with_store(settings, find)
    return mint_token(
        settings,
        subject=object_id,
        scopes=scopes,
        tenant_id=tenant_id,
        user_principal_name=upn,
        name=name,
        app_id=CLI_APP_ID,
        lifetime_seconds=lifetime,
    )


def app_token(
    settings: Settings, roles: list[str], tenant: str | None, app_id: str, lifetime: int
) -> str:
    """An application token (no user) of a tenant, the default one unless named."""

    async def tenant_of(store: Store) -> str:
        if tenant is not None:
            return tenant
        return (await store.export_directory()).default_tenant

    return mint_token(
        settings,
        subject=app_id,
        roles=roles,
        tenant_id=_with_store(settings, tenant_of),
        app_id=app_id,
        application=True,
        lifetime_seconds=lifetime,
    )
