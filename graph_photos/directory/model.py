"""The directory: tenants, their users and groups, and how Graph resolves an id to one of them.

Every object lives in one tenant; a caller sees only its own tenant's objects. Users are
addressed by object id or userPrincipalName, groups (and the team of a group) by object id.
Graph compares both ordinally ignoring ASCII case only: `ascii_key` is that comparison's key
(no Unicode case folding: `ß` is not `ss`, `ﬁ` is not `fi`, the Kelvin sign is not `k`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

if TYPE_CHECKING:  # these records name users by id; they need nothing of this module's
    from graph_photos.directory.applications import Application
    from graph_photos.directory.contacts import Mailbox

# What a path addresses: a user, a group, a team (whose photo is its group's), or a contact of
# a user's mailbox (`graph_photos.directory.contacts`; its photo is a profile photo too).
AddressedKind = Literal["users", "groups", "teams", "contacts"]
# What the directory holds: users and groups.
ObjectKind = Literal["users", "groups"]
# What owns a photo: a directory object, or a contact.
OwnerKind = Literal["users", "groups", "contacts"]

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_key(value: str) -> str:
    """The key under which Graph compares ids and userPrincipalNames: ASCII letters lowered,
    every other character as it is."""
    return value.translate(_ASCII_LOWER)


@dataclass(frozen=True)
class Tenant:
    """A tenant: its id (a GUID) and its default domain (`contoso.com`)."""

    id: str
    default_domain: str
    display_name: str


@dataclass(frozen=True)
class User:
    """A user of a tenant, with the properties this service keeps (Graph's names, in snake
    case; collections as tuples)."""

    id: str
    user_principal_name: str
    display_name: str
    given_name: str | None = None
    surname: str | None = None
    mail: str | None = None
    job_title: str | None = None
    department: str | None = None
    office_location: str | None = None
    mobile_phone: str | None = None
    business_phones: tuple[str, ...] = ()
    preferred_language: str | None = None
    user_type: str = "Member"
    account_enabled: bool = True
    mail_nickname: str | None = None
    other_mails: tuple[str, ...] = ()
    proxy_addresses: tuple[str, ...] = ()
    im_addresses: tuple[str, ...] = ()
    company_name: str | None = None
    employee_id: str | None = None
    employee_type: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    street_address: str | None = None
    postal_code: str | None = None
    usage_location: str | None = None
    fax_number: str | None = None
    # What the sign-in page asks for, when set (directory/passwords.py); never served.
    password_hash: str | None = None


@dataclass(frozen=True)
class Group:
    """A group of a tenant; `has_team` when a team is built on it (its photo is the team's)."""

    id: str
    display_name: str
    mail: str | None = None
    mail_enabled: bool = False
    security_enabled: bool = True
    description: str | None = None
    has_team: bool = False
    group_types: tuple[str, ...] = ()  # ("Unified",): a Microsoft 365 group
    mail_nickname: str | None = None
    visibility: str | None = None  # Public, Private, HiddenMembership
    proxy_addresses: tuple[str, ...] = ()
    classification: str | None = None
    preferred_language: str | None = None
    # The object ids of its direct members, users and groups (`/groups/{id}/members`).
    members: tuple[str, ...] = ()


def object_kind(record: User | Group) -> ObjectKind:
    """Whether `record` is a user or a group, as the directory's tables say it."""
    return "users" if isinstance(record, User) else "groups"


_USER_COLLECTIONS = ("business_phones", "other_mails", "proxy_addresses", "im_addresses")
_GROUP_COLLECTIONS = ("group_types", "proxy_addresses", "members")


def user_of(fields: dict[str, Any]) -> User:
    """A user from its fields by their record names (collections as any sequence)."""
    for name in _USER_COLLECTIONS:
        if name in fields:
            fields[name] = tuple(fields[name])
    return User(**fields)


def group_of(fields: dict[str, Any]) -> Group:
    """A group from its fields by their record names (collections as any sequence)."""
    for name in _GROUP_COLLECTIONS:
        if name in fields:
            fields[name] = tuple(fields[name])
    return Group(**fields)


@dataclass(frozen=True)
class TenantDirectory:
    """One tenant with its users and groups, the contacts of its users' mailboxes, and its app
    registrations."""

    tenant: Tenant
    users: tuple[User, ...] = ()
    groups: tuple[Group, ...] = ()
    mailboxes: tuple[Mailbox, ...] = ()
    applications: tuple[Application, ...] = ()


@dataclass(frozen=True)
class Directory:
    """What a directory file holds: tenants and their objects; `default_tenant` owns the
    callers whose token names no tenant."""

    default_tenant: str
    tenants: tuple[TenantDirectory, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ObjectRef:
    """An object as a request addresses it: in the caller's tenant (None: the default tenant),
    of a kind, by a reference (object id, or a user's userPrincipalName) as the client wrote it."""

    tenant_id: str | None
    kind: AddressedKind
    reference: str

    @property
    def object_kind(self) -> ObjectKind:
        """The kind of directory object a user, group or team reference names."""
        return "users" if self.kind == "users" else "groups"


_Item = TypeVar("_Item", User, Group)


@dataclass(frozen=True)
class Page(Generic[_Item]):
    """One page of a query's answer, in its order; `next_after` (the last object's sort value
    and id key) continues it, None on the last page; `count`, when asked for, is how many
    objects the query finds on all pages."""

    items: tuple[_Item, ...]
    next_after: tuple[str, str] | None
    count: int | None = None


class AddressConflict(ValueError):
    """Importing would make one address name two users (or refuse one on the database's
    unique index); the message names both."""


def address_conflict(users: Iterable[tuple[str, str]]) -> str | None:
    """Why the users of one tenant, as (object id, userPrincipalName) pairs, cannot all be
    addressed, or None. `/users/{x}` names the user whose id is `x`, else the one whose
    userPrincipalName is: so a userPrincipalName must be no other user's, and no user's id may
    be another user's userPrincipalName (it would take that user's address, photo and
    permissions). A user's id may be its own userPrincipalName (an open directory's users are)."""
    by_upn: dict[str, str] = {}
    ids: dict[str, str] = {}
    for object_id, upn in users:
        holder = by_upn.setdefault(ascii_key(upn), object_id)
        if ascii_key(holder) != ascii_key(object_id):
            return (
                f"the userPrincipalName {upn!r} belongs to user {holder!r} and cannot be given "
                f"to user {object_id!r}"
            )
        ids[ascii_key(object_id)] = object_id
    for upn_key, holder in by_upn.items():
        shadow = ids.get(upn_key)
        if shadow is not None and ascii_key(shadow) != ascii_key(holder):
            return (
                f"the id {shadow!r} of one user is the userPrincipalName of user {holder!r}: "
                f"/users/{shadow} would name the first and the second would lose its address"
            )
    return None
