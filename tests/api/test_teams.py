"""A team's photo at every address Graph gives it, and the teams a user has joined.

Alice and Carol are members of Design (a team), Bob and Dave of Engineering (a team); Erin and
Frank of All Company (no team) alone, and through it no team's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from starlette.testclient import TestClient

from tests.api.test_directory import ALICE, ALL_COMPANY, BOB, CONTOSO, DESIGN, JPEG, graph_error
from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

ENGINEERING = "9ebd7499-da9c-5567-9c04-5b00112ef5ae"
ERIN = "erin@contoso.com"
TEAMS_READ = ("Team.ReadBasic.All",)
TEAM_WRITE = ("TeamSettings.ReadWrite.All",)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(directory="strict", directory_file=None)


def _token(subject: str, scopes: tuple[str, ...]) -> dict[str, str]:
    return bearer(subject=subject, scopes=scopes, tenant_id=CONTOSO)


def test_every_team_address_reads_and_writes_the_groups_photo(client: TestClient) -> None:
    alice = _token(ALICE, (*TEAMS_READ, *TEAM_WRITE))
    addresses = [
        f"/v1.0/teams/{DESIGN}",
        f"/beta/groups/{DESIGN}/team",
        f"/v1.0/me/joinedTeams/{DESIGN}",
        f"/v1.0/users/alice@contoso.com/joinedTeams/{DESIGN.upper()}",
    ]
    etags = set()
    for number, address in enumerate(addresses):
        for method in ("PUT", "PATCH"):
            side = 96 + 8 * (2 * number + (method == "PATCH"))
            stored = client.request(
                method, f"{address}/photo/$value", content=photo_bytes(side, side),
                headers={**alice, **JPEG},
            )  # fmt: skip
            # A team photo's upload answers 204 and no body, as Graph answers it.
            assert (stored.status_code, stored.content) == (204, b""), stored.text
            group = client.get(
                f"/v1.0/groups/{DESIGN}/photo", headers=_token(ALICE, ("Group.Read.All",))
            )
            assert group.json()["width"] == side
            etags.add(group.json()["@odata.mediaEtag"])
            for other in addresses:  # every address reads the same photo
                meta = client.get(f"{other}/photo", headers=alice)
                assert meta.status_code == 200, meta.text
                assert meta.json()["@odata.mediaEtag"] == group.json()["@odata.mediaEtag"]
                content = client.get(f"{other}/photo/$value", headers=alice)
                assert content.headers["etag"] == group.json()["@odata.mediaEtag"]
    assert len(etags) == 2 * len(addresses)


def test_a_team_address_of_no_team_or_of_a_team_not_joined_is_not_found(
    client: TestClient,
) -> None:
    alice = _token(ALICE, (*TEAMS_READ, *TEAM_WRITE))
    for path in (
        f"/v1.0/groups/{ALL_COMPANY}/team/photo",  # a group without a team
        f"/v1.0/me/joinedTeams/{ENGINEERING}/photo",  # a team, but not Alice's
        f"/v1.0/users/{BOB}/joinedTeams/{DESIGN}/photo/$value",
        f"/v1.0/users/{ERIN}/joinedTeams/{ALL_COMPANY}/photo",
    ):
        graph_error(client.get(path, headers=alice), 404, "Request_ResourceNotFound")
    refused = client.put(f"/v1.0/me/joinedTeams/{ENGINEERING}/photo/$value",
                         content=photo_bytes(), headers={**alice, **JPEG})  # fmt: skip
    graph_error(refused, 404, "Request_ResourceNotFound")
    engineering = client.get(f"/v1.0/teams/{ENGINEERING}/photo", headers=alice)
    graph_error(engineering, 404, "ImageNotFound")  # nothing was written


def test_joined_teams_are_the_teams_of_the_users_own_groups(client: TestClient) -> None:
    reader = _token(ALICE, TEAMS_READ)
    mine = client.get("/v1.0/me/joinedTeams", headers=reader)
    assert mine.status_code == 200, mine.text
    assert mine.json() == {
        "@odata.context": "http://testserver/v1.0/$metadata#teams",
        "value": [
            {
                "id": DESIGN,
                "displayName": "Design",
                "description": "The design team, with a Microsoft Teams team.",
                "isArchived": False,
                "tenantId": CONTOSO,
            }
        ],
    }
    bobs = client.get("/beta/users/BOB@contoso.com/joinedTeams", headers=reader).json()
    assert [team["id"] for team in bobs["value"]] == [ENGINEERING]
    # Erin is in All Company (no team), which holds Design and Engineering: no team is hers.
    assert client.get(f"/v1.0/users/{ERIN}/joinedTeams", headers=reader).json()["value"] == []
    graph_error(
        client.get("/v1.0/users/nobody@contoso.com/joinedTeams", headers=reader),
        404,
        "Request_ResourceNotFound",
    )


def test_team_addresses_need_team_permissions(client: TestClient) -> None:
    photos_only = _token(ALICE, ("ProfilePhoto.Read.All",))
    graph_error(client.get("/v1.0/me/joinedTeams", headers=photos_only), 403,
                "Authorization_RequestDenied")  # fmt: skip
    # Reading a team's photo: ProfilePhoto.Read.All is enough (there is no photo yet).
    no_photo = client.get(f"/v1.0/me/joinedTeams/{DESIGN}/photo", headers=photos_only)
    graph_error(no_photo, 404, "ImageNotFound")
    # Writing it takes more than Team.ReadBasic.All.
    read_only = _token(ALICE, TEAMS_READ)
    for path in (f"/v1.0/groups/{DESIGN}/team/photo/$value",
                 f"/v1.0/me/joinedTeams/{DESIGN}/photo/$value"):  # fmt: skip
        refused = client.put(path, content=photo_bytes(), headers={**read_only, **JPEG})
        graph_error(refused, 403, "Authorization_RequestDenied")


def test_joined_teams_take_select_as_the_graph_toolkit_sends_it(client: TestClient) -> None:
    """mgt-teams-channel-picker asks `/me/joinedTeams?$select=displayName,id,isArchived`."""
    reader = _token(ALICE, TEAMS_READ)
    picked = client.get("/v1.0/me/joinedTeams?$select=displayName,id,isArchived", headers=reader)
    assert picked.status_code == 200, picked.text
    assert picked.json() == {
        "@odata.context": "http://testserver/v1.0/$metadata#teams(displayName,id,isArchived)",
        "value": [{"id": DESIGN, "displayName": "Design", "isArchived": False}],
    }
    unkept = client.get("/v1.0/me/joinedTeams?$select=webUrl,id,webUrl", headers=reader).json()
    assert unkept["value"] == [{"id": DESIGN, "webUrl": None}]  # a property not kept: null
    message = graph_error(
        client.get("/v1.0/me/joinedTeams?$select=shoeSize", headers=reader), 400, "BadRequest"
    )
    assert message == (
        "Parsing OData Select and Expand failed: Could not find a property named 'shoeSize' "
        "on type 'microsoft.graph.team'."
    )
