"""The people API (`/me/people`, `/users/{id}/people`) as the Graph Toolkit calls it, on the
demo directory, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.directories import tenant_of_names

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
FABRIKAM = "51d43589-2d7f-515e-99a6-c7e66f2abe28"
BOB = "1672f008-70db-5739-8d05-77b76b38ae9a"
CAROL = "d43606c9-05d3-5243-8e1c-e9ac9771212f"
TOOLKIT = {"X-PeopleQuery-QuerySources": "Mailbox,Directory"}


def as_user(subject: str, *scopes: str, tenant: str = CONTOSO) -> dict[str, str]:
    return {**bearer(subject=subject, scopes=scopes, tenant_id=tenant), **TOOLKIT}


@pytest.fixture
def client(make_client: Callable[..., TestClient], database_url: str) -> TestClient:
    return make_client(directory="strict", directory_file=None, database_url=database_url)


def people(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [person["displayName"] for person in response.json()["value"]]


def test_people_are_the_tenants_users_and_groups_colleagues_first(client: TestClient) -> None:
    bob = as_user(BOB, "People.Read")
    everyone = people(client.get("/v1.0/me/people?$top=20", headers=bob))
    # Dave is in Bob's group (Engineering), which comes next; then everyone else by name, then
    # the other Microsoft 365 groups; never Bob.
    assert everyone == [
        "Dave Dubois", "Engineering", "Alice Anderson", "Carol Chen", "Erin Eriksen",
        "Frank Fischer", "Grace Garcia (Fabrikam)", "All Company", "Design",
    ]  # fmt: skip
    assert people(client.get("/v1.0/me/people", headers=bob)) == everyone  # default $top 10
    # Erin is in All Company (with Frank, and with Design and Engineering, whose members are
    # not her direct colleagues); no one else is in her department.
    erin = as_user("6045a9ff-a6ff-562e-80b4-602d3e90add1", "People.Read")
    assert people(client.get("/v1.0/me/people?$top=3", headers=erin)) == [
        "Frank Fischer", "All Company", "Alice Anderson"
    ]  # fmt: skip
    assert people(client.get("/v1.0/me/people?$top=2&$skip=1", headers=bob)) == everyone[1:3]
    answer = client.get("/v1.0/me/people?$top=1", headers=bob).json()
    assert answer["@odata.context"].endswith(f"$metadata#users('{BOB}')/people")
    (dave,) = answer["value"]
    assert dave["personType"] == {"class": "Person", "subclass": "OrganizationUser"}
    assert dave["scoredEmailAddresses"] == [{"address": "dave@contoso.com", "relevanceScore": 1.0}]
    assert dave["userPrincipalName"] == "dave@contoso.com"


def test_the_toolkits_people_search_verbatim(client: TestClient) -> None:
    bob = as_user(BOB, "People.Read")
    picker = (
        '/v1.0/me/people?$search="car"&$top=6&$filter=personType/class eq '
        "'Person'and personType/subclass eq 'OrganizationUser'"
    )
    assert people(client.get(picker, headers=bob)) == ["Carol Chen"]
    for search, found in [
        ("fisch", ["Frank Fischer"]),  # a word of the name
        ('"frank fi"', ["Frank Fischer"]),  # every word of a phrase
        ("erin%40contoso", ["Erin Eriksen"]),  # the start of the address
        ("isch", []),
        ("bob", []),  # never the subject
    ]:
        assert people(client.get(f"/v1.0/me/people?$search={search}", headers=bob)) == found
    groups = "/v1.0/me/people?$search=d&$filter=personType/class eq 'Group'"
    found = client.get(groups, headers=bob).json()["value"]
    assert [group["displayName"] for group in found] == ["Design"]
    assert found[0]["personType"] == {"class": "Group", "subclass": "UnifiedGroup"}
    assert found[0]["userPrincipalName"] == ""
    assert found[0]["scoredEmailAddresses"] == [
        {"address": "design@contoso.com", "relevanceScore": 1.0}
    ]
    # A group's alias is one of its addresses.
    alias = "/v1.0/me/people?$search=allcomp"
    assert people(client.get(alias, headers=bob)) == ["All Company"]


def test_another_users_people_need_people_read_all(client: TestClient) -> None:
    own = as_user(CAROL, "People.Read")
    assert client.get(f"/v1.0/users/{CAROL}/people", headers=own).status_code == 200
    assert client.get(f"/v1.0/users/{BOB}/people", headers=own).status_code == 403
    reader = as_user(CAROL, "People.Read.All")
    assert people(client.get(f"/v1.0/users/{BOB}/people?$top=1", headers=reader)) == ["Dave Dubois"]
    missing = client.get("/v1.0/users/nobody@contoso.com/people", headers=reader)
    assert missing.status_code == 404
    # Another tenant's user finds only its own tenant's people.
    ivan = as_user("43871d94-8ae4-5721-8b74-9b2cc85c2f3d", "People.Read", tenant=FABRIKAM)
    assert people(client.get("/v1.0/me/people", headers=ivan)) == ["Judy Jones"]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("$search=a&$skip=1", "Request_BadRequest"),
        ("$filter=displayName eq 'x'", "Request_UnsupportedQuery"),
        ("$filter=personType/class eq", "BadRequest"),
        ("$top=1000", "Request_UnsupportedQuery"),
        ("$top=999&$skip=999", "Request_UnsupportedQuery"),
    ],
)
def test_what_the_people_api_refuses(client: TestClient, query: str, code: str) -> None:
    answer = client.get(f"/v1.0/me/people?{query}", headers=as_user(BOB, "People.Read"))
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == code


def test_names_that_start_with_the_search_come_before_other_matches(
    make_client: Callable[..., TestClient], database_url: str, tmp_path: Path
) -> None:
    """Outside the subject's groups, the people whose name starts with what was typed come
    first, by name; then every other match (a later word, an address), by name; the subject
    never."""
    names = ["Wanda Kim", "Kim Young", "Adam Kimball", "Kimberly Zhu", "Kai Lee", "Zed Ng"]
    ola = {"id": "ux", "userPrincipalName": "kimo@t.example", "displayName": "Ola X"}
    file = tenant_of_names(tmp_path, names, ola)
    client = make_client(directory="strict", directory_file=file, database_url=database_url)
    zed = bearer(subject="u5", scopes=("People.Read",), tenant_id="t")
    assert people(client.get("/v1.0/me/people?$search=kim", headers=zed)) == [
        "Kim Young", "Kimberly Zhu", "Adam Kimball", "Ola X", "Wanda Kim"
    ]  # fmt: skip
    assert people(client.get("/v1.0/me/people?$search=kim&$top=3", headers=zed)) == [
        "Kim Young", "Kimberly Zhu", "Adam Kimball"
    ]  # fmt: skip
    assert people(client.get('/v1.0/me/people?$search="kim y"', headers=zed)) == ["Kim Young"]
    kim = bearer(subject="u1", scopes=("People.Read",), tenant_id="t")
    assert people(client.get("/v1.0/me/people?$search=kim", headers=kim)) == [
        "Kimberly Zhu", "Adam Kimball", "Ola X", "Wanda Kim"
    ]  # fmt: skip
