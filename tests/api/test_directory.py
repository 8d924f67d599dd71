"""One person, one photo: the directory behind every path (strict, the demo tenant).

Alice is addressed as `/me`, by object id and by userPrincipalName, in any ASCII case, and all
reach one user and one photo; another tenant's token finds nothing of hers; unknown ids are
`404 Request_ResourceNotFound`; the directory reads serve users and groups as Graph does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
FABRIKAM = "51d43589-2d7f-515e-99a6-c7e66f2abe28"
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"
IVAN = "43871d94-8ae4-5721-8b74-9b2cc85c2f3d"
DESIGN = "058f3133-de56-5c3c-a459-a1b53a1c186f"  # has a team
ALL_COMPANY = "6bb7d7f1-2fda-5bfa-8dce-9efeef570afe"  # has none
READ_ALL = ("User.Read.All", "Group.Read.All", "ProfilePhoto.ReadWrite.All")
JPEG = {"Content-Type": "image/jpeg"}


def token(
    subject: str, tenant: str | None = CONTOSO, scopes: tuple[str, ...] = READ_ALL
) -> dict[str, str]:
    return bearer(subject=subject, scopes=scopes, tenant_id=tenant)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    """The service as `make run` starts it: a strict directory with the demo tenants."""
    return make_client(directory="strict", directory_file=None)


def graph_error(response: Any, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


def test_one_person_has_one_photo_whatever_the_address(client: TestClient) -> None:
    alice = token(ALICE, scopes=("User.ReadWrite",))
    uploaded = client.put("/v1.0/me/photo/$value", content=photo_bytes(), headers={**alice, **JPEG})
    assert uploaded.status_code == 200, uploaded.text
    etag = uploaded.json()["@odata.mediaEtag"]
    assert f"users('{ALICE}')/photo/$entity" in uploaded.json()["@odata.context"]

    me_bytes = client.get("/v1.0/me/photo/$value", headers=alice).content
    for version in ("v1.0", "beta"):
        for address in (ALICE, ALICE.upper(), "alice@contoso.com", "ALICE@contoso.com",
                        "alice%40CONTOSO.com"):  # fmt: skip
            content = client.get(f"/{version}/users/{address}/photo/$value", headers=alice)
            assert content.status_code == 200, (version, address, content.text)
            assert (content.headers["etag"], content.content) == (etag, me_bytes)
            metadata = client.get(f"/{version}/users/{address}/photo", headers=alice).json()
            assert metadata["@odata.mediaEtag"] == etag
            assert metadata["@odata.context"].endswith(f"users('{ALICE}')/photo/$entity")


def test_own_photo_by_identity_not_by_spelling(client: TestClient) -> None:
    alice = {**token(ALICE, scopes=("User.ReadWrite",)), **JPEG}

    mine = client.put("/v1.0/users/ALICE@contoso.com/photo/$value", content=photo_bytes(),
                      headers=alice)  # fmt: skip
    assert mine.status_code == 200, mine.text
    assert client.get(f"/v1.0/users/{ALICE}/photo", headers=alice).status_code == 200

    bobs = client.put("/v1.0/users/bob@contoso.com/photo/$value", content=photo_bytes(),
                      headers=alice)  # fmt: skip
    graph_error(bobs, 403, "Authorization_RequestDenied")
    nobody = client.put("/v1.0/users/nobody@contoso.com/photo/$value", content=photo_bytes(),
                        headers=alice)  # fmt: skip
    graph_error(nobody, 403, "Authorization_RequestDenied")


def test_location_names_the_resolved_object(client: TestClient) -> None:
    created = client.post(
        "/beta/users/BOB@contoso.com/photo",
        json={"height": 64, "width": 64},
        headers=token(BOB),
    )
    assert created.status_code == 201, created.text
    assert created.headers["location"] == f"http://testserver/beta/users/{BOB}/photo"


PHOTO_OPERATIONS = [
    ("GET", "/photo"),
    ("GET", "/photo/$value"),
    ("GET", "/photos"),
    ("GET", "/photos/48x48"),
    ("GET", "/photos/48x48/$value"),
    ("POST", "/photo"),
    ("PATCH", "/photo"),
    ("DELETE", "/photo"),
    ("PUT", "/photo/$value"),
    ("PATCH", "/photo/$value"),
    ("DELETE", "/photo/$value"),
]


def call(client: TestClient, method: str, path: str, headers: dict[str, str]) -> Any:
    if method == "POST":
        return client.post(path, json={"height": 48, "width": 48}, headers=headers)
    if method == "PATCH" and path.endswith("/photo"):
        return client.patch(path, json={}, headers=headers)
    if method in ("PUT", "PATCH"):
        return client.request(method, path, content=photo_bytes(), headers={**headers, **JPEG})
    return client.request(method, path, headers=headers)


def test_another_tenant_finds_nothing_through_any_path_or_form_of_id(client: TestClient) -> None:
    contoso = token(BOB)
    for owner in (f"/users/{ALICE}", f"/groups/{DESIGN}"):
        assert call(client, "PUT", f"/v1.0{owner}/photo/$value", contoso).status_code == 200
    assert call(client, "PUT", f"/v1.0/teams/{DESIGN}/photo/$value", contoso).status_code == 204
    before = {
        path: client.get(path, headers=contoso).json()["@odata.mediaEtag"]
        for path in (f"/v1.0/users/{ALICE}/photo", f"/v1.0/groups/{DESIGN}/photo")
    }
    ivan = token(
        IVAN, tenant=FABRIKAM, scopes=(*READ_ALL, "Group.ReadWrite.All", "User.ReadWrite.All")
    )
    owners = [f"/users/{form}" for form in (ALICE, ALICE.upper(), "alice@contoso.com",
                                             "Alice%40Contoso.com")]  # fmt: skip
    owners += [f"/groups/{DESIGN}", f"/groups/{DESIGN.upper()}"]
    refused = 0
    for version in ("v1.0", "beta"):
        for owner in owners:
            for method, suffix in PHOTO_OPERATIONS:
                response = call(client, method, f"/{version}{owner}{suffix}", ivan)
                graph_error(response, 404, "Request_ResourceNotFound")
                refused += 1
            reads = [f"/{version}{owner}"]
            for path in reads:
                graph_error(client.get(path, headers=ivan), 404, "Request_ResourceNotFound")
        teams = (f"/teams/{DESIGN}", f"/groups/{DESIGN}/team",
                 f"/users/{ALICE}/joinedTeams/{DESIGN}")  # fmt: skip
        for team in teams:
            for method, suffix in [
                ("GET", "/photo"),
                ("GET", "/photo/$value"),
                ("PUT", "/photo/$value"),
                ("PATCH", "/photo/$value"),
            ]:
                response = call(client, method, f"/{version}{team}{suffix}", ivan)
                graph_error(response, 404, "Request_ResourceNotFound")
        joined = client.get(f"/{version}/users/{ALICE}/joinedTeams", headers=ivan)
        graph_error(joined, 404, "Request_ResourceNotFound")
        listing = client.get(f"/{version}/users", headers=ivan).json()["value"]
        assert {user["id"] for user in listing} == {IVAN, "7d8fdb93-44ee-5875-8904-a572952f4f08"}
        groups = client.get(f"/{version}/groups", headers=ivan).json()["value"]
        assert {group["id"] for group in groups} == {"1811ae5a-e4b0-536d-8e0e-3e24ffbe8ad9"}
    assert refused == 2 * len(owners) * len(PHOTO_OPERATIONS)
    after = {path: client.get(path, headers=contoso).json()["@odata.mediaEtag"] for path in before}
    assert after == before  # nothing written through another tenant


def test_unknown_users_and_groups_are_resource_not_found_everywhere(client: TestClient) -> None:
    headers = token(ALICE)
    for owner in ("/users/nobody@nowhere", "/groups/00000000-0000-0000-0000-00000000dead"):
        for method, suffix in PHOTO_OPERATIONS:
            response = call(client, method, f"/v1.0{owner}{suffix}", headers)
            message = graph_error(response, 404, "Request_ResourceNotFound")
            assert message == (
                f"Resource '{owner.rsplit('/', 1)[1]}' does not exist or one of its queried "
                "reference-property objects are not present."
            )
        graph_error(client.get(f"/v1.0{owner}", headers=headers), 404, "Request_ResourceNotFound")
    # A group without a team is no team.
    graph_error(
        client.get(f"/v1.0/teams/{ALL_COMPANY}/photo", headers=headers),
        404,
        "Request_ResourceNotFound",
    )
    # An existing user without a photo is ImageNotFound, as before.
    graph_error(client.get(f"/v1.0/users/{BOB}/photo", headers=headers), 404, "ImageNotFound")


def test_me_is_the_tokens_user_in_the_tokens_tenant(client: TestClient) -> None:
    me = client.get("/v1.0/me", headers=token(ALICE, scopes=("User.Read",)))
    assert me.status_code == 200, me.text
    assert me.json()["userPrincipalName"] == "alice@contoso.com"
    assert me.json()["@odata.context"] == "http://testserver/v1.0/$metadata#users/$entity"
    # No tid: the default tenant (Contoso).
    assert client.get("/v1.0/me", headers=token(ALICE, tenant=None)).json()["id"] == ALICE
    # Alice's oid in another tenant is nobody.
    graph_error(client.get("/v1.0/me", headers=token(ALICE, tenant=FABRIKAM)), 404,
                "Request_ResourceNotFound")  # fmt: skip
    # A caller that is not a directory user (tools mint such tokens with --subject).
    graph_error(client.get("/v1.0/me", headers=token("tool")), 404, "Request_ResourceNotFound")
    graph_error(client.get("/v1.0/me/photo", headers=token("tool")), 404,
                "Request_ResourceNotFound")  # fmt: skip
    app = bearer(subject="app", scopes=(), roles=("User.Read.All",), tenant_id=CONTOSO)
    graph_error(client.get("/v1.0/me", headers=app), 400, "Request_BadRequest")


def test_users_and_groups_as_graph_serves_them(client: TestClient) -> None:
    headers = token(ALICE)
    user = client.get("/v1.0/users/Alice@Contoso.com", headers=headers).json()
    # v1.0's default set: Graph's 11 (department, userType... only by $select).
    assert user == {
        "@odata.context": "http://testserver/v1.0/$metadata#users/$entity",
        "id": ALICE,
        "userPrincipalName": "alice@contoso.com",
        "displayName": "Alice Anderson",
        "givenName": "Alice",
        "surname": "Anderson",
        "mail": "alice@contoso.com",
        "jobTitle": "Product Manager",
        "officeLocation": "Building 1, 2101",
        "mobilePhone": None,
        "businessPhones": ["+1 425 555 0101"],
        "preferredLanguage": "en-US",
    }
    # beta's: every property this service keeps.
    beta = client.get("/beta/users/Alice@Contoso.com", headers=headers).json()
    assert {key: beta[key] for key in ("department", "userType", "accountEnabled")} == {
        "department": "Product",
        "userType": "Member",
        "accountEnabled": True,
    }
    assert beta["otherMails"] == ["alice.anderson@fabrikam.example"]
    assert (beta["companyName"], beta["faxNumber"], beta["imAddresses"]) == ("Contoso", None, [])
    assert "aboutMe" not in beta  # documented, but not kept: only by $select
    selected = client.get(f"/beta/users/{ALICE}?$select=displayName,mail,displayName",
                          headers=headers).json()  # fmt: skip
    assert selected == {
        "@odata.context": "http://testserver/beta/$metadata#users(displayName,mail)/$entity",
        "displayName": "Alice Anderson",
        "mail": "alice@contoso.com",
    }
    # Any documented property may be named: null (a collection []) when this service keeps none.
    documented = client.get(
        f"/v1.0/users/{ALICE}?$select=department,aboutMe,assignedLicenses,employeeOrgData",
        headers=headers,
    ).json()
    assert documented == {
        "@odata.context": (
            "http://testserver/v1.0/$metadata#users(department,aboutMe,assignedLicenses,"
            "employeeOrgData)/$entity"
        ),
        "department": "Product",
        "aboutMe": None,
        "assignedLicenses": [],
        "employeeOrgData": None,
    }
    unknown = client.get(f"/v1.0/users/{ALICE}?$select=displayName,shoeSize", headers=headers)
    assert graph_error(unknown, 400, "BadRequest") == (
        "Parsing OData Select and Expand failed: Could not find a property named 'shoeSize' on "
        "type 'microsoft.graph.user'."
    )
    unknown_group = client.get(f"/v1.0/groups/{DESIGN}?$select=jobTitle", headers=headers)
    assert "'jobTitle' on type 'microsoft.graph.group'" in graph_error(
        unknown_group, 400, "BadRequest"
    )

    group = client.get(f"/v1.0/groups/{DESIGN}", headers=headers).json()
    assert (group["displayName"], group["resourceProvisioningOptions"]) == ("Design", ["Team"])
    assert (
        client.get(f"/v1.0/groups/{ALL_COMPANY}", headers=headers).json()[
            "resourceProvisioningOptions"
        ]
        == []
    )


def test_listing_pages_with_top_and_next_link(client: TestClient) -> None:
    headers = token(ALICE)
    seen: list[str] = []
    url: str | None = "/v1.0/users?$top=3&$select=id,displayName"
    pages = 0
    while url is not None:
        page = client.get(url, headers=headers)
        assert page.status_code == 200, page.text
        body = page.json()
        assert body["@odata.context"] == "http://testserver/v1.0/$metadata#users(id,displayName)"
        assert all(set(user) == {"id", "displayName"} for user in body["value"])
        assert len(body["value"]) <= 3
        seen += [user["id"] for user in body["value"]]
        url = body.get("@odata.nextLink")
        pages += 1
    assert pages == 3  # seven users, three at a time
    assert len(seen) == len(set(seen)) == 7
    everyone = client.get("/v1.0/users", headers=headers).json()
    assert "@odata.nextLink" not in everyone
    assert [user["id"] for user in everyone["value"]] == seen
    # The token is opaque: one this service did not write is refused.
    made_up = client.get("/v1.0/users?$top=1&$skiptoken=24d8d451-fe93-5361-a3ec-591b347a6d7b",
                         headers=headers)  # fmt: skip
    assert made_up.status_code == 400
    assert made_up.json()["error"]["code"] == "BadRequest"
    groups = client.get("/v1.0/groups?$top=2", headers=headers).json()
    assert len(groups["value"]) == 2
    assert "@odata.nextLink" in groups


def test_directory_reads_need_directory_permissions(client: TestClient) -> None:
    photos_only = token(ALICE, scopes=("ProfilePhoto.ReadWrite.All",))
    for path in ("/v1.0/users", f"/v1.0/users/{BOB}", "/v1.0/groups", f"/v1.0/groups/{DESIGN}"):
        graph_error(client.get(path, headers=photos_only), 403, "Authorization_RequestDenied")
    # User.Read reads oneself, by any form of id, and no one else.
    user_read = token(ALICE, scopes=("User.Read",))
    assert client.get("/v1.0/users/ALICE@contoso.com", headers=user_read).status_code == 200
    graph_error(client.get(f"/v1.0/users/{BOB}", headers=user_read), 403,
                "Authorization_RequestDenied")  # fmt: skip
