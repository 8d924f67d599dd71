"""The directory's tables in SQL, shared by both backends, and its records as stored.

Queries are written once with `{p}` for a bound parameter; each backend formats them with its
own placeholder (`?` for sqlite3, `%s` for psycopg). Every value is a bound parameter. A user
or group is one row of `directory_objects`: its keys (`id_key`, `upn_key`: Graph's ASCII-case-
insensitive comparison) for lookups, its record's fields as JSON in `properties`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson

from graph_photos.directory.applications import Application
from graph_photos.directory.contacts import Mailbox
from graph_photos.directory.model import (
    AddressConflict,
    Directory,
    Group,
    ObjectKind,
    ObjectRef,
    OwnerKind,
    Tenant,
    TenantDirectory,
    User,
    address_conflict,
    ascii_key,
    group_of,
    object_kind,
    user_of,
)
from graph_photos.domain.errors import ObjectNotFound
from graph_photos.domain.records import Freshness, OwnerKey

_Item = TypeVar("_Item", User, Group)

# The caller's tenant, or the default one when the token names none. A scalar subquery, so that
# the planner takes it for a constant and looks objects up by index (SQLite scans the table for
# a bare `COALESCE(?, (SELECT …))`).
TENANT = "(SELECT COALESCE({p}, (SELECT id FROM tenants WHERE is_default)))"

# (tenant_id, kind, id) of the object a ref names: users by id or userPrincipalName, groups by
# id, teams by the id of a group that has one. Two indexed lookups (the primary key, the UPN's
# unique index), not one OR, which no index serves.
RESOLVE = (
    "SELECT tenant_id, kind, id FROM directory_objects "
    f"WHERE tenant_id = {TENANT} AND kind = {{p}} AND id_key = {{p}} AND (has_team OR NOT {{p}}) "
    "UNION ALL SELECT tenant_id, kind, id FROM directory_objects "
    f"WHERE tenant_id = {TENANT} AND upn_key = {{p}} AND kind = 'users' LIMIT 1"
)
# A contact's photo: the contact of that id (its mailbox checked before, by the contacts' code).
RESOLVE_CONTACT = (
    f"SELECT tenant_id, 'contacts', id FROM contacts WHERE tenant_id = {TENANT} AND id_key = {{p}}"
)
OBJECT = (
    "SELECT properties FROM directory_objects "
    f"WHERE tenant_id = {TENANT} AND kind = {{p}} AND id_key = {{p}} "
    "UNION ALL SELECT properties FROM directory_objects "
    f"WHERE tenant_id = {TENANT} AND upn_key = {{p}} AND kind = 'users' LIMIT 1"
)
DEFAULT_TENANT = "SELECT id FROM tenants WHERE id = " + TENANT
TENANT_COUNT = "SELECT count(*) FROM tenants"
ALL_TENANTS = "SELECT id, default_domain, display_name, is_default FROM tenants ORDER BY id"
ALL_OBJECTS = (
    "SELECT kind, properties FROM directory_objects WHERE tenant_id = {p} ORDER BY kind, id_key"
)
CLEAR_DEFAULT = "UPDATE tenants SET is_default = FALSE WHERE is_default"
# The (id, userPrincipalName) of a tenant's users: what an import is checked against.
USER_ADDRESSES = (
    "SELECT id, properties FROM directory_objects WHERE tenant_id = {p} AND kind = 'users'"
)
# Newest first: where two legacy photos name one person (by UPN and by id), the newest is kept.
LEGACY_PHOTOS = (
    "SELECT owner_kind, owner_key, owner_id FROM photos "
    "ORDER BY updated_at DESC, owner_kind, owner_key"
)
ADOPT_PHOTO = (
    "INSERT INTO profile_photos (tenant_id, owner_kind, owner_key, owner_id, width, height, "
    "etag, content_type, updated_at, content) "
    "SELECT {p}, owner_kind, {p}, {p}, width, height, etag, content_type, updated_at, content "
    "FROM photos WHERE owner_kind = {p} AND owner_key = {p} ON CONFLICT DO NOTHING"
)
ADOPT_SIZES = (
    "INSERT INTO profile_photo_sizes (tenant_id, owner_kind, owner_key, side, etag, content) "
    "SELECT {p}, owner_kind, {p}, side, etag, content "
    "FROM photo_sizes WHERE owner_kind = {p} AND owner_key = {p} ON CONFLICT DO NOTHING"
)
DROP_LEGACY_SIZES = "DELETE FROM photo_sizes WHERE owner_kind = {p} AND owner_key = {p}"
DROP_LEGACY_PHOTO = "DELETE FROM photos WHERE owner_kind = {p} AND owner_key = {p}"


def lookup_key(reference: str, missing: type[Exception] = ObjectNotFound) -> str:
    """The key a reference is looked up by; raises `missing` (a directory object's
    `ObjectNotFound`, a mailbox item's `ItemNotFound`) for one that nothing can have on any
    engine (PostgreSQL's text cannot hold NUL: the driver would fail)."""
    if "\x00" in reference:
        raise missing(reference)
    return ascii_key(reference)


def resolve_parameters(ref: ObjectRef) -> tuple[object, ...]:
    key = lookup_key(ref.reference)
    upn_key = key if ref.kind == "users" else None
    return (ref.tenant_id, ref.object_kind, key, ref.kind == "teams", ref.tenant_id, upn_key)


def resolved_owner(ref: ObjectRef, row: Sequence[Any]) -> OwnerKey:
    """The owner a `RESOLVE` or `RESOLVE_CONTACT` row of `ref` names."""
    kind: OwnerKind = "users" if row[1] == "users" else "groups"
    if ref.kind == "contacts":
        kind = "contacts"
    return OwnerKey(str(row[0]), kind, str(row[2]))


def resolve_query(queries: DirectoryQueries, ref: ObjectRef) -> tuple[str, tuple[object, ...]]:
    """The query (of `queries`) and parameters that resolve `ref`."""
    if ref.kind == "contacts":
        return queries.resolve_contact, (ref.tenant_id, lookup_key(ref.reference))
    return queries.resolve, resolve_parameters(ref)


def object_parameters(
    tenant_id: str | None, kind: ObjectKind, reference: str
) -> tuple[object, ...]:
    key = lookup_key(reference)
    return (tenant_id, kind, key, tenant_id, key if kind == "users" else None)


def properties(record: User | Group) -> str:
    return orjson.dumps(dataclasses.asdict(record)).decode()


def user_from(properties_json: str | bytes) -> User:
    return user_of(orjson.loads(properties_json))


def group_from(properties_json: str | bytes) -> Group:
    return group_of(orjson.loads(properties_json))


def object_keys(tenant_id: str, records: Sequence[User | Group]) -> list[tuple[str, str, str]]:
    """(tenant_id, kind, id_key) of `records`: whose terms an import replaces."""
    return [(tenant_id, object_kind(record), ascii_key(record.id)) for record in records]


def membership_rows(tenant_id: str, records: Sequence[User | Group]) -> list[tuple[str, ...]]:
    """The `directory_members` rows (tenant_id, group_key, member_key) of the groups among
    `records`."""
    return [
        (tenant_id, ascii_key(record.id), member)
        for record in records
        if isinstance(record, Group)
        for member in sorted({ascii_key(member) for member in record.members})
    ]


def keys_by_kind(tenant_id: str, records: Sequence[User | Group]) -> dict[str, list[str]]:
    """The id keys of `records`, by kind."""
    keys: dict[str, list[str]] = {}
    for _tenant, kind, key in object_keys(tenant_id, records):
        keys.setdefault(kind, []).append(key)
    return keys


def object_row(tenant_id: str, record: User | Group) -> tuple[object, ...]:
    """The `directory_objects` row of a user or group: tenant_id, kind, id, id_key, upn_key,
    has_team, properties."""
    if isinstance(record, User):
        upn_key: str | None = ascii_key(record.user_principal_name)
        kind, has_team = "users", False
    else:
        upn_key, kind, has_team = None, "groups", record.has_team
    return (tenant_id, kind, record.id, ascii_key(record.id), upn_key, has_team, properties(record))


OBJECT_COLUMNS = "tenant_id, kind, id, id_key, upn_key, has_team, properties"
_ON_OBJECT_CONFLICT = (
    "ON CONFLICT (tenant_id, kind, id_key) DO UPDATE SET id = excluded.id, "
    "upn_key = excluded.upn_key, has_team = excluded.has_team, properties = excluded.properties"
)
UPSERT_OBJECT = (
    f"INSERT INTO directory_objects ({OBJECT_COLUMNS}) "
    f"VALUES ({{p}}, {{p}}, {{p}}, {{p}}, {{p}}, {{p}}, {{p}}) {_ON_OBJECT_CONFLICT}"
)
# PostgreSQL's import: every object in one statement from a staging table (filled by COPY),
# so the statement-level trigger bumps the directory's generation once, not once an object
# (100,000 updates of one row in one transaction took minutes, each walking the row's versions).
UPSERT_STAGED_OBJECTS = (
    f"INSERT INTO directory_objects ({OBJECT_COLUMNS}) "
    f"SELECT {OBJECT_COLUMNS} FROM staged_objects {_ON_OBJECT_CONFLICT}"
)
INSERT_OBJECT_IF_NEW = (
    f"INSERT INTO directory_objects ({OBJECT_COLUMNS}) "
    f"VALUES ({{p}}, {{p}}, {{p}}, {{p}}, {{p}}, {{p}}, {{p}}) ON CONFLICT DO NOTHING"
)
# An object's terms (`graph_photos.directory.terms`), replaced whenever the object is written.
DELETE_TERMS = "DELETE FROM directory_terms WHERE tenant_id = {p} AND kind = {p} AND id_key = {p}"
INSERT_TERM = (
    "INSERT INTO directory_terms (tenant_id, kind, id_key, property, term, name_key) "
    "VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT DO NOTHING"
)
# A group's members, replaced whenever the group is written.
DELETE_MEMBERS = "DELETE FROM directory_members WHERE tenant_id = {p} AND group_key = {p}"
INSERT_MEMBER = (
    "INSERT INTO directory_members (tenant_id, group_key, member_key) VALUES ({p}, {p}, {p})"
)
UPSERT_TENANT = (
    "INSERT INTO tenants (id, default_domain, display_name, is_default) "
    "VALUES ({p}, {p}, {p}, {p}) ON CONFLICT (id) DO UPDATE SET "
    "default_domain = excluded.default_domain, display_name = excluded.display_name, "
    "is_default = excluded.is_default"
)


def check_addresses(tenant: TenantDirectory, stored: Sequence[Sequence[Any]]) -> None:
    """Raise `AddressConflict` if importing `tenant` over its `USER_ADDRESSES` rows would make
    one address name two users (the imported users replace the stored ones of the same id)."""
    imported = {ascii_key(user.id): (user.id, user.user_principal_name) for user in tenant.users}
    # The stored users first: a conflict then names the one that holds the address already.
    addresses = {
        ascii_key(str(object_id)): (
            str(object_id),
            user_from(str(properties_json)).user_principal_name,
        )
        for object_id, properties_json in stored
        if ascii_key(str(object_id)) not in imported
    }
    addresses.update(imported)
    conflict = address_conflict(addresses.values())
    if conflict is not None:
        raise AddressConflict(f"tenant {tenant.tenant.id}: {conflict}")


def holds_default(directory: Directory) -> bool:
    """Whether an import names the default tenant: one of another tenant only (a synthetic
    tenant, a partner's) leaves the default as it is."""
    return any(entry.tenant.id == directory.default_tenant for entry in directory.tenants)


def tenant_row(tenant: Tenant, is_default: bool) -> tuple[object, ...]:
    return (tenant.id, tenant.default_domain, tenant.display_name, is_default)


def new_owner(kind: ObjectKind, reference: str, has_team: bool = False) -> User | Group:
    """The user or group an open directory creates for an unknown reference (and the start
    creates for a photo stored before the directory existed): reachable at that reference."""
    if kind == "users":
        return User(id=reference, user_principal_name=reference, display_name=reference)
    return Group(id=reference, display_name=reference, has_team=has_team)


# What a cached read depends on (the read cache's check): the directory's generation (bumped by
# triggers, migration 0003), and the owner's photo ETag (NULL without a photo).
GENERATION = "SELECT generation FROM directory_generation WHERE id = 1"
FRESHNESS = (
    "SELECT (" + GENERATION + "), (SELECT etag FROM profile_photos "
    "WHERE tenant_id = {p} AND owner_kind = {p} AND owner_key = {p})"
)
SIZE_FRESHNESS = (
    "SELECT (" + GENERATION + "), (SELECT etag FROM profile_photo_sizes "
    "WHERE tenant_id = {p} AND owner_kind = {p} AND owner_key = {p} AND side = {p})"
)


@dataclass(frozen=True)
class DirectoryQueries:
    """The directory's queries with one backend's placeholder (`?` for sqlite3, `%s` for
    psycopg)."""

    resolve: str
    resolve_contact: str
    object: str
    default_tenant: str
    upsert_object: str
    insert_object_if_new: str
    delete_terms: str
    insert_term: str
    delete_members: str
    insert_member: str
    upsert_tenant: str
    all_objects: str
    user_addresses: str
    adopt_photo: str
    adopt_sizes: str
    drop_legacy_sizes: str
    drop_legacy_photo: str
    freshness: str
    size_freshness: str

    @classmethod
    def for_placeholder(cls, placeholder: str) -> DirectoryQueries:
        return cls(
            resolve=RESOLVE.format(p=placeholder),
            resolve_contact=RESOLVE_CONTACT.format(p=placeholder),
            object=OBJECT.format(p=placeholder),
            default_tenant=DEFAULT_TENANT.format(p=placeholder),
            upsert_object=UPSERT_OBJECT.format(p=placeholder),
            insert_object_if_new=INSERT_OBJECT_IF_NEW.format(p=placeholder),
            delete_terms=DELETE_TERMS.format(p=placeholder),
            insert_term=INSERT_TERM.format(p=placeholder),
            delete_members=DELETE_MEMBERS.format(p=placeholder),
            insert_member=INSERT_MEMBER.format(p=placeholder),
            upsert_tenant=UPSERT_TENANT.format(p=placeholder),
            all_objects=ALL_OBJECTS.format(p=placeholder),
            user_addresses=USER_ADDRESSES.format(p=placeholder),
            adopt_photo=ADOPT_PHOTO.format(p=placeholder),
            adopt_sizes=ADOPT_SIZES.format(p=placeholder),
            drop_legacy_sizes=DROP_LEGACY_SIZES.format(p=placeholder),
            drop_legacy_photo=DROP_LEGACY_PHOTO.format(p=placeholder),
            freshness=FRESHNESS.format(p=placeholder),
            size_freshness=SIZE_FRESHNESS.format(p=placeholder),
        )


def freshness_query(
    queries: DirectoryQueries, owner: OwnerKey | None, side: int | None
) -> tuple[str, tuple[object, ...]]:
    """The query (of `queries`) and parameters that read the freshness of a read of `owner`'s
    photo or one of its sizes."""
    if owner is None:
        return GENERATION, ()
    if side is None:
        return queries.freshness, (owner.tenant_id, owner.kind, owner.key)
    return queries.size_freshness, (owner.tenant_id, owner.kind, owner.key, side)


def freshness_of(row: Sequence[Any] | None) -> Freshness:
    """The `Freshness` a row of `GENERATION` or `FRESHNESS` says."""
    if row is None:
        raise RuntimeError("the directory_generation row is missing: migrate the database")
    etag = row[1] if len(row) > 1 else None
    return Freshness(int(row[0]), None if etag is None else str(etag))


def tenant_directory(
    tenant_row: Sequence[Any],
    object_rows: Sequence[Sequence[Any]],
    mailboxes: tuple[Mailbox, ...] = (),
    applications: tuple[Application, ...] = (),
) -> TenantDirectory:
    """One tenant of an export, from its `ALL_TENANTS` row, its `ALL_OBJECTS` rows, its
    users' mailboxes and its apps."""
    tenant_id, domain, name, _is_default = tenant_row
    return TenantDirectory(
        Tenant(str(tenant_id), str(domain), str(name)),
        users=tuple(user_from(p) for kind, p in object_rows if kind == "users"),
        groups=tuple(group_from(p) for kind, p in object_rows if kind == "groups"),
        mailboxes=mailboxes,
        applications=applications,
    )


def directory_of(
    tenant_rows: Sequence[Sequence[Any]], tenants: Sequence[TenantDirectory]
) -> Directory:
    """The exported directory: its tenants and the default one."""
    default = next((str(row[0]) for row in tenant_rows if row[3]), "")
    return Directory(default, tuple(tenants))
