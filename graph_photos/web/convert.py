"""Domain records -> generated wire models, and the one way a wire model becomes JSON.

Handlers return the models built here; the connexion adapter's jsonifier, the batch answer and
the error envelope all serialise them with `wire_json`: by alias (`@odata.context`), with
exactly the properties that were set, so a property set to None is Graph's `null` and one never
set (a property `$select` left out, the context of a collection's item) is absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from pydantic import BaseModel

from graph_photos.directory.model import Group as GroupRecord, User as UserRecord
from graph_photos.domain.records import PhotoInfo, SizeInfo
from graph_photos.generated.models import (
    Group,
    GroupCollection,
    Person,
    PersonCollection,
    PersonType,
    Phone,
    ProfilePhoto,
    ProfilePhotoCollection,
    ScoredEmailAddress,
    User,
    UserCollection,
)

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


def _narrowed(wire: _Wire, chosen: Sequence[str], context_url: str | None) -> _Wire:
    """`wire` with only the properties `$select` chose (all when it chose none), and its
    context URL when it has one: the properties set are the properties sent."""
    if chosen:
        wire.__pydantic_fields_set__ = {name for name in chosen if name in type(wire).model_fields}
    if context_url is not None:
        wire.odata_context = context_url
    return wire


def user(record: UserRecord, chosen: Sequence[str] = (), context_url: str | None = None) -> User:
    """A user as Graph serves it: every property (null when it has no value), or those chosen."""
    wire = User(
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
    )
    return _narrowed(wire, chosen, context_url)


def group(record: GroupRecord, chosen: Sequence[str] = (), context_url: str | None = None) -> Group:
    """A group as Graph serves it: every property (null when it has no value), or those chosen."""
    wire = Group(
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
    )
    return _narrowed(wire, chosen, context_url)


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
        companyName=None,
        userPrincipalName=record.user_principal_name,
        imAddress=f"sip:{record.user_principal_name}",
        scoredEmailAddresses=(
            []
            if record.mail is None
            else [ScoredEmailAddress(address=record.mail, relevanceScore=1.0)]
        ),
        phones=phones,
        personType=PersonType(class_="Person", subclass="OrganizationUser"),
    )


def people(records: Sequence[UserRecord], context_url: str) -> PersonCollection:
    """People, most relevant first."""
    return PersonCollection(odata_context=context_url, value=[person(r) for r in records])
