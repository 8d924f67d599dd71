"""The identity platform's store on both engines: app registrations kept and updated whole,
grants taken once however many ask at the same moment, device codes approved once, and
refresh tokens revoked by user or app."""

from __future__ import annotations

import asyncio
import dataclasses
from datetime import UTC, datetime

import pytest
import yaml

from graph_photos.directory.file import dump_directory, parse_directory
from graph_photos.domain.errors import ApplicationChanged
from graph_photos.domain.grants import Grant, handle_key
from graph_photos.domain.store import Store

pytestmark = pytest.mark.anyio
CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
SYNC = "f4a67d5a-1134-59eb-bafd-46a97f992fef"


def _grant(handle: str, kind: str = "code", user: str | None = "bob", **fields: object) -> Grant:
    return Grant(
        handle_key=handle_key(handle), kind=kind, tenant_id=CONTOSO,  # type: ignore[arg-type]
        client_key=SYNC, user_key=user, expires_at=2e9, properties={"scope": "User.Read"},
        **fields,  # type: ignore[arg-type]
    )  # fmt: skip


async def test_the_demo_apps_round_trip_through_export_with_a_new_secret(store: Store) -> None:
    apps = {app.client_id: (tenant, app) for tenant, app in await store.applications(None)}
    tenant, sync = apps[SYNC]
    assert tenant == CONTOSO
    assert not sync.secrets
    with_secret, text = sync.with_secret("ci", datetime.now(UTC))
    await store.replace_application(CONTOSO, sync, with_secret)
    stored = {app.client_id: app for _, app in await store.applications(CONTOSO)}[SYNC]
    assert stored.secret_matches(text, datetime.now(UTC))
    other = text[:-1] + ("y" if text.endswith("x") else "x")  # one character off
    assert not stored.secret_matches(other, datetime.now(UTC))
    assert text not in dump_directory(await store.export_directory())  # only its hash is kept
    again = parse_directory(yaml.safe_load(dump_directory(await store.export_directory())), "x")
    exported = {app.client_id: app for entry in again.tenants for app in entry.applications}
    assert exported[SYNC] == stored
    with pytest.raises(ApplicationChanged):  # replaced only as it was read
        await store.replace_application(CONTOSO, sync, dataclasses.replace(sync, display_name="x"))


async def test_a_grant_is_taken_by_one_of_many_at_once(store: Store) -> None:
    await store.add_grant(_grant("the-code"), 0)
    key = handle_key("the-code")
    taken = await asyncio.gather(*(store.take_grant(key, "code") for _ in range(8)))
    assert sum(grant is not None for grant in taken) == 1
    assert await store.grant(handle_key("the-code"), "code") is None


async def test_expired_grants_are_swept_and_kinds_do_not_mix(store: Store) -> None:
    await store.add_grant(dataclasses.replace(_grant("old"), expires_at=10.0), 0)
    await store.add_grant(_grant("refresh", kind="refresh"), 0)
    assert await store.take_grant(handle_key("refresh"), "code") is None
    await store.add_grant(_grant("new"), now=20.0)  # sweeps what expired before 20
    assert await store.grant(handle_key("old"), "code") is None
    assert await store.grant(handle_key("refresh"), "refresh") is not None


async def test_a_device_code_is_approved_once(store: Store) -> None:
    waiting = _grant("device", kind="device", user=None, user_code_key="ABCDEFGHJ")
    await store.add_grant(waiting, 0)
    found = await store.device_grant("ABCDEFGHJ")
    assert found == waiting
    approvals = [
        dataclasses.replace(found, user_key=user, properties={"user_id": user})
        for user in ("alice", "bob")
    ]
    results = await asyncio.gather(*(store.update_grant(found, after) for after in approvals))
    assert sorted(results) == [False, True]
    approved = await store.device_grant("ABCDEFGHJ")
    assert approved is not None
    assert approved.user_key in ("alice", "bob")


async def test_revoking_ends_the_refresh_tokens_of_a_user_or_an_app(store: Store) -> None:
    for handle, user in (("r1", "bob"), ("r2", "bob"), ("r3", "alice")):
        await store.add_grant(_grant(handle, kind="refresh", user=user), 0)
    await store.add_grant(_grant("c1"), 0)  # a code is no sign-in to revoke
    assert await store.revoke_grants(CONTOSO, "bob", None) == 2
    assert await store.revoke_grants(CONTOSO, None, SYNC) == 1
    assert await store.grant(handle_key("c1"), "code") is not None
