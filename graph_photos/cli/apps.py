"""`graph-photos apps list | secret APP_ID | remove-secret APP_ID KEY_ID | revoke`: the app
registrations of the local identity platform, and their secrets and sign-ins."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from graph_photos.cli.local_store import with_store
from graph_photos.directory.applications import Application
from graph_photos.directory.model import ObjectRef, ascii_key
from graph_photos.domain.errors import ApplicationChanged, ApplicationNotFound
from graph_photos.domain.store import Store
from graph_photos.settings import Settings

_ATTEMPTS = 5  # an update re-reads the app when another writer changed it meanwhile


def add_parser(commands: Any, _settings: Settings) -> None:
    parser = commands.add_parser(
        "apps", help="the app registrations that sign in with the local identity platform"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="print every tenant's apps, redirect URIs and permissions")
    secret = actions.add_parser("secret", help="add a client secret to an app (shown once)")
    secret.add_argument("app_id", help="the app's client id")
    secret.add_argument("--name", default="graph-photos apps secret", help="its description")
    removed = actions.add_parser("remove-secret", help="remove one of an app's secrets")
    removed.add_argument("app_id")
    removed.add_argument("key_id", help="the secret's keyId (`graph-photos apps list`)")
    revoke = actions.add_parser(
        "revoke", help="end sign-ins: revoke the refresh tokens of a user and/or an app"
    )
    revoke.add_argument("--tenant", help="the tenant id (default: the default tenant)")
    revoke.add_argument("--user", help="a user's object id or userPrincipalName")
    revoke.add_argument("--app", dest="app_id", help="an app's client id")


def run(settings: Settings, args: argparse.Namespace) -> None:
    if args.action == "secret":
        print(with_store(settings, lambda store: add_secret(store, args.app_id, args.name)))
    elif args.action == "remove-secret":
        with_store(settings, lambda store: remove_secret(store, args.app_id, args.key_id))
        print(f"removed secret {args.key_id} of app {args.app_id}")
    elif args.action == "revoke":
        if args.user is None and args.app_id is None:
            raise ValueError("name the --user, the --app, or both, whose sign-ins end")
        count = with_store(settings, lambda store: revoke(store, args))
        print(f"revoked {count} refresh token(s)")
    else:
        print(with_store(settings, list_apps))


async def _update(store: Store, app_id: str, change: Any) -> tuple[str, Application]:
    for _ in range(_ATTEMPTS):
        found = [
            (tenant_id, app)
            for tenant_id, app in await store.applications(None)
            if app.key == ascii_key(app_id)
        ]
        if not found:
            raise ApplicationNotFound(f"no app has the client id {app_id!r}")
        tenant_id, before = found[0]
        after = change(before)
        try:
            await store.replace_application(tenant_id, before, after)
        except ApplicationChanged:
            continue
        return tenant_id, after
    raise ValueError(f"app {app_id} kept changing; try again")


async def add_secret(store: Store, app_id: str, name: str) -> str:
    made: dict[str, str] = {}

    def change(app: Application) -> Application:
        updated, made["text"] = app.with_secret(name, datetime.now(UTC))
        return updated

    _, app = await _update(store, app_id, change)
    secret = app.secrets[-1]
    return (
        f"secret {secret.key_id} of app {app.client_id} ({app.display_name}), valid until "
        f"{secret.end:%Y-%m-%d}. Copy it now, it is not shown again:\n{made['text']}"
    )


async def remove_secret(store: Store, app_id: str, key_id: str) -> None:
    def change(app: Application) -> Application:
        if all(secret.key_id != key_id for secret in app.secrets):
            raise ValueError(f"app {app_id} has no secret {key_id}")
        return app.without_secret(key_id)

    await _update(store, app_id, change)


async def revoke(store: Store, args: argparse.Namespace) -> int:
    tenant_id, user_key, client_key = args.tenant, None, None
    if args.app_id is not None:
        client_key = ascii_key(args.app_id)
        tenants = [t for t, app in await store.applications(tenant_id) if app.key == client_key]
        if not tenants:
            raise ApplicationNotFound(f"no app has the client id {args.app_id!r}")
        tenant_id = tenants[0]
    if args.user is not None:
        owner = await store.resolve(ObjectRef(tenant_id, "users", args.user))
        tenant_id, user_key = owner.tenant_id, owner.key
    return await store.revoke_grants(str(tenant_id), user_key, client_key)


async def list_apps(store: Store) -> str:
    lines = []
    for tenant_id, app in await store.applications(None):
        kind = (
            "confidential" if app.confidential else "public" if app.public_client else "no secret"
        )
        lines.append(f"app {app.client_id} {app.display_name} (tenant {tenant_id}, {kind})")
        for platform, uris in app.redirect_uris.items():
            lines.append(f"  redirect {platform}: {' '.join(uris)}")
        if app.scopes:
            lines.append(f"  delegated: {' '.join(sorted(app.scopes))}")
        if app.roles:
            lines.append(f"  application: {' '.join(sorted(app.roles))}")
        for secret in app.secrets:
            lines.append(
                f"  secret {secret.key_id} {secret.hint}*** until {secret.end:%Y-%m-%d} "
                f"{secret.display_name}"
            )
    return "\n".join(lines) if lines else "no app is registered"
