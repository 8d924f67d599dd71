"""`graph-photos token`: a bearer token the local server accepts, for a directory user, an
application, or any subject."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from graph_photos.cli.local_store import with_store
from graph_photos.directory.model import ObjectRef
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.store import Store
from graph_photos.identity.jwt import mint_token
from graph_photos.settings import Settings

# The client application of the tokens this command mints (`appid`, `azp`).
CLI_APP_ID = "8c1e1f3a-5c7b-4b8e-9a63-0c6f0e2b7d10"


def add_parser(commands: Any, _settings: Settings) -> None:
    parser = commands.add_parser("token", help="print a bearer token the local server accepts")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--user", help="a directory user, by userPrincipalName or object id (`oid`, `tid`, ...)"
    )
    who.add_argument(
        "--app", action="store_true", help="an application token (`roles`, `tid`, `appid`)"
    )
    who.add_argument("--subject", help="any caller id (`oid` and `sub`), not looked up")
    parser.add_argument("--tenant", help="the tenant id (default: the directory's default tenant)")
    parser.add_argument(
        "--app-id", default=CLI_APP_ID, help=f"with --app: the `appid` (default {CLI_APP_ID})"
    )
    parser.add_argument(
        "--scopes", default="", help='delegated permissions, space-separated ("scp" claim)'
    )
    parser.add_argument(
        "--roles", default="", help='application permissions, space-separated ("roles" claim)'
    )
    parser.add_argument(
        "--lifetime", type=int, default=3600, help="seconds until it expires (default 3600)"
    )


def run(settings: Settings, args: argparse.Namespace) -> None:
    scopes, roles = args.scopes.split(), args.roles.split()
    if not scopes and not roles:
        # Every operation names the permissions that allow it: such a token reaches none.
        print(
            "graph-photos token: warning: no --scopes (or --roles with --app): every API call "
            'with this token will be 403. For the photo API, e.g. --scopes "User.Read '
            'User.ReadWrite ProfilePhoto.ReadWrite.All".',
            file=sys.stderr,
        )
    if args.user is not None:
        print(user_token(settings, args.user, scopes, args.tenant, args.lifetime))
    elif args.app:
        print(app_token(settings, roles, args.tenant, args.app_id, args.lifetime))
    else:
        print(
            mint_token(
                settings,
                subject=args.subject,
                scopes=scopes,
                roles=roles,
                tenant_id=args.tenant,
                lifetime_seconds=args.lifetime,
            )
        )


def user_token(
    settings: Settings, user: str, scopes: list[str], tenant: str | None, lifetime: int
) -> str:
    """A delegated token for a directory user (by object id or userPrincipalName), of the
    named tenant, or of whichever tenant has the user."""

    async def find(store: Store) -> tuple[str, str, str, str]:
        async def lookup(candidate: str | None) -> tuple[str, str, str, str] | None:
            try:
                owner = await store.resolve(ObjectRef(candidate, "users", user))
            except ObjectNotFound:
                return None
            record = await store.get_user(ObjectRef(owner.tenant_id, "users", owner.id))
            return owner.tenant_id, record.id, record.user_principal_name, record.display_name

        # Named tenant, else the default one, else any (userPrincipalNames are unique in Entra):
        # the export (every object of every tenant) only when the default tenant has no one.
        found = await lookup(tenant)
        if found is None and tenant is None:
            for entry in (await store.export_directory()).tenants:
                found = await lookup(entry.tenant.id)
                if found is not None:
                    break
        if found is None:
            raise ObjectNotFound(user)
        return found

    tenant_id, object_id, upn, name = with_store(settings, find)
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
        tenant_id=with_store(settings, tenant_of),
        app_id=app_id,
        application=True,
        lifetime_seconds=lifetime,
    )
