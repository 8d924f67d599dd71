"""/me, users and groups as owners, and Graph's permission table."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from tests.credentials import bearer
from tests.fixtures.images import photo_bytes

JPEG = {"Content-Type": "image/jpeg"}


def put(client: TestClient, path: str, headers: dict[str, str]) -> int:
    response = client.put(
        f"{path}/photo/$value", content=photo_bytes(), headers={**JPEG, **headers}
    )
    return response.status_code


def test_me_is_the_token_subject(client: TestClient) -> None:
    me = bearer(subject="0f1e2d3c-aaaa-bbbb-cccc-000000000001", scopes=("User.ReadWrite",))

    assert put(client, "/beta/me", me) == 200

    mine = client.get("/beta/me/photo", headers=me).json()
    same = client.get("/beta/users/0F1E2D3C-AAAA-BBBB-CCCC-000000000001/photo").json()
    assert mine["@odata.mediaEtag"] == same["@odata.mediaEtag"]
    assert mine["@odata.context"] == (
        "http://testserver/beta/$metadata#users('0f1e2d3c-aaaa-bbbb-cccc-000000000001')/photo/$entity"
    )
    assert client.get("/v1.0/me/photos", headers=me).json()["value"]


def test_me_with_an_application_token_is_400(client: TestClient) -> None:
    app_only = bearer(subject="daemon-app", scopes=(), roles=("ProfilePhoto.ReadWrite.All",))

    response = client.get("/beta/me/photo", headers=app_only)

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "/me request is only valid with delegated authentication flow."
    )


def test_application_roles_grant_access_to_users(client: TestClient) -> None:
    app_only = bearer(subject="daemon-app", scopes=(), roles=("ProfilePhoto.ReadWrite.All",))
    assert put(client, "/beta/users/bob", app_only) == 200


def test_groups_and_users_with_the_same_id_are_different_owners(client: TestClient) -> None:
    assert put(client, "/beta/groups/team-1", {}) == 200

    assert client.get("/beta/groups/team-1/photo").status_code == 200
    assert client.get("/beta/users/team-1/photo").status_code == 404


READ = [
    "ProfilePhoto.Read.All",
    "ProfilePhoto.ReadWrite.All",
    "User.Read",
    "User.ReadBasic.All",
    "User.Read.All",
    "User.ReadWrite",
    "User.ReadWrite.All",
]


@pytest.mark.parametrize("scope", READ)
def test_each_read_permission_reads_a_users_photo(client: TestClient, scope: str) -> None:
    put(client, "/beta/users/bob", {})
    headers = bearer(scopes=(scope,))

    for path in ("photo", "photo/$value", "photos", "photos/48x48", "photos/48x48/$value"):
        assert client.get(f"/beta/users/bob/{path}", headers=headers).status_code == 200, path


@pytest.mark.parametrize(
    ("owner", "scope", "read", "write"),
    [
        ("/beta/users/bob", "Mail.Read", 403, 403),
        ("/beta/users/bob", "Group.ReadWrite.All", 403, 403),
        ("/beta/users/bob", "ProfilePhoto.Read.All", 200, 403),
        ("/beta/users/bob", "User.ReadWrite", 200, 403),
        ("/beta/users/bob", "User.ReadWrite.All", 200, 200),
        ("/beta/users/alice", "User.ReadWrite", 200, 200),  # alice is the caller: her own photo
        ("/beta/users/ALICE", "User.ReadWrite", 200, 200),
        ("/beta/me", "User.ReadWrite", 200, 200),
        ("/beta/me", "User.Read", 200, 403),
        ("/beta/me", "ProfilePhoto.ReadWrite.All", 200, 200),
        ("/beta/groups/g1", "Group.Read.All", 200, 403),
        ("/beta/groups/g1", "Group.ReadWrite.All", 200, 200),
        ("/beta/groups/g1", "User.ReadWrite.All", 403, 403),
        ("/beta/groups/g1", "ProfilePhoto.Read.All", 200, 403),
    ],
)
def test_permission_table(
    client: TestClient, owner: str, scope: str, read: int, write: int
) -> None:
    put(client, owner, {})  # as an administrator
    headers = bearer(subject="alice", scopes=(scope,))

    assert client.get(f"{owner}/photo", headers=headers).status_code == read
    assert put(client, owner, headers) == write
    delete = client.delete(f"{owner}/photo", headers=headers).status_code
    assert delete == (204 if write == 200 else 403)


def test_forbidden_is_graph_shaped_and_writes_nothing(client: TestClient) -> None:
    reader = bearer(scopes=("ProfilePhoto.Read.All",))

    response = client.post("/beta/users/bob/photo", json={"width": 5, "height": 5}, headers=reader)

    assert response.status_code == 403
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "Authorization_RequestDenied"
    # Graph's words, then what would have allowed it.
    assert response.json()["error"]["message"] == (
        "Insufficient privileges to complete the operation. The token needs one of "
        "ProfilePhoto.ReadWrite.All, User.ReadWrite.All; or for the caller's own user, "
        "User.ReadWrite."
    )
    assert client.get("/beta/users/bob/photo").status_code == 404


def test_permissions_are_checked_before_the_body(client: TestClient) -> None:
    reader = bearer(scopes=("ProfilePhoto.Read.All",))

    response = client.post("/beta/users/bob/photo", json={"width": "Int32"}, headers=reader)

    assert response.status_code == 403


def test_token_without_any_permission_is_403_not_401(client: TestClient) -> None:
    assert client.get("/beta/users/bob/photo", headers=bearer(scopes=())).status_code == 403
