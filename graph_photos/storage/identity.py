"""The local identity platform's tables in SQL (migration 0007), shared by both backends.

`IdentityRows` implements `IdentityStore` on the backend's `_rows` and `_apply` primitives, as
`MailboxRows` does for contacts. An app registration is a row with its document as JSON; an
update replaces it only if it is still the one it read. A grant is taken with `DELETE ...
RETURNING`, so a code or refresh token is redeemed by one request only, on either engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson

from graph_photos.directory.applications import (
    Application,
    application_document,
    application_of,
)
from graph_photos.directory.model import Tenant
from graph_photos.domain.errors import ApplicationChanged, ApplicationNotFound
from graph_photos.domain.grants import Grant, GrantKind
from graph_photos.storage.contacts import Step
from graph_photos.storage.directory_query import Dialect

UPSERT_APPLICATION = (
    "INSERT INTO applications (tenant_id, client_key, client_id, properties) "
    "VALUES ({p}, {p}, {p}, {p}) ON CONFLICT (tenant_id, client_key) DO UPDATE SET "
    "client_id = excluded.client_id, properties = excluded.properties"
)
TENANT_APPLICATIONS = (
    "SELECT tenant_id, properties FROM applications WHERE tenant_id = {p} ORDER BY client_key"
)
_TENANTS_DEFAULT_FIRST = (
    "SELECT id, default_domain, display_name FROM tenants ORDER BY is_default DESC, id"
)
_ALL_APPLICATIONS = "SELECT tenant_id, properties FROM applications ORDER BY client_key, tenant_id"
_REPLACE_APPLICATION = (
    "UPDATE applications SET properties = {p} "
    "WHERE tenant_id = {p} AND client_key = {p} AND properties = {p}"
)
_APPLICATION_EXISTS = "SELECT 1 FROM applications WHERE tenant_id = {p} AND client_key = {p}"
_GRANT_COLUMNS = (
    "handle_key, kind, tenant_id, client_key, user_key, user_code_key, expires_at, properties"
)
_SWEEP_GRANTS = "DELETE FROM identity_grants WHERE expires_at < {p}"
_INSERT_GRANT = (
    f"INSERT INTO identity_grants ({_GRANT_COLUMNS}) VALUES ({{p}}, {{p}}, {{p}}, {{p}}, {{p}}, "
    "{p}, {p}, {p})"
)
_TAKE_GRANT = (
    "DELETE FROM identity_grants WHERE handle_key = {p} AND kind = {p} "
    f"RETURNING {_GRANT_COLUMNS}"
)
_GRANT = f"SELECT {_GRANT_COLUMNS} FROM identity_grants WHERE handle_key = {{p}} AND kind = {{p}}"
_DEVICE_GRANT = (
    f"SELECT {_GRANT_COLUMNS} FROM identity_grants WHERE user_code_key = {{p}} AND kind = 'device'"
)
_UPDATE_GRANT = (
    "UPDATE identity_grants SET user_key = {p}, expires_at = {p}, properties = {p} "
    "WHERE handle_key = {p} AND properties = {p}"
)
_REVOKE = "DELETE FROM identity_grants WHERE kind = 'refresh' AND tenant_id = {p}"


@dataclass(frozen=True)
class IdentityQueries:
    """The import's and export's statements with one backend's placeholder."""

    upsert_application: str
    tenant_applications: str

    @classmethod
    def for_placeholder(cls, placeholder: str) -> IdentityQueries:
        return cls(
            UPSERT_APPLICATION.format(p=placeholder), TENANT_APPLICATIONS.format(p=placeholder)
        )


def _document(app: Application) -> str:
    return orjson.dumps(application_document(app), option=orjson.OPT_SORT_KEYS).decode()


def application_rows(tenant_id: str, apps: Sequence[Application]) -> list[tuple[str, ...]]:
    """The `UPSERT_APPLICATION` rows of a tenant's apps."""
    return [(tenant_id, app.key, app.client_id, _document(app)) for app in apps]


def applications_of(rows: Sequence[Sequence[Any]]) -> tuple[Application, ...]:
    """The apps of `TENANT_APPLICATIONS` rows."""
    return tuple(application_of(orjson.loads(row[1])) for row in rows)


def _grant(row: Sequence[Any]) -> Grant:
    handle, kind, tenant_id, client_key, user_key, user_code_key, expires_at, properties = row
    grant_kind: GrantKind = kind
    return Grant(
        handle_key=str(handle),
        kind=grant_kind,
        tenant_id=str(tenant_id),
        client_key=str(client_key),
        user_key=None if user_key is None else str(user_key),
        expires_at=float(expires_at),
        properties=orjson.loads(properties),
        user_code_key=None if user_code_key is None else str(user_code_key),
    )


def _properties(grant: Grant) -> str:
    return orjson.dumps(grant.properties, option=orjson.OPT_SORT_KEYS).decode()


class IdentityRows:
    """`IdentityStore` on the backend's `_rows` and `_apply`."""

    dialect: Dialect

    async def _rows(self, query: str, parameters: Sequence[object]) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    async def _apply(self, steps: Sequence[Step]) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    def _q(self, query: str) -> str:
        return query.format(p=self.dialect.placeholder)

    async def tenants(self) -> list[Tenant]:
        rows = await self._rows(_TENANTS_DEFAULT_FIRST, ())
        return [Tenant(str(row[0]), str(row[1]), str(row[2])) for row in rows]

    async def applications(self, tenant_id: str | None) -> list[tuple[str, Application]]:
        if tenant_id is None:
            rows = await self._rows(_ALL_APPLICATIONS, ())
        else:
            rows = await self._rows(self._q(TENANT_APPLICATIONS), (tenant_id,))
        return [(str(row[0]), application_of(orjson.loads(row[1]))) for row in rows]

    async def replace_application(
        self, tenant_id: str, before: Application, after: Application
    ) -> None:
        await self._apply(
            [
                Step(
                    self._q(_APPLICATION_EXISTS),
                    (tenant_id, before.key),
                    missing=ApplicationNotFound(before.client_id),
                ),
                Step(
                    self._q(_REPLACE_APPLICATION),
                    (_document(after), tenant_id, before.key, _document(before)),
                    missing=ApplicationChanged(before.client_id),
                ),
            ]
        )

    async def add_grant(self, grant: Grant, now: float) -> None:
        row = (
            grant.handle_key,
            grant.kind,
            grant.tenant_id,
            grant.client_key,
            grant.user_key,
            grant.user_code_key,
            grant.expires_at,
            _properties(grant),
        )
        await self._apply([Step(self._q(_SWEEP_GRANTS), (now,)), Step(self._q(_INSERT_GRANT), row)])

    async def take_grant(self, handle_key: str, kind: str) -> Grant | None:
        rows = await self._apply([Step(self._q(_TAKE_GRANT), (handle_key, kind))])
        return _grant(rows[0]) if rows else None

    async def grant(self, handle_key: str, kind: str) -> Grant | None:
        rows = await self._rows(self._q(_GRANT), (handle_key, kind))
        return _grant(rows[0]) if rows else None

    async def device_grant(self, user_code_key: str) -> Grant | None:
        rows = await self._rows(self._q(_DEVICE_GRANT), (user_code_key,))
        return _grant(rows[0]) if rows else None

    async def update_grant(self, before: Grant, after: Grant) -> bool:
        rows = await self._apply(
            [
                Step(
                    self._q(_UPDATE_GRANT) + " RETURNING handle_key",
                    (
                        after.user_key,
                        after.expires_at,
                        _properties(after),
                        before.handle_key,
                        _properties(before),
                    ),
                )
            ]
        )
        return bool(rows)

    async def revoke_grants(
        self, tenant_id: str, user_key: str | None, client_key: str | None
    ) -> int:
        query, parameters = _REVOKE, [tenant_id]
        for column, value in (("user_key", user_key), ("client_key", client_key)):
            if value is not None:
                query += f" AND {column} = {{p}}"
                parameters.append(value)
        rows = await self._apply(
            [Step(self._q(query + " RETURNING handle_key"), tuple(parameters))]
        )
        return len(rows)
