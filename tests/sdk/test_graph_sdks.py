"""The official Graph SDKs drive a real server: msgraph-sdk on /v1.0, msgraph-beta-sdk on /beta."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from kiota_abstractions.authentication import (
    AccessTokenProvider,
    AllowedHostsValidator,
    BaseBearerTokenAuthenticationProvider,
)
from kiota_abstractions.method import Method
from kiota_abstractions.request_information import RequestInformation
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph.generated.models.o_data_errors.o_data_error import ODataError
from msgraph_beta import (
    GraphRequestAdapter as BetaGraphRequestAdapter,
    GraphServiceClient as BetaGraphServiceClient,
)
from msgraph_beta.generated.models.o_data_errors.o_data_error import ODataError as BetaODataError
from msgraph_beta.generated.models.profile_photo import ProfilePhoto as BetaProfilePhoto
from msgraph_core.requests.batch_request_content import BatchRequestContent
from msgraph_core.requests.batch_request_item import BatchRequestItem
from PIL import Image

from graph_photos import Settings
from graph_photos.directory.file import DEMO_DIRECTORY
from graph_photos.identity.jwt import mint_token
from tests.credentials import TEST_SECRET
from tests.fixtures.images import photo_bytes
from tests.live_server import LiveServer, start_server

pytestmark = pytest.mark.anyio
UPN = "alice@contoso.com"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("sdk") / "data", {"PHOTOS_JWT_SECRET": TEST_SECRET})
    yield live
    live.stop()


class StaticTokenProvider(AccessTokenProvider):  # type: ignore[misc]
    def __init__(self, token: str) -> None:
        self.token = token

    async def get_authorization_token(
        self, uri: str, additional_authentication_context: Any = None
    ) -> str:
        return self.token

    def get_allowed_hosts_validator(self) -> AllowedHostsValidator:
        return AllowedHostsValidator(["127.0.0.1"])


def token(subject: str = "alice", scopes: tuple[str, ...] = ("ProfilePhoto.ReadWrite.All",)) -> str:
    return mint_token(Settings(jwt_secret=TEST_SECRET), subject=subject, scopes=scopes)


def v1_client(server: LiveServer, bearer: str | None = None) -> GraphServiceClient:
    adapter = GraphRequestAdapter(
        BaseBearerTokenAuthenticationProvider(StaticTokenProvider(bearer or token()))
    )
    adapter.base_url = f"{server.url}/v1.0"
    return GraphServiceClient(request_adapter=adapter)


def beta_adapter(server: LiveServer) -> BetaGraphRequestAdapter:
    adapter = BetaGraphRequestAdapter(
        BaseBearerTokenAuthenticationProvider(StaticTokenProvider(token()))
    )
    adapter.base_url = f"{server.url}/beta"
    return adapter


def decoded_size(data: bytes) -> tuple[int, int]:
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    return image.size


async def test_v1_sdk_full_photo_lifecycle(server: LiveServer) -> None:
    user = v1_client(server).users.by_user_id(UPN)

    answer = await user.photo.content.put(photo_bytes(300, 200, "PNG"))  # SDK: octet-stream
    assert answer is not None

    metadata = await user.photo.get()
    assert (metadata.id, metadata.width, metadata.height) == ("300x200", 300, 200)
    etag = metadata.additional_data["@odata.mediaEtag"]

    content = await user.photo.content.get()
    assert decoded_size(content) == (300, 200)

    sizes = await user.photos.get()
    assert [size.id for size in sizes.value] == ["48x48", "64x64", "96x96", "120x120"]

    one = await user.photos.by_profile_photo_id("96X96").get()
    assert (one.id, one.width, one.height) == ("96x96", 96, 96)
    assert decoded_size(await user.photos.by_profile_photo_id("96x96").content.get()) == (96, 96)

    await user.photo.delete()
    with pytest.raises(ODataError) as missing:
        await user.photo.get()
    assert missing.value.response_status_code == 404
    assert missing.value.error.code == "ImageNotFound"
    assert etag


async def test_v1_sdk_batches_photo_reads(server: LiveServer) -> None:
    """msgraph-core's `BatchRequestContent`: a batch of photo reads answers each with its
    bytes. An item with an absolute URL (what older msgraph-core releases sent, msgraph-sdk-python
    issue 1015) is refused with 400, as Graph refuses it."""
    client = v1_client(server)
    owners = {f"batch-{n}@contoso.com": photo_bytes(120 + n, 90) for n in range(3)}
    for owner, photo in owners.items():
        await client.users.by_user_id(owner).photo.content.put(photo)

    def item(owner: str) -> BatchRequestItem:
        info = client.users.by_user_id(owner).photo.content.to_get_request_information()
        return BatchRequestItem(info, id=owner)

    answers = await client.batch.post(BatchRequestContent({o: item(o) for o in owners}))
    assert set(answers.get_response_status_codes().values()) == {200}
    for owner in owners:
        stream = answers.get_response_stream_by_id(owner)
        assert stream is not None
        assert stream.read() == await client.users.by_user_id(owner).photo.content.get()

    absolute = item("batch-0@contoso.com")
    absolute.url = f"{server.url}/v1.0{absolute.url}"
    with pytest.raises(ODataError) as refused:
        await client.batch.post(
            BatchRequestContent({absolute.id: absolute}), error_map={"XXX": ODataError}
        )
    assert refused.value.response_status_code == 400
    assert "absolute URL" in refused.value.error.message


@pytest.mark.parametrize("path", ["metadata", "content", "size", "size_content"])
async def test_v1_sdk_raises_odata_error_for_a_missing_photo(server: LiveServer, path: str) -> None:
    user = v1_client(server).users.by_user_id("nobody@contoso.com")
    calls = {
        "metadata": user.photo.get,
        "content": user.photo.content.get,
        "size": user.photos.by_profile_photo_id("48x48").get,
        "size_content": user.photos.by_profile_photo_id("48x48").content.get,
    }

    with pytest.raises(ODataError) as raised:
        await calls[path]()

    assert raised.value.response_status_code == 404
    assert raised.value.error.code == "ImageNotFound"
    assert raised.value.error.inner_error is not None


@pytest.mark.parametrize("method", ["put", "delete"])
async def test_v1_sdk_writes_on_a_sizes_bytes_are_a_readable_method_not_allowed(
    server: LiveServer, method: str
) -> None:
    """The SDK offers `photos.by_profile_photo_id(size).content.put` and `.delete` (Graph's
    metadata makes every media entity writable); a size is made from the photo, so both answer
    `405 MethodNotAllowed`, which the SDK raises as a readable ODataError."""
    user = v1_client(server).users.by_user_id("sizes@contoso.com")
    await user.photo.content.put(photo_bytes(96, 96))
    size = user.photos.by_profile_photo_id("48x48").content
    with pytest.raises(ODataError) as raised:
        await (size.put(photo_bytes(48, 48)) if method == "put" else size.delete())
    assert raised.value.response_status_code == 405
    assert raised.value.error.code == "MethodNotAllowed"
    assert decoded_size(await size.get()) == (48, 48)  # unchanged


async def test_v1_sdk_me_and_groups(server: LiveServer) -> None:
    client = v1_client(
        server, token(subject="carol", scopes=("User.ReadWrite", "Group.ReadWrite.All"))
    )

    await client.me.photo.content.put(photo_bytes(64, 64))
    await client.groups.by_group_id("team-42").photo.content.put(photo_bytes(120, 90))

    assert (await client.me.photo.get()).id == "64x64"
    assert (await client.users.by_user_id("carol").photo.get()).id == "64x64"
    assert (await client.groups.by_group_id("team-42").photo.get()).id == "120x90"


async def test_v1_sdk_sees_authentication_and_permission_errors(server: LiveServer) -> None:
    reader = v1_client(server, token(scopes=("ProfilePhoto.Read.All",))).users.by_user_id("dave")
    with pytest.raises(ODataError) as forbidden:
        await reader.photo.content.put(photo_bytes())
    assert forbidden.value.response_status_code == 403
    assert forbidden.value.error.code == "Authorization_RequestDenied"

    stranger = v1_client(server, "not-a-jwt").users.by_user_id("dave")
    with pytest.raises(ODataError) as refused:
        await stranger.photo.get()
    assert refused.value.response_status_code == 401
    assert refused.value.error.code == "InvalidAuthenticationToken"


async def test_beta_sdk_uploads_lists_and_downloads(server: LiveServer) -> None:
    user = BetaGraphServiceClient(request_adapter=beta_adapter(server)).users.by_user_id(
        "erin@contoso.com"
    )

    await user.photo.content.put(photo_bytes(504, 504))

    assert (await user.photo.get()).id == "504x504"
    ids = [size.id for size in (await user.photos.get()).value]
    assert ids == ["48x48", "64x64", "96x96", "120x120", "240x240", "360x360", "432x432", "504x504"]
    assert decoded_size(await user.photos.by_profile_photo_id("432x432").content.get()) == (
        432,
        432,
    )
    await user.photo.delete()
    with pytest.raises(BetaODataError) as missing:
        await user.photos.by_profile_photo_id("48x48").get()
    assert missing.value.error.code == "ImageNotFound"


def seed_request(adapter: BetaGraphRequestAdapter, user_id: str) -> RequestInformation:
    info = RequestInformation(
        Method.POST, "{+baseurl}/users/{user%2Did}/photo", {"user%2Did": user_id}
    )
    info.path_parameters["baseurl"] = adapter.base_url
    info.headers.try_add("Accept", "application/json")
    return info


async def test_beta_seed_create_photo_through_the_request_adapter(server: LiveServer) -> None:
    adapter = beta_adapter(server)
    info = seed_request(adapter, "frank@contoso.com")
    info.set_content_from_parsable(
        adapter, "application/json", BetaProfilePhoto(height=96, width=96)
    )

    created = await adapter.send_async(info, BetaProfilePhoto, {"XXX": BetaODataError})

    assert (created.id, created.height, created.width) == ("96x96", 96, 96)
    client = BetaGraphServiceClient(request_adapter=adapter)
    photo = await client.users.by_user_id("frank@contoso.com").photo.content.get()
    assert decoded_size(photo) == (96, 96)

    with pytest.raises(BetaODataError) as conflict:
        await adapter.send_async(info, BetaProfilePhoto, {"XXX": BetaODataError})
    assert conflict.value.response_status_code == 409


async def test_beta_seed_literal_example_is_a_readable_odata_error(server: LiveServer) -> None:
    adapter = beta_adapter(server)
    info = seed_request(adapter, "grace@contoso.com")
    info.set_stream_content(
        b'{"@odata.type": "#microsoft.graph.profilePhoto", "height": "Int32", "width": "Int32"}',
        "application/json",
    )

    with pytest.raises(BetaODataError) as raised:
        await adapter.send_async(info, BetaProfilePhoto, {"XXX": BetaODataError})

    assert raised.value.response_status_code == 400
    assert raised.value.error.code == "RequestBodyRead"
    assert (
        raised.value.error.message
        == "Cannot convert the literal 'Int32' to the expected type 'Edm.Int32'."
    )


def test_server_log_has_no_tracebacks(server: LiveServer) -> None:
    assert "Traceback" not in server.log.read_text()


# The directory, through the SDKs, on a server as `make run` starts it (strict, demo tenants).
CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
ALICE_ID = "51f96e01-adf2-5400-abc7-239a88275446"
ALL_COMPANY_ID = "6bb7d7f1-2fda-5bfa-8dce-9efeef570afe"
BOB_ID = "1672f008-70db-5739-8d05-77b76b38ae9a"


@pytest.fixture(scope="module")
def directory_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(
        tmp_path_factory.mktemp("sdk-directory") / "data",
        {"PHOTOS_JWT_SECRET": TEST_SECRET, "PHOTOS_DIRECTORY": "strict",
         "PHOTOS_DIRECTORY_FILE": str(DEMO_DIRECTORY)},
    )  # fmt: skip
    yield live
    live.stop()


def alices_token(scopes: tuple[str, ...]) -> str:
    return mint_token(
        Settings(jwt_secret=TEST_SECRET),
        subject=ALICE_ID,
        scopes=scopes,
        tenant_id=CONTOSO,
        user_principal_name="alice@contoso.com",
    )


async def test_v1_sdk_reads_me_and_a_user_by_upn(directory_server: LiveServer) -> None:
    client = v1_client(directory_server, alices_token(("User.Read.All", "User.ReadWrite")))

    me = await client.me.get()
    assert (me.id, me.user_principal_name, me.display_name) == (
        ALICE_ID,
        "alice@contoso.com",
        "Alice Anderson",
    )
    # v1.0's default properties: no department or accountEnabled unless $select names them.
    assert (me.job_title, me.business_phones, me.account_enabled) == (
        "Product Manager",
        ["+1 425 555 0101"],
        None,
    )
    from kiota_abstractions.base_request_configuration import RequestConfiguration
    from msgraph.generated.users.item.user_item_request_builder import UserItemRequestBuilder

    selected: RequestConfiguration[Any] = RequestConfiguration(
        query_parameters=UserItemRequestBuilder.UserItemRequestBuilderGetQueryParameters(
            select=["id", "mail", "department", "accountEnabled", "proxyAddresses"]
        )
    )
    bob = await client.users.by_user_id("Bob@Contoso.com").get(request_configuration=selected)
    assert (bob.id, bob.mail, bob.department, bob.account_enabled, bob.proxy_addresses) == (
        BOB_ID,
        "bob@contoso.com",
        "Engineering",
        True,
        ["SMTP:bob@contoso.com"],
    )
    assert bob.display_name is None  # not selected

    # Her photo through /me is the one at her UPN and at her object id.
    await client.me.photo.content.put(photo_bytes(120, 90))
    by_upn = await client.users.by_user_id("alice@contoso.com").photo.get()
    by_id = await client.users.by_user_id(ALICE_ID).photo.get()
    assert by_upn.additional_data["@odata.mediaEtag"] == by_id.additional_data["@odata.mediaEtag"]

    with pytest.raises(ODataError) as unknown:
        await client.users.by_user_id("nobody@contoso.com").get()
    assert unknown.value.response_status_code == 404
    assert unknown.value.error.code == "Request_ResourceNotFound"


async def test_beta_sdk_reads_me(directory_server: LiveServer) -> None:
    adapter = BetaGraphRequestAdapter(
        BaseBearerTokenAuthenticationProvider(StaticTokenProvider(alices_token(("User.Read",))))
    )
    adapter.base_url = f"{directory_server.url}/beta"
    # The beta SDK spells it as a method: `me()` (a /users/me-token-to-replace that its
    # middleware turns into /me).
    me = await BetaGraphServiceClient(request_adapter=adapter).me().get()
    assert (me.id, me.user_principal_name) == (ALICE_ID, "alice@contoso.com")


async def test_v1_sdk_finds_people_with_its_query_parameters(directory_server: LiveServer) -> None:
    """The SDK's own builders: `%24filter`, `%24count`, `%24orderby`, `%24search`, `%24top`,
    `%24select`, the ConsistencyLevel header, the next link, and `users.count`."""
    from kiota_abstractions.base_request_configuration import RequestConfiguration
    from msgraph.generated.users.users_request_builder import UsersRequestBuilder

    client = v1_client(directory_server, alices_token(("User.Read.All",)))

    def advanced(**options: Any) -> RequestConfiguration[Any]:
        config: RequestConfiguration[Any] = RequestConfiguration(
            query_parameters=UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(**options)
        )
        config.headers.add("ConsistencyLevel", "eventual")
        return config

    first = await client.users.get(
        request_configuration=advanced(
            filter="endswith(mail,'@contoso.com')",
            count=True,
            orderby=["displayName desc"],
            top=4,
            select=["displayName", "mail"],
        )
    )
    assert first.odata_count == 6
    assert [user.display_name for user in first.value] == [
        "Frank Fischer", "Erin Eriksen", "Dave Dubois", "Carol Chen"
    ]  # fmt: skip
    assert first.odata_next_link is not None
    rest = await client.users.with_url(first.odata_next_link).get(request_configuration=advanced())
    assert [user.display_name for user in rest.value] == ["Bob Brown", "Alice Anderson"]
    assert rest.odata_next_link is None

    found = await client.users.get(
        request_configuration=advanced(
            search='"displayName:ande" OR "mail:ande"', count=True, select=["displayName"]
        )
    )
    assert [user.display_name for user in found.value] == ["Alice Anderson"]

    counted: RequestConfiguration[Any] = RequestConfiguration()
    counted.headers.add("ConsistencyLevel", "eventual")
    assert await client.users.count.get(request_configuration=counted) == 7
    # Without the header, Graph's refusal reaches the SDK as an ODataError.
    with pytest.raises(ODataError) as refused:
        await client.users.get(
            request_configuration=RequestConfiguration(
                query_parameters=UsersRequestBuilder.UsersRequestBuilderGetQueryParameters(
                    filter="endswith(mail,'@contoso.com')"
                )
            )
        )
    assert refused.value.error is not None
    assert refused.value.error.code == "Request_UnsupportedQuery"


async def test_v1_sdk_lists_a_groups_members_through_its_casts(
    directory_server: LiveServer,
) -> None:
    """`groups.by_group_id(...).members.get()` (users and groups, typed by `@odata.type`) and
    `.transitive_members.graph_user` with the query parameters of the Toolkit's group-scoped
    people picker."""
    from kiota_abstractions.base_request_configuration import RequestConfiguration
    from msgraph.generated.groups.item.transitive_members.graph_user.graph_user_request_builder import (  # noqa: E501
        GraphUserRequestBuilder,
    )
    from msgraph.generated.models.group import Group as SdkGroup
    from msgraph.generated.models.user import User as SdkUser

    client = v1_client(directory_server, alices_token(("GroupMember.Read.All",)))
    group = client.groups.by_group_id(ALL_COMPANY_ID)
    direct = await group.members.get()
    assert [(type(item), item.display_name) for item in direct.value] == [
        (SdkUser, "Frank Fischer"),
        (SdkUser, "Erin Eriksen"),
        (SdkGroup, "Design"),
        (SdkGroup, "Engineering"),
    ]
    config: RequestConfiguration[Any] = RequestConfiguration(
        query_parameters=GraphUserRequestBuilder.GraphUserRequestBuilderGetQueryParameters(
            filter="startswith(displayName,'c') or startswith(mail,'c')",
            count=True,
            top=5,
            select=["displayName", "mail"],
        )
    )
    config.headers.add("ConsistencyLevel", "eventual")
    found = await group.transitive_members.graph_user.get(request_configuration=config)
    assert found.odata_count == 1
    assert [(user.display_name, user.mail) for user in found.value] == [
        ("Carol Chen", "carol@contoso.com")
    ]


async def test_v1_sdk_writes_a_team_photo_and_lists_joined_teams(
    directory_server: LiveServer,
) -> None:
    """The team addresses through the SDK's own builders: a team photo's upload answers 204
    (the SDK returns no body), and every address reads the group's photo."""
    client = v1_client(
        directory_server, alices_token(("Team.ReadBasic.All", "TeamSettings.ReadWrite.All"))
    )
    design = "058f3133-de56-5c3c-a459-a1b53a1c186f"
    teams = await client.me.joined_teams.get()
    assert [(team.id, team.display_name, team.is_archived) for team in teams.value] == [
        (design, "Design", False)
    ]
    assert await client.groups.by_group_id(design).team.photo.content.put(
        photo_bytes(200, 200)
    ) in (
        None,
        b"",
    )
    by_group = await client.groups.by_group_id(design).team.photo.get()
    joined = client.users.by_user_id("alice@contoso.com").joined_teams.by_team_id(design)
    by_user = await joined.photo.get()
    assert (by_group.width, by_user.width) == (200, 200)
    assert decoded_size(await joined.photo.content.get()) == (200, 200)
    with pytest.raises(ODataError) as not_joined:
        await client.me.joined_teams.by_team_id("9ebd7499-da9c-5567-9c04-5b00112ef5ae").photo.get()
    assert not_joined.value.response_status_code == 404


async def test_v1_sdk_manages_contacts_folders_and_contact_photos(
    directory_server: LiveServer,
) -> None:
    """Contacts through the SDK's own builders, at each address form: its query parameters on
    a list (the Graph Toolkit's filter), a create in a child folder, a PATCH, a photo uploaded
    as application/octet-stream and read back elsewhere, folders, and a delete."""
    from kiota_abstractions.base_request_configuration import RequestConfiguration
    from msgraph.generated.models.contact import Contact
    from msgraph.generated.models.contact_folder import ContactFolder
    from msgraph.generated.models.email_address import EmailAddress
    from msgraph.generated.users.item.contacts.contacts_request_builder import (
        ContactsRequestBuilder,
    )

    client = v1_client(directory_server, alices_token(("Contacts.ReadWrite",)))
    everyone = await client.me.contacts.get()
    assert [contact.display_name for contact in everyone.value] == ["Pat Kim", "Dana Lee"]
    query = ContactsRequestBuilder.ContactsRequestBuilderGetQueryParameters(
        filter="emailAddresses/any(a:a/address eq 'pat.kim@fabrikam.example')",
        select=["displayName", "emailAddresses"],
        top=5,
    )
    found = await client.me.contacts.get(RequestConfiguration(query_parameters=query))
    assert [(c.id, c.display_name, c.job_title) for c in found.value] == [
        ("AAMkAGPatKim", "Pat Kim", None)  # not selected
    ]
    assert found.value[0].email_addresses[0].address == "pat.kim@fabrikam.example"
    query = ContactsRequestBuilder.ContactsRequestBuilderGetQueryParameters(
        orderby=["displayName desc"], count=True, top=1
    )
    ordered = await client.me.contacts.get(RequestConfiguration(query_parameters=query))
    assert [contact.display_name for contact in ordered.value] == ["Pat Kim"]
    assert ordered.odata_count == 2
    rest = await client.me.contacts.with_url(ordered.odata_next_link).get()
    assert [contact.display_name for contact in rest.value] == ["Dana Lee"]

    suppliers = client.me.contact_folders.by_contact_folder_id("AAMkAGSuppliers")
    printing = suppliers.child_folders.by_contact_folder_id1("AAMkAGPrinting")
    made = await printing.contacts.post(
        Contact(
            given_name="Noor",
            surname="Haddad",
            email_addresses=[EmailAddress(address="noor@litware.example", name="Noor Haddad")],
        )
    )
    assert (made.display_name, made.parent_folder_id) == ("Noor Haddad", "AAMkAGPrinting")
    mine = client.users.by_user_id("alice@contoso.com").contacts.by_contact_id(made.id)
    patched = await mine.patch(Contact(job_title="Illustrator"))
    assert (patched.job_title, patched.given_name) == ("Illustrator", "Noor")

    await suppliers.contacts.by_contact_id("AAMkAGSamOrtiz").photo.content.put(photo_bytes(96, 96))
    sam = client.me.contacts.by_contact_id("AAMkAGSamOrtiz")
    assert ((await sam.photo.get()).width, (await sam.photo.get()).height) == (96, 96)
    assert decoded_size(await sam.photo.content.get()) == (96, 96)
    await printing.contacts.by_contact_id(made.id).photo.content.put(photo_bytes(120, 120))
    assert decoded_size(await mine.photo.content.get()) == (120, 120)

    partners = await client.me.contact_folders.post(ContactFolder(display_name="Partners"))
    folders = await client.me.contact_folders.get()
    assert [folder.display_name for folder in folders.value] == ["Partners", "Suppliers"]
    children = await suppliers.child_folders.get()
    assert [folder.id for folder in children.value] == ["AAMkAGPrinting"]
    await client.me.contact_folders.by_contact_folder_id(partners.id).delete()

    await mine.delete()
    with pytest.raises(ODataError) as gone:
        await mine.photo.content.get()
    assert gone.value.response_status_code == 404
    assert gone.value.error.code == "ErrorItemNotFound"
