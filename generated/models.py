# DO NOT EDIT: generated from spec/openapi.yaml by `make generate` (datamodel-code-generator).
# Any change made here is lost at the next generation and fails `make check-generated`.

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Dict, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel


class Method(StrEnum):
    GET = 'GET'
    HEAD = 'HEAD'
    POST = 'POST'
    PUT = 'PUT'
    PATCH = 'PATCH'
    DELETE = 'DELETE'
    get = 'get'
    head = 'head'
    post = 'post'
    put = 'put'
    patch = 'patch'
    delete = 'delete'


class BatchRequestItem(BaseModel):
    """
    One request of a batch.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: Annotated[str, Field(min_length=1)]
    """
    Unique in the batch, ignoring case; names the item's answer.
    """
    method: Method
    url: Annotated[str, Field(min_length=1)]
    """
    Relative to the version, e.g. `/users/x/photo/$value` or `users/x`.
    """
    headers: dict[str, str] | None = None
    body: Any | None = None
    """
    JSON, or base64 text when the item's Content-Type is not JSON.
    """
    dependsOn: list[str] | None = None


class Headers(BaseModel):
    model_config = ConfigDict(
        extra='allow',
        populate_by_name=True,
    )
    __annotations__ = {
        '__pydantic_extra__': Dict[str, str],
    }
    request_id: Annotated[str | None, Field(alias='request-id')] = None
    """
    The item's own request-id.
    """
    ETag: str | None = None
    """
    The ETag of a photo's bytes.
    """


class BatchResponseItem(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str
    status: int
    headers: Headers | None = None
    body: Any | None = None
    """
    JSON, or base64 text for a binary answer (its Content-Type is in headers).
    """


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
            examples=["http://127.0.0.1:8000/beta/$metadata#users('51f96e01-adf2-5400-abc7-239a88275446')/photo/$entity"],
        ),
    ] = None
    """
    The OData context URL of this resource, on this server (absent in collections); it
    names the owner by object id (volatile in examples, which serve every kind of owner).

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
    The OData context URL of the collection, on this server (names the owner).
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
    A user of the tenant (`microsoft.graph.user`): every property of Graph's v1.0 user may be
    named in `$select`. Without `$select`, v1.0 answers Graph's default set (the 11 of
    `x-default-properties`), beta every property this service keeps. Properties it does not
    keep are `null` (collections `[]`).

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this resource, on this server (absent in collections).
    """
    odata_type: Annotated[str | None, Field(alias='@odata.type')] = None
    """
    `#microsoft.graph.user`, in a collection of users and groups (a group's members).
    """
    id: str | None = None
    """
    The object id (a GUID).
    """
    deletedDateTime: AwareDatetime | None = None
    signInActivity: dict[str, Any] | None = None
    accountEnabled: bool | None = None
    ageGroup: str | None = None
    assignedLicenses: list[dict[str, Any]] | None = None
    assignedPlans: list[dict[str, Any]] | None = None
    authorizationInfo: dict[str, Any] | None = None
    businessPhones: list[str] | None = None
    city: str | None = None
    companyName: str | None = None
    consentProvidedForMinor: str | None = None
    country: str | None = None
    createdDateTime: AwareDatetime | None = None
    creationType: str | None = None
    customSecurityAttributes: dict[str, Any] | None = None
    department: str | None = None
    displayName: str | None = None
    employeeHireDate: AwareDatetime | None = None
    employeeId: str | None = None
    employeeLeaveDateTime: AwareDatetime | None = None
    employeeOrgData: dict[str, Any] | None = None
    employeeType: str | None = None
    externalUserState: str | None = None
    externalUserStateChangeDateTime: AwareDatetime | None = None
    faxNumber: str | None = None
    givenName: str | None = None
    identities: list[dict[str, Any]] | None = None
    imAddresses: list[str] | None = None
    isManagementRestricted: bool | None = None
    isResourceAccount: bool | None = None
    jobTitle: str | None = None
    lastPasswordChangeDateTime: AwareDatetime | None = None
    legalAgeGroupClassification: str | None = None
    licenseAssignmentStates: list[dict[str, Any]] | None = None
    mail: str | None = None
    mailNickname: str | None = None
    mobilePhone: str | None = None
    officeLocation: str | None = None
    onPremisesDistinguishedName: str | None = None
    onPremisesDomainName: str | None = None
    onPremisesExtensionAttributes: dict[str, Any] | None = None
    onPremisesImmutableId: str | None = None
    onPremisesLastSyncDateTime: AwareDatetime | None = None
    onPremisesProvisioningErrors: list[dict[str, Any]] | None = None
    onPremisesSamAccountName: str | None = None
    onPremisesSecurityIdentifier: str | None = None
    onPremisesSyncEnabled: bool | None = None
    onPremisesUserPrincipalName: str | None = None
    otherMails: list[str] | None = None
    """
    Other addresses of the user (filter with `otherMails/any(m:m eq 'x')`).
    """
    passwordPolicies: str | None = None
    passwordProfile: dict[str, Any] | None = None
    postalCode: str | None = None
    preferredDataLocation: str | None = None
    preferredLanguage: str | None = None
    provisionedPlans: list[dict[str, Any]] | None = None
    proxyAddresses: list[str] | None = None
    """
    Addresses mail reaches the user at, with their protocol (`SMTP:alice@contoso.com`).
    """
    securityIdentifier: str | None = None
    serviceProvisioningErrors: list[dict[str, Any]] | None = None
    showInAddressList: bool | None = None
    signInSessionsValidFromDateTime: AwareDatetime | None = None
    state: str | None = None
    streetAddress: str | None = None
    surname: str | None = None
    usageLocation: str | None = None
    userPrincipalName: str | None = None
    userType: str | None = None
    """
    `Member` or `Guest`.
    """
    mailboxSettings: dict[str, Any] | None = None
    deviceEnrollmentLimit: int | None = None
    print: dict[str, Any] | None = None
    aboutMe: str | None = None
    birthday: AwareDatetime | None = None
    hireDate: AwareDatetime | None = None
    interests: list[str] | None = None
    mySite: str | None = None
    pastProjects: list[str] | None = None
    preferredName: str | None = None
    responsibilities: list[str] | None = None
    schools: list[str] | None = None
    skills: list[str] | None = None


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
    The URL of the next page (its `$skiptoken` is opaque); absent on the last page.
    """
    odata_count: Annotated[int | None, Field(alias='@odata.count', ge=0)] = None
    """
    How many users the query finds on all pages; the first page of an advanced query with `$count=true` only.
    """
    value: list[User]


class Group(BaseModel):
    """
    A group of the tenant (`microsoft.graph.group`): every property of Graph's v1.0 group may
    be named in `$select`; without it, Graph's default set (`x-default-properties`).
    `resourceProvisioningOptions` holds `Team` when a team is built on the group (its photo
    is then `/teams/{id}/photo`). Properties this service does not keep are `null`
    (collections `[]`).

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this resource, on this server (absent in collections).
    """
    odata_type: Annotated[str | None, Field(alias='@odata.type')] = None
    """
    `#microsoft.graph.group`, in a collection of users and groups (a group's members).
    """
    id: str | None = None
    """
    The object id (a GUID).
    """
    deletedDateTime: AwareDatetime | None = None
    assignedLabels: list[dict[str, Any]] | None = None
    assignedLicenses: list[dict[str, Any]] | None = None
    classification: str | None = None
    createdDateTime: AwareDatetime | None = None
    description: str | None = None
    displayName: str | None = None
    expirationDateTime: AwareDatetime | None = None
    groupTypes: list[str] | None = None
    """
    `["Unified"]` for a Microsoft 365 group; `[]` for security and distribution groups.
    """
    hasMembersWithLicenseErrors: bool | None = None
    isAssignableToRole: bool | None = None
    isManagementRestricted: bool | None = None
    licenseProcessingState: dict[str, Any] | None = None
    mail: str | None = None
    mailEnabled: bool | None = None
    mailNickname: str | None = None
    membershipRule: str | None = None
    membershipRuleProcessingState: str | None = None
    onPremisesDomainName: str | None = None
    onPremisesLastSyncDateTime: AwareDatetime | None = None
    onPremisesNetBiosName: str | None = None
    onPremisesProvisioningErrors: list[dict[str, Any]] | None = None
    onPremisesSamAccountName: str | None = None
    onPremisesSecurityIdentifier: str | None = None
    onPremisesSyncEnabled: bool | None = None
    preferredDataLocation: str | None = None
    preferredLanguage: str | None = None
    proxyAddresses: list[str] | None = None
    renewedDateTime: AwareDatetime | None = None
    securityEnabled: bool | None = None
    securityIdentifier: str | None = None
    serviceProvisioningErrors: list[dict[str, Any]] | None = None
    theme: str | None = None
    uniqueName: str | None = None
    visibility: str | None = None
    """
    `Public`, `Private` or `HiddenMembership`.
    """
    allowExternalSenders: bool | None = None
    autoSubscribeNewMembers: bool | None = None
    hideFromAddressLists: bool | None = None
    hideFromOutlookClients: bool | None = None
    isSubscribedByMail: bool | None = None
    unseenCount: int | None = None
    isArchived: bool | None = None
    resourceProvisioningOptions: list[str] | None = None
    """
    `["Team"]` when a team is built on the group.
    """


class ScoredEmailAddress(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    address: str | None = None
    relevanceScore: float | None = None


class Phone(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    type: str | None = None
    """
    `business`, `mobile`, ...
    """
    number: str | None = None


class PersonType(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    class_: Annotated[str | None, Field(alias='class')] = None
    """
    `Person` or `Group`.
    """
    subclass: str | None = None
    """
    `OrganizationUser`, `UnifiedGroup`, `PersonalContact`, ...
    """


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
    The URL of the next page (its `$skiptoken` is opaque); absent on the last page.
    """
    odata_count: Annotated[int | None, Field(alias='@odata.count', ge=0)] = None
    """
    How many groups the query finds on all pages; the first page of an advanced query with `$count=true` only.
    """
    value: list[Group]


class Team(BaseModel):
    """
    A team in Microsoft Teams, as `joinedTeams` lists it: its id is the object id of the group
    it is built on. Without `$select`, the five properties Graph's list tells (id,
    displayName, description, isArchived, tenantId); `$select` may name the others.

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str | None = None
    """
    The team's id (its group's object id).
    """
    displayName: str | None = None
    """
    The team's (its group's) name.
    """
    description: str | None = None
    """
    The team's (its group's) description.
    """
    isArchived: bool | None = None
    """
    Whether the team is archived (teams here never are).
    """
    tenantId: str | None = None
    """
    The id of the tenant the team belongs to.
    """
    internalId: str | None = None
    """
    Graph's internal id of the team (not kept here; null).
    """
    classification: str | None = None
    """
    The team's classification (not kept here; null).
    """
    specialization: str | None = None
    """
    The team's specialization (not kept here; null).
    """
    visibility: str | None = None
    """
    The team's visibility (not kept here; null).
    """
    webUrl: str | None = None
    """
    The team's address in Teams (not kept here; null).
    """
    isMembershipLimitedToOwners: bool | None = None
    """
    Whether only owners may manage members (not kept here; null).
    """
    createdDateTime: AwareDatetime | None = None
    """
    When the team was made (not kept here; null).
    """


class TeamCollection(BaseModel):
    """
    The teams a user is a direct member of, by name; one page.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    value: list[Team]


class EmailAddress(BaseModel):
    """
    An e-mail address of a contact, with the name shown for it.
    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.emailAddress'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted.
    """
    address: Annotated[str | None, Field(max_length=320, pattern='^[^\\x00]*$')] = None
    """
    The e-mail address.
    """
    name: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    """
    The name shown for it.
    """


class ImAddress(RootModel[str]):
    root: Annotated[str, Field(pattern='^[^\\x00]*$')]


class BusinessPhone(RootModel[str]):
    root: Annotated[str, Field(pattern='^[^\\x00]*$')]


class HomePhone(RootModel[str]):
    root: Annotated[str, Field(pattern='^[^\\x00]*$')]


class Category(RootModel[str]):
    root: Annotated[str, Field(pattern='^[^\\x00]*$')]


class ContactWrite(BaseModel):
    """
    The body of a contact's create or update: the properties a client sets (all optional;
    in an update `null` clears one). The server sets `id`, `parentFolderId`, the dates and
    `changeKey`: sending one is `400`, as is an unknown property.

    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.contact'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted (the SDKs send it).
    """
    displayName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    """
    The name shown for the contact; when not sent, the given, middle and surname joined.
    """
    givenName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    middleName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    surname: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    nickName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    title: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    """
    The contact's title (Mr., Dr.).
    """
    emailAddresses: Annotated[list[EmailAddress] | None, Field(max_length=3)] = None
    """
    At most three, as an Outlook contact holds.
    """
    imAddresses: Annotated[list[ImAddress] | None, Field(max_length=3)] = None
    businessPhones: Annotated[list[BusinessPhone] | None, Field(max_length=2)] = None
    homePhones: Annotated[list[HomePhone] | None, Field(max_length=2)] = None
    mobilePhone: Annotated[str | None, Field(max_length=64, pattern='^[^\\x00]*$')] = None
    companyName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    department: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    jobTitle: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    officeLocation: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    personalNotes: Annotated[str | None, Field(max_length=8192, pattern='^[^\\x00]*$')] = None
    categories: Annotated[list[Category] | None, Field(max_length=50)] = None


class Contact(BaseModel):
    """
    An Outlook contact of a user's mailbox, as Graph returns it.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.contact'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted (the SDKs send it).
    """
    displayName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    """
    The name shown for the contact; when not sent, the given, middle and surname joined.
    """
    givenName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    middleName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    surname: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    nickName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    title: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    """
    The contact's title (Mr., Dr.).
    """
    emailAddresses: Annotated[list[EmailAddress] | None, Field(max_length=3)] = None
    """
    At most three, as an Outlook contact holds.
    """
    imAddresses: Annotated[list[ImAddress] | None, Field(max_length=3)] = None
    businessPhones: Annotated[list[BusinessPhone] | None, Field(max_length=2)] = None
    homePhones: Annotated[list[HomePhone] | None, Field(max_length=2)] = None
    mobilePhone: Annotated[str | None, Field(max_length=64, pattern='^[^\\x00]*$')] = None
    companyName: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    department: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    jobTitle: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    officeLocation: Annotated[str | None, Field(max_length=256, pattern='^[^\\x00]*$')] = None
    personalNotes: Annotated[str | None, Field(max_length=8192, pattern='^[^\\x00]*$')] = None
    categories: Annotated[list[Category] | None, Field(max_length=50)] = None
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this contact, on this server (absent in collections).
    """
    odata_etag: Annotated[str | None, Field(alias='@odata.etag')] = None
    """
    The contact's version, `W/"<changeKey>"`.
    """
    id: str
    """
    The contact's id, set by the server.
    """
    parentFolderId: str | None = None
    """
    The id of the folder that holds the contact.
    """
    createdDateTime: AwareDatetime | None = None
    """
    When the contact was created (UTC).
    """
    lastModifiedDateTime: AwareDatetime | None = None
    """
    When the contact last changed (UTC).
    """
    changeKey: str | None = None
    """
    The version of the contact; changes with every update.
    """


class ContactCollection(BaseModel):
    """
    One page of a folder's contacts.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    odata_count: Annotated[int | None, Field(alias='@odata.count')] = None
    """
    How many contacts the query finds on all pages (`$count=true`).
    """
    odata_next_link: Annotated[str | None, Field(alias='@odata.nextLink')] = None
    """
    The next page, while more remain.
    """
    value: list[Contact]


class ContactFolderCreate(BaseModel):
    """
    The body of a contact folder's create.
    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.contactFolder'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted.
    """
    displayName: Annotated[str, Field(max_length=256, min_length=1, pattern='^[^\\x00]*$')]
    """
    The folder's name, unique among the folders beside it (ignoring case).
    """


class ContactFolderUpdate(BaseModel):
    """
    The body of a contact folder's update.
    """

    model_config = ConfigDict(
        extra='forbid',
        populate_by_name=True,
    )
    odata_type: Annotated[
        Literal['#microsoft.graph.contactFolder'] | None, Field(alias='@odata.type')
    ] = None
    """
    The OData type; optional, and only this value is accepted.
    """
    displayName: Annotated[
        str | None, Field(max_length=256, min_length=1, pattern='^[^\\x00]*$')
    ] = None
    """
    The folder's new name, unique among the folders beside it (ignoring case).
    """


class ContactFolder(BaseModel):
    """
    A folder of contacts in a user's mailbox.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str | None, Field(alias='@odata.context')] = None
    """
    The OData context URL of this folder, on this server (absent in collections).
    """
    id: str
    """
    The folder's id, set by the server.
    """
    displayName: str
    """
    The folder's name.
    """
    parentFolderId: str
    """
    The id of the folder that holds it (the default folder's is the mailbox's root).
    """


class ContactFolderCollection(BaseModel):
    """
    One page of a folder's child folders.
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
    The next page, while more remain.
    """
    value: list[ContactFolder]


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


class BatchRequest(BaseModel):
    """
    One to 20 requests. Beyond what this schema says, the batch is refused (400 BadRequest)
    when ids repeat ignoring case, a dependsOn names no item or makes a cycle, a url is
    absolute or a $batch, or a body has no Content-Type (or is not base64 for a non-JSON one).

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    requests: Annotated[list[BatchRequestItem], Field(max_length=20, min_length=1)]


class BatchResponse(BaseModel):
    model_config = ConfigDict(
        populate_by_name=True,
    )
    responses: list[BatchResponseItem]


class DirectoryObjectCollection(BaseModel):
    """
    A page of directory objects (users and groups), each with its `@odata.type`.
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
    The URL of the next page (its `$skiptoken` is opaque); absent on the last page.
    """
    odata_count: Annotated[int | None, Field(alias='@odata.count', ge=0)] = None
    """
    How many objects the query finds on all pages; the first page of an advanced query with `$count=true` only.
    """
    value: list[User | Group]


class Person(BaseModel):
    """
    A person relevant to the subject (`microsoft.graph.person`): here a user of the tenant
    (`personType` Person, OrganizationUser), one of its Microsoft 365 groups (Group,
    UnifiedGroup; its `userPrincipalName` is empty) or one of the subject's Outlook contacts
    (Person, PersonalContact; its `id` is the contact's, its `userPrincipalName` null).

    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    id: str | None = None
    """
    The user's (or group's) object id, or the contact's id.
    """
    displayName: str | None = None
    givenName: str | None = None
    surname: str | None = None
    jobTitle: str | None = None
    department: str | None = None
    officeLocation: str | None = None
    companyName: str | None = None
    userPrincipalName: str | None = None
    imAddress: str | None = None
    scoredEmailAddresses: list[ScoredEmailAddress] | None = None
    phones: list[Phone] | None = None
    personType: PersonType | None = None


class PersonCollection(BaseModel):
    """
    People, most relevant first.
    """

    model_config = ConfigDict(
        populate_by_name=True,
    )
    odata_context: Annotated[str, Field(alias='@odata.context')]
    """
    The OData context URL of the collection, on this server.
    """
    value: list[Person]


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
