# DO NOT EDIT: generated from spec/openapi.yaml by `make generate` (datamodel-code-generator).
# Any change made here is lost at the next generation and fails `make check-generated`.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class ProfilePhoto(BaseModel):
    """
    A profile photo (or one standard size of it) as Graph returns it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[
        str | None,
        Field(
            alias='@odata.context',
            examples=["http://127.0.0.1:8000/beta/$metadata#users('alice%40contoso.com')/photo/$entity"],
        ),
    ] = None
    """
    The OData context URL of this resource, on this server (absent in collections).
    """
    odata_media_content_type: Annotated[
        Literal['image/jpeg'], Field(alias='@odata.mediaContentType')
    ]
    """
    The media type of the photo's bytes; always `image/jpeg`.
    """
    odata_media_etag: Annotated[
        str, Field(alias='@odata.mediaEtag', examples=['"3F2A9C01D4E5B6A7"'])
    ]
    """
    The ETag of the bytes, as served in the `ETag` header of `$value`.
    """
    id: Annotated[str, Field(examples=['96x96'])]
    """
    The size as `{width}x{height}`.
    """
    height: Annotated[int, Field(ge=1)]
    """
    Height in pixels.
    """
    width: Annotated[int, Field(ge=1)]
    """
    Width in pixels.
    """


class ProfilePhotoCollection(BaseModel):
    """
    The standard sizes of a photo.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    value: list[ProfilePhoto]


class ProfilePhotoCreate(BaseModel):
    """
    The body of "Create photo": a profilePhoto with the dimensions to render. `id` is
    read-only and may not be sent.

    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.profilePhoto'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted.
    """
    id: str | None = None
    """
    Read-only; assigned by the server as `{width}x{height}`.
    """
    height: Annotated[int, Field(ge=1, le=2048)]
    """
    Height in pixels of the placeholder to render (1 to 2048).
    """
    width: Annotated[int, Field(ge=1, le=2048)]
    """
    Width in pixels of the placeholder to render (1 to 2048).
    """


class ProfilePhotoUpdate(BaseModel):
    """
    The body of a metadata PATCH. Every property of a profilePhoto derives from its bytes, so
    all are read-only here; only `@odata.type` may be sent.

    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.profilePhoto'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted.
    """
    id: str | None = None
    """
    Read-only.
    """
    height: int | None = None
    """
    Read-only; follows from the uploaded bytes.
    """
    width: int | None = None
    """
    Read-only; follows from the uploaded bytes.
    """


class User(BaseModel):
    """
    A user of the tenant (`microsoft.graph.user`), with the properties clients read. Every
    property is present unless `$select` names others; absent values are `null`.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this resource, on this server (absent in collections).
    """
    id: str | None = None
    """
    The object id (a GUID).
    """
    userPrincipalName: str | None = None
    displayName: str | None = None
    givenName: str | None = None
    surname: str | None = None
    mail: str | None = None
    jobTitle: str | None = None
    department: str | None = None
    officeLocation: str | None = None
    mobilePhone: str | None = None
    businessPhones: list[str] | None = None
    preferredLanguage: str | None = None
    userType: str | None = None
    """
    `Member` or `Guest`.
    """
    accountEnabled: bool | None = None


class UserCollection(BaseModel):
    """
    A page of users.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    odata_next_link: Annotated[str | None, Field(alias='@odata.nextLink')] = None
    """
    The URL of the next page; absent on the last page.
    """
    value: list[User]


class Group(BaseModel):
    """
    A group of the tenant (`microsoft.graph.group`). Every property is present unless
    `$select` names others; `resourceProvisioningOptions` holds `Team` when a team is built
    on the group (its photo is then `/teams/{id}/photo`).

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this resource, on this server (absent in collections).
    """
    id: str | None = None
    """
    The object id (a GUID).
    """
    displayName: str | None = None
    description: str | None = None
    mail: str | None = None
    mailEnabled: bool | None = None
    securityEnabled: bool | None = None
    resourceProvisioningOptions: list[str] | None = None


class GroupCollection(BaseModel):
    """
    A page of groups.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    odata_next_link: Annotated[str | None, Field(alias='@odata.nextLink')] = None
    """
    The URL of the next page; absent on the last page.
    """
    value: list[Group]


class InnerError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    date: Annotated[str, Field(examples=['2026-11-26T17:21:34'])]
    """
    When the error happened, UTC, ISO 8601 without offset.
    """
    request_id: Annotated[str, Field(alias='request-id')]
    """
    Equals the response's `request-id` header.
    """
    client_request_id: Annotated[str | None, Field(alias='client-request-id')] = None
    """
    The request's `client-request-id` header, when one was sent.
    """


class MainError(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    code: str
    """
    A Graph error code such as `ImageNotFound`.
    """
    message: str
    """
    A human-readable description of the error.
    """
    inner_error: Annotated[InnerError, Field(alias='innerError')]


class ODataError(BaseModel):
    """
    The Graph error envelope.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    error: MainError
