"""`make generate` scaffolds handler stubs: once, append-only, answering 501 in the envelope."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tools.handler_stubs import ROOT, scaffold

# Names no contributor will choose, so that their own new operation never collides with these.
NEW_OPERATIONS = {
    "/users/{user-id}/photo/zz-stub-fixture-history": {
        "parameters": [{"$ref": "#/components/parameters/UserId"}],
        "get": {
            "operationId": "users.zz_stub_fixture_history",
            "tags": ["profilePhoto"],
            "summary": "List a user's previous photos",
            "x-permissions": {"any": ["ProfilePhoto.Read.All"]},
            "responses": {
                "200": {"$ref": "#/components/responses/ProfilePhotoCollection"},
                "400": {"$ref": "#/components/responses/BadRequest"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
                "403": {"$ref": "#/components/responses/Forbidden"},
                "500": {"$ref": "#/components/responses/InternalServerError"},
            },
        },
    },
    "/zz-stub-fixture/count": {
        "get": {
            "operationId": "zz_stub_fixture.count",
            "tags": ["profilePhoto"],
            "summary": "Count the stored photos",
            "x-permissions": {"any": ["ProfilePhoto.Read.All"]},
            "responses": {
                "200": {"$ref": "#/components/responses/ProfilePhoto"},
                "401": {"$ref": "#/components/responses/Unauthorized"},
            },
        },
    },
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the parts of the project that code generation and the app read."""
    for part in ("spec", "handlers", "graph_photos", "generated", "tools"):
        # symlinks=True: graph_photos/{handlers,generated,spec} keep pointing at the copies.
        shutil.copytree(
            ROOT / part,
            tmp_path / part,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    spec_path = tmp_path / "spec" / "openapi.yaml"
    spec = yaml.load(spec_path.read_text(), Loader=yaml.CSafeLoader)
    spec["paths"].update(NEW_OPERATIONS)
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return tmp_path


def handler_files(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "handlers").glob("*.py"))}


def test_stubs_are_appended_once_and_existing_code_is_untouched(project: Path) -> None:
    before = handler_files(project)

    first = scaffold(project / "spec" / "openapi.yaml", project / "handlers")
    after_first = handler_files(project)
    second = scaffold(project / "spec" / "openapi.yaml", project / "handlers")

    assert [op.operation_id for op in first] == [
        "users.zz_stub_fixture_history",
        "zz_stub_fixture.count",
    ]
    assert second == []
    assert handler_files(project) == after_first
    for name, content in before.items():
        assert after_first[name].startswith(content), f"{name} was changed, not appended to"
    assert set(after_first) - set(before) == {"zz_stub_fixture.py"}
    assert after_first["users.py"].count(b"async def zz_stub_fixture_history(") == 1
    assert b'raise not_implemented("users.zz_stub_fixture_history")' in after_first["users.py"]


def test_the_app_serves_a_stub_as_501_in_the_graph_envelope(project: Path) -> None:
    scaffold(project / "spec" / "openapi.yaml", project / "handlers")
    probe = """
import json, tempfile
from starlette.testclient import TestClient
from graph_photos import Settings, create_app
from graph_photos.identity.jwt import mint_token
settings = Settings(
    data_dir=tempfile.mkdtemp(), jwt_secret="stub-test-secret-" + "x" * 48, allowed_hosts="*"
)
token = mint_token(settings, subject="alice", scopes=["ProfilePhoto.Read.All"])
with TestClient(create_app(settings), headers={"Authorization": f"Bearer {token}"}) as client:
    for path in ("/beta/users/alice/photo/zz-stub-fixture-history", "/v1.0/zz-stub-fixture/count"):
        response = client.get(path)
        print(json.dumps([response.status_code, response.headers["content-type"], response.json()]))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=project,
        env={"PYTHONPATH": str(project), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )

    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 2
    for status, content_type, body in lines:
        assert (status, content_type) == (501, "application/json")
        assert body["error"]["code"] == "NotImplemented"
        assert "has no implementation yet" in body["error"]["message"]
        assert body["error"]["innerError"]["request-id"]
