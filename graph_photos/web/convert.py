"""Domain records -> generated wire models, and the one way a wire model becomes JSON.

Handlers return the models built here; the connexion adapter's jsonifier, the batch answer and
the error envelope all serialise them with `wire_json`: by alias (`@odata.context`), with
exactly the properties that were set, so a property set to None is Graph's `null` and one never
set (a property `$select` left out, the context of a collection's item) is absent.
"""

from __future__ import annotations

import typing
from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from graph_photos.directory.contacts import (
    CONTACT_FIELDS,
    Contact as ContactRecord,
    ContactFolder as FolderRecord,
    fields_document,
)
from graph_photos.directory.model import Group as GroupRecord, User as UserRecord
from graph_photos.domain.records import PhotoInfo, SizeInfo
from graph_photos.generated.models import (
    Contact,
    ContactCollection,
    ContactFolder,
    ContactFolderCollection,
    ContactWrite,
    Group,
    GroupCollection,
    Person,
    PersonCollection,
    PersonType,
    Phone,
    ProfilePhoto,
    ProfilePhotoCollection,
    ScoredEmailAddress,
    Team,
    TeamCollection,
    User,
    UserCollection,
)
from graph_photos.specification import default_properties

_Wire = TypeVar("_Wire", User, Group)


def wire_json(model: BaseModel) -> bytes:
    """A wire model as the JSON Graph sends: aliases, and exactly the properties set."""
    return model.model_dump_json(by_alias=True, exclude_unset=True).encode()


def _photo(etag: str, width: int, height: int, context_url: str | None) -> ProfilePhoto:
    photo = ProfilePhoto(
        odata_media_content_type="image/jpeg",
        odata_media_etag=etag,
        id=f"{width}x{height}",
        height=height,
        width=width,
    )
    if context_url is not None:
        photo.odata_context = context_url
    return photo


def profile_photo(info: PhotoInfo, context_url: str) -> ProfilePhoto:
    """The profilePhoto of a stored photo, as Graph serves it."""
    return _photo(info.etag, info.width, info.height, context_url)


def size_photo(size: SizeInfo, context_url: str) -> ProfilePhoto:
    """The profilePhoto of one standard size."""
    return _photo(size.etag, size.side, size.side, context_url)


def photo_collection(sizes: tuple[SizeInfo, ...], context_url: str) -> ProfilePhotoCollection:
    """The `/photos` collection: every standard size, smallest first."""
    return ProfilePhotoCollection(
        odata_context=context_url,
        value=[_photo(size.etag, size.side, size.side, None) for size in sizes],
    )


def _list_fields(model: type[BaseModel]) -> tuple[str, ...]:
    """The model's collection properties: Graph's `[]` when it has no value (other properties
    are `null`)."""
    found = []
    for name, field in model.model_fields.items():
        args = typing.get_args(field.annotation) or (field.annotation,)
        if any(typing.get_origin(arg) is list for arg in args):
            found.append(name)
    return tuple(found)


def _empty(names: tuple[str, ...]) -> dict[str, Any]:
    return {name: [] for name in names}


_USER_LISTS = _list_fields(User)
_GROUP_LISTS = _list_fields(Group)


def _narrowed(wire: _Wire, chosen: Sequence[str], context_url: str | None) -> _Wire:
    """`wire` with exactly the properties `chosen` (`$select`'s, or the version's default
    set), and its context URL when it has one: the properties set are the properties sent."""
    fields = type(wire).model_fields
    wire.__pydantic_fields_set__ = {name for name in chosen if name in fields}
    if context_url is not None:
        wire.odata_context = context_url
    return wire


def user(record: UserRecord, chosen: Sequence[str], context_url: str | None = None) -> User:
    """A user as Graph serves it: the properties `chosen`, each `null` (`[]`) without a value."""
    wire = User(
        **_empty(_USER_LISTS)
        | dict(
            id=record.id,
            userPrincipalName=record.user_principal_name,
            displayName=record.display_name,
            givenName=record.given_name,
            surname=record.surname,
            mail=record.mail,
            jobTitle=record.job_title,
            department=record.department,
            officeLocation=record.office_location,
            mobilePhone=record.mobile_phone,
            businessPhones=list(record.business_phones),
            preferredLanguage=record.preferred_language,
            userType=record.user_type,
            accountEnabled=record.account_enabled,
            mailNickname=record.mail_nickname,
            otherMails=list(record.other_mails),
            proxyAddresses=list(record.proxy_addresses),
            imAddresses=list(record.im_addresses),
            companyName=record.company_name,
            employeeId=record.employee_id,
            employeeType=record.employee_type,
            city=record.city,
            state=record.state,
            country=record.country,
            streetAddress=record.street_address,
            postalCode=record.postal_code,
            usageLocation=record.usage_location,
            faxNumber=record.fax_number,
        )
    )
    return _narrowed(wire, chosen, context_url)


def group(record: GroupRecord, chosen: Sequence[str], context_url: str | None = None) -> Group:
    """A group as Graph serves it: the properties `chosen`, each `null` (`[]`) without a
    value."""
    wire = Group(
        **_empty(_GROUP_LISTS)
        | dict(
            id=record.id,
            displayName=record.display_name,
            description=record.description,
            mail=record.mail,
            mailEnabled=record.mail_enabled,
            securityEnabled=record.security_enabled,
            resourceProvisioningOptions=["Team"] if record.has_team else [],
            groupTypes=list(record.group_types),
            mailNickname=record.mail_nickname,
            visibility=record.visibility,
            proxyAddresses=list(record.proxy_addresses),
            classification=record.classification,
            preferredLanguage=record.preferred_language,
        )
    )
    return _narrowed(wire, chosen, context_url)


def member(record: UserRecord | GroupRecord, api_version: str) -> User | Group:
    """A user or group in a collection of both (a group's members): its `@odata.type` and its
    type's default properties."""
    if isinstance(record, UserRecord):
        wire_user = user(record, ("odata_type", *default_properties("user", api_version)))
        wire_user.odata_type = "#microsoft.graph.user"
        return wire_user
    wire_group = group(record, ("odata_type", *default_properties("group", api_version)))
    wire_group.odata_type = "#microsoft.graph.group"
    return wire_group


def users(
    records: Sequence[UserRecord],
    chosen: Sequence[str],
    context_url: str,
    next_link: str | None,
    count: int | None = None,
) -> UserCollection:
    """A page of users, with the link to the next one (none on the last page) and the count
    of all (when asked for)."""
    page = UserCollection(odata_context=context_url, value=[user(r, chosen) for r in records])
    if count is not None:
        page.odata_count = count
    if next_link is not None:
        page.odata_next_link = next_link
    return page


def groups(
    records: Sequence[GroupRecord],
    chosen: Sequence[str],
    context_url: str,
    next_link: str | None,
    count: int | None = None,
) -> GroupCollection:
    """A page of groups, with the link to the next one (none on the last page) and the count
    of all (when asked for)."""
    page = GroupCollection(odata_context=context_url, value=[group(r, chosen) for r in records])
    if count is not None:
        page.odata_count = count
    if next_link is not None:
        page.odata_next_link = next_link
    return page


# The properties Graph's `joinedTeams` tells (the others are null there): what is sent unasked.
TEAM_TOLD = ("id", "displayName", "description", "isArchived", "tenantId")


def teams(
    records: Sequence[GroupRecord], tenant_id: str, chosen: Sequence[str], context_url: str
) -> TeamCollection:
    """Teams as Graph's `joinedTeams` lists them: the properties `chosen` (`$select`'s, else
    TEAM_TOLD), `null` where this service keeps none (the model's default)."""
    wire = [
        Team(
            id=record.id,
            displayName=record.display_name,
            description=record.description,
            isArchived=False,
            tenantId=tenant_id,
        )
        for record in records
    ]
    for team in wire:  # the properties set are the properties sent
        team.__pydantic_fields_set__ = set(chosen or TEAM_TOLD)
    return TeamCollection(odata_context=context_url, value=wire)


def person(record: UserRecord) -> Person:
    """A user as Graph's people API shows a person: an organisation user."""
    phones = [Phone(type="business", number=number) for number in record.business_phones]
    if record.mobile_phone is not None:
        phones.append(Phone(type="mobile", number=record.mobile_phone))
    return Person(
        id=record.id,
        displayName=record.display_name,
        givenName=record.given_name,
        surname=record.surname,
        jobTitle=record.job_title,
        department=record.department,
        officeLocation=record.office_location,
        companyName=record.company_name,
        userPrincipalName=record.user_principal_name,
        imAddress=(
            record.im_addresses[0] if record.im_addresses else f"sip:{record.user_principal_name}"
        ),
        scoredEmailAddresses=(
            []
            if record.mail is None
            else [ScoredEmailAddress(address=record.mail, relevanceScore=1.0)]
        ),
        phones=phones,
        personType=PersonType(class_="Person", subclass="OrganizationUser"),
    )


def group_person(record: GroupRecord) -> Person:
    """A Microsoft 365 group as Graph's people API shows it (no userPrincipalName)."""
    return Person(
        id=record.id,
        displayName=record.display_name,
        givenName=None,
        surname=None,
        jobTitle=None,
        department=None,
        officeLocation=None,
        companyName=None,
        userPrincipalName="",
        imAddress=None,
        scoredEmailAddresses=(
            []
            if record.mail is None
            else [ScoredEmailAddress(address=record.mail, relevanceScore=1.0)]
        ),
        phones=[],
        personType=PersonType(class_="Group", subclass="UnifiedGroup"),
    )


def contact_person(record: ContactRecord) -> Person:
    """One of the subject's Outlook contacts as Graph's people API shows it: a personal
    contact, its `id` the contact's (no userPrincipalName)."""
    fields = record.fields
    phones = [Phone(type="business", number=number) for number in fields.business_phones]
    phones += [Phone(type="home", number=number) for number in fields.home_phones]
    if fields.mobile_phone is not None:
        phones.append(Phone(type="mobile", number=fields.mobile_phone))
    return Person(
        id=record.id,
        displayName=fields.display_name,
        givenName=fields.given_name,
        surname=fields.surname,
        jobTitle=fields.job_title,
        department=fields.department,
        officeLocation=fields.office_location,
        companyName=fields.company_name,
        userPrincipalName=None,
        imAddress=fields.im_addresses[0] if fields.im_addresses else None,
        scoredEmailAddresses=[
            ScoredEmailAddress(address=item.address, relevanceScore=1.0)
            for item in fields.email_addresses
            if item.address
        ],
        phones=phones,
        personType=PersonType(class_="Person", subclass="PersonalContact"),
    )


def people(
    records: Sequence[UserRecord | GroupRecord | ContactRecord], context_url: str
) -> PersonCollection:
    """People, most relevant first: users, personal contacts and Microsoft 365 groups."""

    def one(record: UserRecord | GroupRecord | ContactRecord) -> Person:
        if isinstance(record, UserRecord):
            return person(record)
        if isinstance(record, GroupRecord):
            return group_person(record)
        return contact_person(record)

    return PersonCollection(odata_context=context_url, value=[one(r) for r in records])


# Sent whatever `$select` names, as Graph sends them.
CONTACT_ALWAYS = ("@odata.etag", "id")
# A contact's property by Graph's name (`@odata.etag`) -> its field in the wire model.
_CONTACT_FIELD = {field.alias or name: name for name, field in Contact.model_fields.items()}


def contact(
    record: ContactRecord, chosen: Sequence[str], context_url: str | None = None
) -> Contact:
    """A contact as Graph serves it: every property (null or empty where unset), or the ones
    `$select` chose, with `id` and `@odata.etag`."""
    wire = Contact.model_validate(
        {
            **fields_document(record.fields),
            "@odata.etag": f'W/"{record.change_key}"',
            "id": record.id,
            "createdDateTime": record.created,
            "lastModifiedDateTime": record.modified,
            "changeKey": record.change_key,
            "parentFolderId": record.folder_id,
        }
    )
    if chosen:
        wire.__pydantic_fields_set__ = {_CONTACT_FIELD[name] for name in (*CONTACT_ALWAYS, *chosen)}
    if context_url is not None:
        wire.odata_context = context_url
    return wire


def contacts(
    records: Sequence[ContactRecord],
    chosen: Sequence[str],
    context_url: str,
    next_link: str | None,
) -> ContactCollection:
    """A page of contacts; `next_link` while more remain."""
    page = ContactCollection(
        odata_context=context_url, value=[contact(record, chosen) for record in records]
    )
    if next_link is not None:
        page.odata_next_link = next_link
    return page


def contact_folder(record: FolderRecord, context_url: str | None = None) -> ContactFolder:
    wire = ContactFolder(
        id=record.id, displayName=record.display_name, parentFolderId=record.parent_id
    )
    if context_url is not None:
        wire.odata_context = context_url
    return wire


def contact_folders(
    records: Sequence[FolderRecord], context_url: str, next_link: str | None
) -> ContactFolderCollection:
    page = ContactFolderCollection(
        odata_context=context_url, value=[contact_folder(record) for record in records]
    )
    if next_link is not None:
        page.odata_next_link = next_link
    return page


def contact_values(body: ContactWrite) -> dict[str, Any]:
    """The properties a create or PATCH sent, under Graph's names, as JSON values (`null`
    where the client cleared one)."""
    sent = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return {name: value for name, value in sent.items() if name in CONTACT_FIELDS}
