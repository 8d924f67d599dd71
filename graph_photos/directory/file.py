"""Directory files: tenants with their users and groups, in YAML (or JSON) with Graph's names.

The format is `seed/directory.schema.json` beside this module (JSON Schema); `load_directory`
checks a file against it and for what a schema cannot say (the default tenant exists; ids and
userPrincipalNames are unique per tenant, ignoring ASCII case) and names the place of the first
problem. `DEMO_DIRECTORY` is the demo tenant the service imports on its first start.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft7Validator

from graph_photos.directory.applications import application_document, application_of
from graph_photos.directory.contacts import (
    Mailbox,
    mailbox_conflict,
    mailbox_document,
    parse_mailbox,
)
from graph_photos.directory.model import (
    Directory,
    Group,
    Tenant,
    TenantDirectory,
    User,
    address_conflict,
    ascii_key,
    group_of,
    user_of,
)

SEED_DIR = Path(__file__).resolve().parent / "seed"
DEMO_DIRECTORY = SEED_DIR / "contoso.yaml"
SCHEMA_PATH = SEED_DIR / "directory.schema.json"

_USER_FIELDS = {
    "id": "id",
    "userPrincipalName": "user_principal_name",
    "displayName": "display_name",
    "givenName": "given_name",
    "surname": "surname",
    "mail": "mail",
    "jobTitle": "job_title",
    "department": "department",
    "officeLocation": "office_location",
    "mobilePhone": "mobile_phone",
    "businessPhones": "business_phones",
    "preferredLanguage": "preferred_language",
    "userType": "user_type",
    "accountEnabled": "account_enabled",
    "mailNickname": "mail_nickname",
    "otherMails": "other_mails",
    "proxyAddresses": "proxy_addresses",
    "imAddresses": "im_addresses",
    "companyName": "company_name",
    "employeeId": "employee_id",
    "employeeType": "employee_type",
    "city": "city",
    "state": "state",
    "country": "country",
    "streetAddress": "street_address",
    "postalCode": "postal_code",
    "usageLocation": "usage_location",
    "faxNumber": "fax_number",
    "passwordHash": "password_hash",
}
_GROUP_FIELDS = {
    "id": "id",
    "displayName": "display_name",
    "mail": "mail",
    "mailEnabled": "mail_enabled",
    "securityEnabled": "security_enabled",
    "description": "description",
    "team": "has_team",
    "groupTypes": "group_types",
    "mailNickname": "mail_nickname",
    "visibility": "visibility",
    "proxyAddresses": "proxy_addresses",
    "classification": "classification",
    "preferredLanguage": "preferred_language",
    "members": "members",
}


class DirectoryFileError(ValueError):
    """A directory file that cannot be imported; the message names the file and the place."""


@functools.cache
def _validator() -> Draft7Validator:
    return Draft7Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def _user(fields: dict[str, Any]) -> User:
    return user_of(
        {_USER_FIELDS[name]: value for name, value in fields.items() if name in _USER_FIELDS}
    )


def _group(fields: dict[str, Any]) -> Group:
    return group_of({_GROUP_FIELDS[name]: value for name, value in fields.items()})


def _nul_place(value: Any, path: tuple[str, ...]) -> str | None:
    """Where in a parsed document a string holds NUL, or None."""
    if isinstance(value, str):
        return "/".join(path) or "(top)" if "\x00" in value else None
    if isinstance(value, dict | list):
        children = value.items() if isinstance(value, dict) else enumerate(value)
        for key, child in children:
            found = _nul_place(child, (*path, str(key)))
            if found is not None:
                return found
    return None


def parse_directory(document: Any, source: str) -> Directory:
    """The directory a parsed document describes; raises `DirectoryFileError`."""
    error = next(iter(sorted(_validator().iter_errors(document), key=lambda e: e.path)), None)
    if error is not None:
        place = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise DirectoryFileError(f"{source}: at {place}: {error.message}")
    nul = _nul_place(document, ())
    if nul is not None:  # no database can store it, and no request could name it
        raise DirectoryFileError(f"{source}: at {nul}: a value holds a NUL character")
    tenants = []
    for entry in document["tenants"]:
        tenant = Tenant(entry["id"], entry["defaultDomain"], entry["displayName"])
        users = tuple(_user(fields) for fields in entry.get("users", ()))
        loaded_at = datetime.now(UTC)
        try:
            mailboxes = tuple(
                mailbox
                for fields in entry.get("users", ())
                if (mailbox := parse_mailbox(fields["id"], fields, loaded_at)) is not None
            )
        except ValueError as exc:  # a date-time that is not one
            raise DirectoryFileError(f"{source}: tenant {tenant.id}: a contact's {exc}") from None
        groups = tuple(_group(fields) for fields in entry.get("groups", ()))
        try:
            applications = tuple(application_of(app) for app in entry.get("applications", ()))
        except ValueError as exc:  # a date-time that is not one
            raise DirectoryFileError(f"{source}: tenant {tenant.id}: an app's {exc}") from None
        for kind, keys in (
            ("user id", [ascii_key(u.id) for u in users]),
            ("userPrincipalName", [ascii_key(u.user_principal_name) for u in users]),
            ("group id", [ascii_key(g.id) for g in groups]),
            ("appId", [app.key for app in applications]),
        ):
            duplicates = sorted({key for key in keys if keys.count(key) > 1})
            if duplicates:
                raise DirectoryFileError(
                    f"{source}: tenant {tenant.id}: {kind} {duplicates[0]!r} is not unique "
                    "(compared ignoring ASCII case)"
                )
        conflict = address_conflict((user.id, user.user_principal_name) for user in users)
        conflict = conflict or mailbox_conflict(mailboxes)
        if conflict is not None:
            raise DirectoryFileError(f"{source}: tenant {tenant.id}: {conflict}")
        try:
            groups = _with_members_resolved(users, groups)
        except ValueError as exc:
            raise DirectoryFileError(f"{source}: tenant {tenant.id}: {exc}") from None
        tenants.append(TenantDirectory(tenant, users, groups, mailboxes, applications))
    ids = [entry.tenant.id for entry in tenants]
    app_keys = [app.key for entry in tenants for app in entry.applications]
    shared = sorted({key for key in app_keys if app_keys.count(key) > 1})
    if shared:  # `common` finds an app by its client id alone
        raise DirectoryFileError(f"{source}: appId {shared[0]!r} is registered in two tenants")
    if document["defaultTenant"] not in ids:
        raise DirectoryFileError(
            f"{source}: defaultTenant {document['defaultTenant']!r} is none of the tenants {ids}"
        )
    if len(set(ids)) != len(ids):
        raise DirectoryFileError(f"{source}: a tenant id appears twice")
    return Directory(document["defaultTenant"], tuple(tenants))


def _with_members_resolved(users: tuple[User, ...], groups: tuple[Group, ...]) -> tuple[Group, ...]:
    """The groups with each member named by its object id (a user may be named by its
    userPrincipalName); raises `ValueError` for a member that is no user or group of the
    tenant, or a group that would contain itself."""
    known = {ascii_key(user.user_principal_name): user.id for user in users}
    known |= {ascii_key(user.id): user.id for user in users}
    known |= {ascii_key(group.id): group.id for group in groups}
    resolved = []
    for group in groups:
        members = []
        for member in group.members:
            found = known.get(ascii_key(member))
            if found is None:
                raise ValueError(
                    f"group {group.id!r}: member {member!r} is no user or group of the tenant"
                )
            if ascii_key(found) == ascii_key(group.id):
                raise ValueError(f"group {group.id!r} cannot be a member of itself")
            members.append(found)
        resolved.append(dataclasses.replace(group, members=tuple(dict.fromkeys(members))))
    return tuple(resolved)


def load_directory(path: Path) -> Directory:
    """The directory in the file at `path` (YAML or JSON); raises `DirectoryFileError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DirectoryFileError(f"{path}: cannot be read: {exc.strerror}") from None
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DirectoryFileError(f"{path}: not YAML or JSON: {exc}") from None
    return parse_directory(document, str(path))


def _camel(record: User | Group, fields: dict[str, str]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for name, attribute in fields.items():
        value = getattr(record, attribute)
        if value is None or value == () or (attribute == "has_team" and not value):
            continue
        document[name] = list(value) if isinstance(value, tuple) else value
    return document


def _mailbox_fields(mailboxes: dict[str, Mailbox], user: User) -> dict[str, Any]:
    mailbox = mailboxes.get(ascii_key(user.id))
    return {} if mailbox is None else mailbox_document(mailbox)


def dump_directory(directory: Directory) -> str:
    """The directory as a YAML directory file (what `load_directory` reads back)."""
    boxes = {
        entry.tenant.id: {ascii_key(mailbox.user_id): mailbox for mailbox in entry.mailboxes}
        for entry in directory.tenants
    }
    document = {
        "defaultTenant": directory.default_tenant,
        "tenants": [
            {
                "id": entry.tenant.id,
                "defaultDomain": entry.tenant.default_domain,
                "displayName": entry.tenant.display_name,
                "users": [
                    _camel(user, _USER_FIELDS) | _mailbox_fields(boxes[entry.tenant.id], user)
                    for user in entry.users
                ],
                "groups": [_camel(group, _GROUP_FIELDS) for group in entry.groups],
            }
            | (
                {"applications": [application_document(app) for app in entry.applications]}
                if entry.applications
                else {}
            )
            for entry in directory.tenants
        ],
    }
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
