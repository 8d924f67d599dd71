"""Conversion from domain records to the generated wire models (and their JSON form)."""

from __future__ import annotations

from typing import Any

from graph_photos.directory.model import Group as GroupRecord, User as UserRecord
from graph_photos.domain.records import PhotoInfo, SizeInfo
from graph_photos.generated.models import Group, ProfilePhoto, ProfilePhotoCollection, User


def _wire(etag: str, width: int, height: int, context_url: str | None) -> ProfilePhoto:
    return ProfilePhoto(
        odata_context=context_url,
        odata_media_content_type="image/jpeg",
        odata_media_etag=etag,
        id=f"{width}x{height}",
        height=height,
        width=width,
    )


def _json(model: ProfilePhoto | ProfilePhotoCollection) -> dict[str, Any]:
    return model.model_dump(mode="json", by_alias=True, exclude_none=True)


def profile_photo(info: PhotoInfo, context_url: str) -> dict[str, Any]:
    """The profilePhoto JSON of a stored photo, as Graph serves it."""
    return _json(_wire(info.etag, info.width, info.height, context_url))


def size_photo(size: SizeInfo, context_url: str) -> dict[str, Any]:
    """The profilePhoto JSON of one standard size."""
    return _json(_wire(size.etag, size.side, size.side, context_url))


def photo_collection(sizes: tuple[SizeInfo, ...], context_url: str) -> dict[str, Any]:
    """The `/photos` collection JSON: every standard size, smallest first."""
    items = [_wire(size.etag, size.side, size.side, None) for size in sizes]
    return _json(ProfilePhotoCollection(odata_context=context_url, value=items))


def user(record: UserRecord) -> dict[str, Any]:
    """A user's JSON as Graph serves it: every property, null when it has no value."""
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
    return wire.model_dump(mode="json", by_alias=True, exclude={"odata_context"})


def group(record: GroupRecord) -> dict[str, Any]:
    """A group's JSON as Graph serves it: every property, null when it has no value."""
    wire = Group(
        id=record.id,
        displayName=record.display_name,
        description=record.description,
        mail=record.mail,
        mailEnabled=record.mail_enabled,
        securityEnabled=record.security_enabled,
        resourceProvisioningOptions=["Team"] if record.has_team else [],
    )
    return wire.model_dump(mode="json", by_alias=True, exclude={"odata_context"})
