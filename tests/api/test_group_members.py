"""A group's members (`/groups/{id}/members`, `/transitiveMembers` and their casts to users
and groups), from the directory file, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from starlette.testclient import TestClient

from graph_photos.directory.file import DirectoryFileError, parse_directory
from tests.credentials import bearer

CONTOSO = "caba4ddd-e34b-5322-9293-8d8ba92d2409"
FABRIKAM = "51d43589-2d7f-515e-99a6-c7e66f2abe28"
ALICE = "51f96e01-adf2-5400-abc7-239a88275446"
ALL_COMPANY = "6bb7d7f1-2fda-5bfa-8dce-9efeef570afe"
DESIGN = "058f3133-de56-5c3c-a459-a1b53a1c186f"
CONSULTANTS = "1811ae5a-e4b0-536d-8e0e-3e24ffbe8ad9"  # Fabrikam's
AUTH = bearer(subject=ALICE, scopes=("GroupMember.Read.All",), tenant_id=CONTOSO)
ADVANCED = {**AUTH, "ConsistencyLevel": "eventual"}
EVERYONE = ["Alice Anderson", "Bob Brown", "Carol Chen", "Dave Dubois", "Erin Eriksen",
            "Frank Fischer"]  # fmt: skip


@pytest.fixture
def client(make_client: Callable[..., TestClient], database_url: str) -> TestClient:
    return make_client(directory="strict", directory_file=None, database_url=database_url)


def names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["displayName"] for item in response.json()["value"]]


def walk(client: TestClient, url: str, headers: dict[str, str]) -> list[dict[str, Any]]:
    """Every object of a collection, page by page through `@odata.nextLink`."""
    seen: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url is not None:
        page = client.get(next_url.removeprefix("http://testserver"), headers=headers)
        assert page.status_code == 200, page.text
        seen += page.json()["value"]
        next_url = page.json().get("@odata.nextLink")
    return seen


def test_direct_and_transitive_members_users_first_then_groups(client: TestClient) -> None:
    direct = client.get(f"/v1.0/groups/{ALL_COMPANY}/members", headers=AUTH).json()
    assert direct["@odata.context"] == "http://testserver/v1.0/$metadata#directoryObjects"
    kinds = [(item["@odata.type"], item["displayName"]) for item in direct["value"]]
    assert kinds == [
        ("#microsoft.graph.user", "Frank Fischer"),
        ("#microsoft.graph.user", "Erin Eriksen"),
        ("#microsoft.graph.group", "Design"),
        ("#microsoft.graph.group", "Engineering"),
    ]
    # Each with its type's default properties (v1.0's 11 for a user).
    assert "department" not in direct["value"][0]
    assert "groupTypes" in direct["value"][2]

    everyone = walk(client, f"/v1.0/groups/{ALL_COMPANY}/transitiveMembers?$top=1", AUTH)
    assert [item["displayName"] for item in everyone if "userPrincipalName" in item] == [
        "Bob Brown", "Frank Fischer", "Alice Anderson", "Erin Eriksen", "Dave Dubois",
        "Carol Chen",
    ]  # fmt: skip
    assert [item["displayName"] for item in everyone[6:]] == ["Design", "Engineering"]
    assert len(everyone) == 8  # a walk one at a time crosses from users to groups, once each

    counted = client.get(
        f"/v1.0/groups/{ALL_COMPANY}/transitiveMembers?$count=true&$top=5", headers=ADVANCED
    ).json()
    assert (counted["@odata.count"], len(counted["value"])) == (8, 5)
    assert sorted(names(client.get(f"/v1.0/groups/{DESIGN}/transitiveMembers", headers=AUTH))) == [
        "Alice Anderson",
        "Carol Chen",
    ]


def test_the_casts_take_every_query_option_of_users_and_groups(client: TestClient) -> None:
    base = f"/v1.0/groups/{ALL_COMPANY}/transitiveMembers/microsoft.graph.user"
    # The Graph Toolkit's people picker, scoped to a group.
    toolkit = client.get(
        f"{base}?$filter=startswith(displayName,'d') or startswith(mail,'d') or "
        "startswith(givenName,'d')&$count=true&$top=5",
        headers=ADVANCED,
    )
    assert names(toolkit) == ["Dave Dubois"]
    assert toolkit.json()["@odata.count"] == 1
    searched = client.get(f'{base}?$search="displayName:an"&$select=displayName', headers=ADVANCED)
    assert names(searched) == ["Alice Anderson"]
    ordered = client.get(
        f"{base}?$orderby=displayName desc&$select=displayName,mail&$top=4", headers=AUTH
    ).json()
    assert [u["displayName"] for u in ordered["value"]] == sorted(EVERYONE, reverse=True)[:4]
    assert set(ordered["value"][0]) == {"displayName", "mail"}
    assert "/transitiveMembers/microsoft.graph.user?" in ordered["@odata.nextLink"]
    walked = walk(client, f"{base}?$orderby=displayName&$top=4&$select=displayName", AUTH)
    assert [u["displayName"] for u in walked] == EVERYONE
    direct_users = client.get(
        f"/v1.0/groups/{ALL_COMPANY}/members/microsoft.graph.user", headers=AUTH
    )
    assert sorted(names(direct_users)) == ["Erin Eriksen", "Frank Fischer"]
    groups = client.get(
        f"/v1.0/groups/{ALL_COMPANY}/members/microsoft.graph.group?"
        "$filter=groupTypes/any(c:c eq 'Unified')&$select=displayName",
        headers=AUTH,
    )
    assert sorted(names(groups)) == ["Design", "Engineering"]
    refused = client.get(f"{base}?$filter=mail ne 'x'", headers=AUTH)
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "Request_UnsupportedQuery"


def test_no_such_group_and_another_tenants_group_are_404(client: TestClient) -> None:
    for group in ("no-such-group", CONSULTANTS):
        for path in ("members", "transitiveMembers/microsoft.graph.user"):
            answer = client.get(f"/v1.0/groups/{group}/{path}", headers=AUTH)
            assert answer.status_code == 404, (group, path)
            assert answer.json()["error"]["code"] == "Request_ResourceNotFound"
    reader = bearer(subject=ALICE, scopes=("User.Read",), tenant_id=CONTOSO)
    forbidden = client.get(f"/v1.0/groups/{ALL_COMPANY}/members", headers=reader)
    assert forbidden.status_code == 403


def _directory(groups: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "defaultTenant": "t",
        "tenants": [
            {
                "id": "t",
                "defaultDomain": "t.example",
                "displayName": "T",
                "users": [{"id": "u1", "userPrincipalName": "u1@t.example", "displayName": "U1"}],
                "groups": groups,
            }
        ],
    }


def test_a_cycle_of_groups_lists_each_member_once(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    file = tmp_path / "cycle.yaml"
    groups = [
        {"id": "a", "displayName": "A", "members": ["b", "U1@T.example"]},
        {"id": "b", "displayName": "B", "members": ["a"]},
    ]
    file.write_text(yaml.safe_dump(_directory(groups)))
    client = make_client(directory="strict", directory_file=file)
    headers = bearer(subject="u1", scopes=("Group.Read.All",), tenant_id="t")
    everyone = client.get("/v1.0/groups/a/transitiveMembers", headers=headers).json()["value"]
    assert [item["id"] for item in everyone] == ["u1", "b"]  # not a itself, nothing twice


@pytest.mark.parametrize(
    ("members", "problem"),
    [
        (["nobody"], "member 'nobody' is no user or group of the tenant"),
        (["a"], "group 'a' cannot be a member of itself"),
    ],
)
def test_a_directory_file_names_a_bad_member(members: list[str], problem: str) -> None:
    document = _directory([{"id": "a", "displayName": "A", "members": members}])
    with pytest.raises(DirectoryFileError, match=problem):
        parse_directory(document, "file.yaml")
