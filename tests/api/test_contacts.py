"""The contacts of a mailbox, their folders and their photos, at every address Graph gives them.

The demo directory gives Alice two contacts in her default folder (Pat Kim, Dana Lee), a
Suppliers folder with Sam Ortiz and, in it, a Printing folder with Rae Chen. Every test runs on
SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.api.test_directory import ALICE, BOB, CONTOSO, FABRIKAM, JPEG, graph_error
from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

READ = ("Contacts.Read",)
WRITE = ("Contacts.ReadWrite",)
DEFAULT = f"Contacts-{ALICE}"
SUPPLIERS = "AAMkAGSuppliers"
PRINTING = "AAMkAGPrinting"
PAT, DANA, SAM, RAE = "AAMkAGPatKim", "AAMkAGDanaLee", "AAMkAGSamOrtiz", "AAMkAGRaeChen"
# Every address of each of Alice's contacts' folder (the default folder's two forms too).
FOLDER_ADDRESSES = {
    PAT: ["/v1.0/me/contacts", f"/beta/users/alice@contoso.com/contactFolders/{DEFAULT}/contacts"],
    SAM: [
        f"/v1.0/me/contactFolders/{SUPPLIERS}/contacts",
        f"/v1.0/users/{ALICE}/contactFolders/{SUPPLIERS.lower()}/contacts",
    ],
    RAE: [
        f"/v1.0/me/contactFolders/{SUPPLIERS}/childFolders/{PRINTING}/contacts",
        f"/beta/users/ALICE@contoso.com/contactFolders/{SUPPLIERS}/childFolders/{PRINTING}/contacts",
        f"/v1.0/me/contactFolders/{PRINTING}/contacts",
    ],
}


@pytest.fixture
def client(make_client: Callable[..., TestClient], database_url: str) -> TestClient:
    """The demo directory, on SQLite and PostgreSQL in turn."""
    return make_client(directory="strict", directory_file=None, database_url=database_url)


def _alice(*scopes: str) -> dict[str, str]:
    return bearer(subject=ALICE, scopes=scopes or (*READ, *WRITE), tenant_id=CONTOSO)


def _names(page: dict[str, Any]) -> list[str]:
    return [contact["displayName"] for contact in page["value"]]


def test_the_default_folder_lists_creates_updates_and_deletes(client: TestClient) -> None:
    alice = _alice()
    listed = client.get("/v1.0/me/contacts", headers=alice)
    assert listed.status_code == 200, listed.text
    assert _names(listed.json()) == ["Pat Kim", "Dana Lee"]  # oldest first
    created = client.post(
        "/v1.0/me/contacts",
        json={
            "givenName": "Ana",
            "middleName": "B.",
            "surname": "Costa",
            "emailAddresses": [{"address": "ana@litware.example"}],
        },
        headers=alice,
    )
    assert created.status_code == 201, created.text
    contact = created.json()
    assert contact["displayName"] == "Ana B. Costa"  # made of the names, as Outlook shows it
    long = client.post("/v1.0/me/contacts", json={"givenName": "G" * 200, "surname": "S" * 200},
                       headers=alice)  # fmt: skip
    assert long.json()["displayName"] == ("G" * 200 + " " + "S" * 200)[:256]  # no longer than one
    client.delete(f"/v1.0/me/contacts/{long.json()['id']}", headers=alice)
    assert contact["parentFolderId"] == DEFAULT
    assert contact["emailAddresses"] == [{"name": None, "address": "ana@litware.example"}]
    assert contact["@odata.etag"] == f'W/"{contact["changeKey"]}"'
    location = created.headers["location"]
    assert location == f"http://testserver/v1.0/users/{ALICE}/contacts/{contact['id']}"
    assert client.get(location, headers=alice).json()["id"] == contact["id"]
    assert _names(client.get("/v1.0/me/contacts", headers=alice).json())[-1] == "Ana B. Costa"

    patched = client.patch(
        f"/v1.0/me/contacts/{contact['id'].lower()}",
        json={"jobTitle": "Editor", "middleName": None},
        headers=alice,
    )
    assert patched.status_code == 200, patched.text
    after = patched.json()
    assert (after["jobTitle"], after["middleName"], after["surname"]) == ("Editor", None, "Costa")
    assert after["changeKey"] != contact["changeKey"]
    assert after["createdDateTime"] == contact["createdDateTime"]
    assert after["lastModifiedDateTime"] >= contact["lastModifiedDateTime"]

    deleted = client.delete(f"/v1.0/me/contacts/{contact['id']}", headers=alice)
    assert (deleted.status_code, deleted.content) == (204, b"")
    gone = client.get(f"/v1.0/me/contacts/{contact['id']}", headers=alice)
    assert graph_error(gone, 404, "ErrorItemNotFound") == (
        "The specified object was not found in the store."
    )
    graph_error(
        client.delete(f"/v1.0/me/contacts/{contact['id']}", headers=alice), 404, "ErrorItemNotFound"
    )


def test_every_address_of_a_folder_lists_its_contacts_and_finds_only_them(
    client: TestClient,
) -> None:
    alice = _alice()
    everyone = {PAT, DANA, SAM, RAE}
    for contact_id, addresses in FOLDER_ADDRESSES.items():
        for address in addresses:
            listed = client.get(address, headers=alice)
            assert listed.status_code == 200, (address, listed.text)
            ids = {contact["id"] for contact in listed.json()["value"]}
            assert contact_id in ids, address
            for other in everyone - ids:  # another folder's contact is not found here...
                found = client.get(f"{address}/{other}", headers=alice)
                if address == "/v1.0/me/contacts":  # ...but `/contacts/{id}` finds any
                    assert found.json()["id"] == other
                else:
                    graph_error(found, 404, "ErrorItemNotFound")
            found = client.get(f"{address}/{contact_id}", headers=alice)
            assert found.json()["id"] == contact_id
    # A child folder is found only under its own parent.
    wrong_parent = f"/v1.0/me/contactFolders/{DEFAULT}/childFolders/{PRINTING}/contacts"
    graph_error(client.get(wrong_parent, headers=alice), 404, "ErrorItemNotFound")


def test_folders_are_created_renamed_listed_and_deleted_with_what_they_hold(
    client: TestClient,
) -> None:
    alice = _alice()
    folders = client.get("/v1.0/me/contactFolders", headers=alice).json()
    assert [(f["displayName"], f["parentFolderId"]) for f in folders["value"]] == [
        ("Suppliers", DEFAULT)
    ]
    default = client.get(f"/v1.0/me/contactFolders/{DEFAULT}", headers=alice).json()
    assert (default["displayName"], default["parentFolderId"]) == (
        "Contacts",
        f"MsgFolderRoot-{ALICE}",
    )
    made = client.post("/v1.0/me/contactFolders", json={"displayName": "Partners"}, headers=alice)
    assert made.status_code == 201, made.text
    partners = made.json()["id"]
    assert made.headers["location"].endswith(f"/users/{ALICE}/contactFolders/{partners}")
    taken = client.post("/v1.0/me/contactFolders", json={"displayName": "PARTNERS"}, headers=alice)
    graph_error(taken, 409, "ErrorFolderExists")  # names compare ignoring case
    child = client.post(
        f"/v1.0/me/contactFolders/{partners}/childFolders",
        json={"displayName": "Suppliers"},
        headers=alice,
    )
    assert child.status_code == 201, child.text  # the same name in another folder is fine
    renamed = client.patch(
        f"/v1.0/me/contactFolders/{partners}", json={"displayName": "Allies"}, headers=alice
    )
    assert renamed.json()["displayName"] == "Allies"
    clash = client.patch(
        f"/v1.0/me/contactFolders/{partners}", json={"displayName": "suppliers"}, headers=alice
    )
    graph_error(clash, 409, "ErrorFolderExists")
    names = [
        f["displayName"]
        for f in client.get("/v1.0/me/contactFolders", headers=alice).json()["value"]
    ]
    assert names == ["Allies", "Suppliers"]  # by name

    for path in (f"/v1.0/me/contactFolders/{DEFAULT}",):
        graph_error(client.delete(path, headers=alice), 403, "ErrorAccessDenied")
        graph_error(
            client.patch(path, json={"displayName": "Mine"}, headers=alice),
            403,
            "ErrorAccessDenied",
        )

    # Deleting Suppliers deletes Printing, Sam and Rae, and Rae's photo.
    stored = client.put(
        f"/v1.0/me/contacts/{RAE}/photo/$value", content=photo_bytes(), headers={**alice, **JPEG}
    )
    assert stored.status_code == 200, stored.text
    deleted = client.delete(f"/v1.0/me/contactFolders/{SUPPLIERS}", headers=alice)
    assert deleted.status_code == 204, deleted.text
    for path in (
        f"/v1.0/me/contactFolders/{PRINTING}",
        f"/v1.0/me/contacts/{SAM}",
        f"/v1.0/me/contacts/{RAE}/photo/$value",
    ):
        graph_error(client.get(path, headers=alice), 404, "ErrorItemNotFound")
    assert _names(client.get("/v1.0/me/contacts", headers=alice).json()) == ["Pat Kim", "Dana Lee"]


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # The Graph Toolkit's lookup, verbatim: the address percent-encoded inside the quotes.
        ("emailAddresses/any(a:a/address eq 'pat.kim%40fabrikam.example')", ["Pat Kim"]),
        ("emailAddresses/any(a:a/address eq 'DANA.LEE@OUTLOOK.EXAMPLE')", ["Dana Lee"]),
        ("emailAddresses/any(a:a/name eq 'Dana Lee (home)')", ["Dana Lee"]),
        ("startswith(displayName,'d') or companyName eq 'fabrikam'", ["Pat Kim", "Dana Lee"]),
        ("categories/any(c:c eq 'suppliers')", ["Pat Kim"]),
        ("not (jobTitle eq 'Buyer') and personalNotes ne null", ["Dana Lee"]),
        ("givenName in ('Pat', 'Sam')", ["Pat Kim"]),  # Sam is in another folder
        ("endswith(surname,'EE')", ["Dana Lee"]),
    ],
)
def test_filter_finds_contacts_as_outlook_does(
    client: TestClient, query: str, found: list[str]
) -> None:
    listed = client.get(f"/v1.0/me/contacts?$filter={query}", headers=_alice(*READ))
    assert listed.status_code == 200, listed.text
    assert _names(listed.json()) == found


@pytest.mark.parametrize(
    "query",
    [
        "shoeSize eq 'x'",
        "emailAddresses/any(a:a/phone eq 'x')",
        "imAddresses/any(a:a eq 'x')",
        "displayName eq 3",
        "startswith(displayName,",
    ],
)
def test_a_filter_a_contact_cannot_meet_is_refused(client: TestClient, query: str) -> None:
    refused = client.get(f"/v1.0/me/contacts?$filter={query}", headers=_alice(*READ))
    graph_error(refused, 400, "ErrorInvalidUrlQueryFilter")


def test_pages_follow_next_links_and_select_names_the_properties(client: TestClient) -> None:
    alice = _alice()
    folder = client.post("/v1.0/me/contactFolders", json={"displayName": "Many"}, headers=alice)
    contacts = f"/v1.0/me/contactFolders/{folder.json()['id']}/contacts"
    for number in range(12):
        made = client.post(contacts, json={"givenName": f"Person {number:02}"}, headers=alice)
        assert made.status_code == 201, made.text
    seen: list[str] = []
    url: str | None = f"{contacts}?$top=5&$select=givenName&$filter=startswith(givenName,'person')"
    pages = 0
    while url is not None:
        page = client.get(url, headers=alice)
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["@odata.context"].endswith("/contacts(givenName)")
        for contact in body["value"]:
            assert set(contact) == {"@odata.etag", "id", "givenName"}
        seen += [contact["givenName"] for contact in body["value"]]
        url = body.get("@odata.nextLink")
        pages += 1
    assert seen == [f"Person {number:02}" for number in range(12)]
    assert pages == 3
    default_page = client.get(contacts, headers=alice).json()
    assert len(default_page["value"]) == 10  # Outlook's page size
    assert "$skip=10" in default_page["@odata.nextLink"]
    graph_error(
        client.get(f"{contacts}?$select=shoeSize", headers=alice), 400, "RequestBroker--ParseUri"
    )
    graph_error(client.get(f"{contacts}?$top=1001", headers=alice), 400, "ErrorInvalidUrlQuery")


def test_a_contacts_photo_is_read_and_written_at_every_address(client: TestClient) -> None:
    alice = _alice()
    for contact_id, folders in FOLDER_ADDRESSES.items():
        addresses = [f"{folder}/{contact_id}" for folder in folders]
        addresses.append(f"/v1.0/me/contacts/{contact_id}")
        missing = client.get(f"{addresses[0]}/photo", headers=alice)
        graph_error(missing, 404, "ImageNotFound")
        etags = set()
        for number, address in enumerate(addresses):
            method = "PUT" if number % 2 == 0 else "PATCH"
            side = 64 + 8 * number
            # The SDKs send application/octet-stream.
            stored = client.request(
                method,
                f"{address}/photo/$value",
                content=photo_bytes(side, side),
                headers={**alice, "Content-Type": "application/octet-stream"},
            )
            assert stored.status_code == 200, stored.text
            assert (stored.json()["width"], stored.json()["height"]) == (side, side)
            etags.add(stored.json()["@odata.mediaEtag"])
            for other in addresses:  # every address reads the photo just stored
                meta = client.get(f"{other}/photo", headers=alice).json()
                assert meta["@odata.mediaEtag"] == stored.json()["@odata.mediaEtag"]
                content = client.get(f"{other}/photo/$value", headers=alice)
                assert content.headers["etag"] == meta["@odata.mediaEtag"]
                assert content.headers["content-type"] == "image/jpeg"
        assert len(etags) == len(addresses)
    # The photo goes with its contact.
    client.delete(f"/v1.0/me/contacts/{PAT}", headers=alice)
    graph_error(
        client.get(f"/v1.0/me/contacts/{PAT}/photo/$value", headers=alice), 404, "ErrorItemNotFound"
    )


def test_a_contacts_photo_answers_not_modified_and_refuses_a_stale_if_match(
    client: TestClient,
) -> None:
    alice = _alice()
    photo = f"/v1.0/me/contacts/{DANA}/photo/$value"
    stored = client.put(photo, content=photo_bytes(), headers={**alice, **JPEG}).json()
    etag = stored["@odata.mediaEtag"]
    again = client.get(photo, headers={**alice, "If-None-Match": etag})
    assert (again.status_code, again.headers["etag"]) == (304, etag)
    stale = client.put(
        photo, content=photo_bytes(72, 72), headers={**alice, **JPEG, "If-Match": '"0000"'}
    )
    graph_error(stale, 412, "PreconditionFailed")
    graph_error(
        client.put(photo, content=photo_bytes(20, 20), headers={**alice, **JPEG}),
        400,
        "ValidationWidthTooSmall",
    )


def test_only_the_mailbox_owner_or_an_app_with_the_role_reaches_contacts(
    client: TestClient,
) -> None:
    reader = _alice(*READ)
    assert client.get("/v1.0/me/contacts", headers=reader).status_code == 200
    assert client.get(f"/v1.0/users/{ALICE}/contacts", headers=reader).status_code == 200
    # Contacts.Read reads: it does not write.
    graph_error(
        client.post("/v1.0/me/contacts", json={"givenName": "X"}, headers=reader),
        403,
        "Authorization_RequestDenied",
    )
    graph_error(
        client.put(
            f"/v1.0/me/contacts/{PAT}/photo/$value",
            content=photo_bytes(),
            headers={**reader, **JPEG},
        ),
        403,
        "Authorization_RequestDenied",
    )
    # Another user's mailbox: not with a delegated token, whatever its scopes.
    for path in (f"/v1.0/users/{BOB}/contacts", f"/v1.0/users/{BOB}/contactFolders"):
        graph_error(client.get(path, headers=_alice()), 403, "Authorization_RequestDenied")
    # The directory's and photos' permissions do not reach contacts.
    graph_error(
        client.get(
            "/v1.0/me/contacts", headers=_alice("User.Read.All", "ProfilePhoto.ReadWrite.All")
        ),
        403,
        "Authorization_RequestDenied",
    )
    # An application with the role reads and writes anyone's.
    app = bearer(subject="app", scopes=(), roles=("Contacts.ReadWrite",), tenant_id=CONTOSO)
    assert _names(client.get(f"/v1.0/users/{ALICE}/contacts", headers=app).json()) == [
        "Pat Kim",
        "Dana Lee",
    ]
    made = client.post(f"/v1.0/users/{BOB}/contacts", json={"givenName": "Zoe"}, headers=app)
    assert made.status_code == 201, made.text
    graph_error(client.get("/v1.0/me/contacts", headers=app), 400, "Request_BadRequest")
    # Bob's contact is not in Alice's mailbox, whatever its id says.
    graph_error(
        client.get(f"/v1.0/me/contacts/{made.json()['id']}", headers=_alice()),
        404,
        "ErrorItemNotFound",
    )


def test_another_tenants_mailboxes_do_not_exist(client: TestClient) -> None:
    app = bearer(subject="app", scopes=(), roles=("Contacts.Read",), tenant_id=FABRIKAM)
    graph_error(
        client.get("/v1.0/users/alice@contoso.com/contacts", headers=app),
        404,
        "Request_ResourceNotFound",
    )
    graph_error(
        client.get(f"/v1.0/users/{ALICE}/contacts/{PAT}/photo", headers=app),
        404,
        "Request_ResourceNotFound",
    )


@pytest.mark.parametrize(
    "body",
    [
        {"id": "AAMkMine"},  # read-only
        {"parentFolderId": SUPPLIERS},
        {"shoeSize": 44},  # unknown
        {"emailAddresses": [{"address": f"a{n}@x.example"} for n in range(4)]},  # at most 3
        {"givenName": 7},
        {"givenName": "A\u0000B"},  # no database could keep it
        {"categories": ["ok", "not\u0000ok"]},
    ],
)
def test_a_contact_body_graph_would_refuse_is_refused(
    client: TestClient, body: dict[str, Any]
) -> None:
    refused = client.post("/v1.0/me/contacts", json=body, headers=_alice())
    assert refused.status_code == 400, refused.text
    assert refused.headers["content-type"] == "application/json"
    assert _names(client.get("/v1.0/me/contacts", headers=_alice()).json()) == [
        "Pat Kim",
        "Dana Lee",
    ]


def test_the_people_api_finds_the_subjects_contacts_after_their_colleagues(
    client: TestClient,
) -> None:
    people = _alice("People.Read")
    everyone = client.get("/v1.0/me/people?$top=20", headers=people)
    assert everyone.status_code == 200, everyone.text
    names = [person["displayName"] for person in everyone.json()["value"]]
    colleagues = names[: names.index("Dana Lee")]
    assert "Carol Chen" in colleagues  # Design: Alice's group
    assert names[len(colleagues) : len(colleagues) + 4] == [
        "Dana Lee", "Pat Kim", "Rae Chen", "Sam Ortiz"  # every folder's, by name
    ]  # fmt: skip
    found = client.get(
        "/v1.0/me/people?$search=\"sam\"&$top=5&$filter=personType/class eq 'Person'",
        headers=people,
    ).json()["value"]
    assert [(p["id"], p["personType"]["subclass"]) for p in found] == [(SAM, "PersonalContact")]
    assert found[0]["scoredEmailAddresses"] == [
        {"address": "sam@northwindtraders.example", "relevanceScore": 1.0}
    ]
    assert found[0]["userPrincipalName"] is None
    by_address = client.get("/v1.0/me/people?$search=dana.lee%40outlook", headers=people)
    assert [p["id"] for p in by_address.json()["value"]] == [DANA]
    directory_only = client.get(
        "/v1.0/me/people?$top=20&$filter=personType/subclass eq 'OrganizationUser'",
        headers=people,
    )
    assert not {"Pat Kim", "Sam Ortiz"} & {p["displayName"] for p in directory_only.json()["value"]}
    # Bob's people do not hold Alice's contacts.
    bobs = client.get(
        "/v1.0/me/people?$search=pat",
        headers=bearer(subject=BOB, scopes=("People.Read",), tenant_id=CONTOSO),
    )
    assert bobs.json()["value"] == []


def test_an_open_directorys_unknown_user_has_an_empty_mailbox(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client(directory="open")
    caller = bearer(subject="newcomer", scopes=("Contacts.ReadWrite",))
    listed = client.get("/v1.0/me/contacts", headers=caller)
    assert listed.status_code == 200, listed.text
    assert listed.json()["value"] == []
    assert client.get("/v1.0/me/contactFolders", headers=caller).json()["value"] == []
    made = client.post("/v1.0/users/newcomer/contacts", json={"surname": "Ito"}, headers=caller)
    assert made.status_code == 201, made.text
    assert _names(client.get("/v1.0/me/contacts", headers=caller).json()) == ["Ito"]


def test_orderby_and_count_as_the_sdks_send_them(client: TestClient) -> None:
    alice = _alice()
    folder = client.post("/v1.0/me/contactFolders", json={"displayName": "Sorted"}, headers=alice)
    contacts = f"/v1.0/me/contactFolders/{folder.json()['id']}/contacts"
    for given, surname in [("bo", "Lind"), ("Al", "lind"), ("Cy", None), ("al", "Berg")]:
        body = {"givenName": given} | ({"surname": surname} if surname else {})
        assert client.post(contacts, json=body, headers=alice).status_code == 201
    by_name = client.get(f"{contacts}?$orderby=surname,givenName desc&$count=true", headers=alice)
    assert by_name.status_code == 200, by_name.text
    # Ignoring case; ties in creation order ("Al" before "al"); without a surname, last.
    assert _names(by_name.json()) == ["al Berg", "bo Lind", "Al lind", "Cy"]
    assert by_name.json()["@odata.count"] == 4
    descending = client.get(f"{contacts}?$orderby=surname desc", headers=alice).json()
    assert _names(descending) == ["bo Lind", "Al lind", "al Berg", "Cy"]  # still last
    newest = client.get(f"{contacts}?$orderby=createdDateTime desc&$top=1", headers=alice).json()
    assert _names(newest) == ["al Berg"]
    follow = client.get(newest["@odata.nextLink"], headers=alice).json()
    assert _names(follow) == ["Cy"]  # the next link keeps the order
    counted = client.get(f"{contacts}?$count=true&$top=1&$filter=givenName eq 'al'", headers=alice)
    assert counted.json()["@odata.count"] == 2
    assert "@odata.count" not in client.get(contacts, headers=alice).json()
    graph_error(client.get(f"{contacts}?$orderby=emailAddresses", headers=alice), 400,
                "ErrorInvalidUrlQuery")  # fmt: skip
