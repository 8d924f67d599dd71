"""docs/changing-the-api.md, followed in a copy of the project, as a new contributor would.

Add its example operation (`GET /users/{user-id}/photo/history`) to the spec with an
example, `make generate`, fill the typed stub with a few lines, and `make check` (the quick
loop: drift, spec lint, code lint, unit, API, contract and example tests) passes. Then a wrong
value in the example makes the example test fail with a diff that names it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("spec", "handlers", "graph_photos", "generated", "tools", "tests", "bench", "docs")
FILES = (
    "Makefile",
    "pyproject.toml",
    "uv.lock",
    "package.json",
    "package-lock.json",
    ".spectral.yaml",
    ".spectral-operations.yaml",
    "schemathesis.toml",
)

HISTORY = {
    "parameters": [{"$ref": "#/components/parameters/UserId"}],
    "get": {
        "operationId": "users.get_photo_history",
        "tags": ["profilePhoto"],
        "summary": "List a user's photos, newest first",
        "description": "The photos the user has had; this service keeps the current one only.\n",
        "x-permissions": {"any": ["ProfilePhoto.Read.All", "ProfilePhoto.ReadWrite.All"]},
        "x-examples": [
            {
                "given": ["POST /v1.0/users/alice@contoso.com/photo square"],
                "request": "GET /v1.0/users/alice@contoso.com/photo/history",
                "response": "200 history",
            }
        ],
        "responses": {
            "200": {
                "description": "The user's photos.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/profilePhotoCollection"},
                        "examples": {
                            "history": {
                                "summary": "A user with one photo",
                                "value": {
                                    "@odata.context": "http://127.0.0.1:8000/v1.0/$metadata#photos",
                                    "value": [
                                        {
                                            "@odata.mediaContentType": "image/jpeg",
                                            "@odata.mediaEtag": '"3F2A9C01D4E5B6A7"',
                                            "id": "96x96",
                                            "height": 96,
                                            "width": 96,
                                        }
                                    ],
                                },
                            }
                        },
                    }
                },
            },
            "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/ImageNotFound"},
            "500": {"$ref": "#/components/responses/InternalServerError"},
        },
    },
}

SCAFFOLDED = "async def get_photo_history(user_id: str) -> models.ProfilePhotoCollection:"
FILLED = '''async def get_photo_history(user_id: str) -> models.ProfilePhotoCollection:
    """List a user's photos, newest first (the current one: no history is kept)."""
    sizes = await list_photos(user_id=user_id)
    largest = max(sizes.value, key=lambda size: size.width)
    return models.ProfilePhotoCollection(odata_context=sizes.odata_context, value=[largest])
'''


def _copy_project(into: Path) -> None:
    for part in PARTS:
        # symlinks=True: graph_photos/{handlers,generated,spec} keep pointing at the copies.
        shutil.copytree(
            ROOT / part,
            into / part,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__", "node_modules"),
        )
    for name in FILES:
        shutil.copy2(ROOT / name, into / name)  # copy2: make sees the stamps as up to date
    (into / "node_modules").symlink_to(ROOT / "node_modules")


def _add_path(spec_path: Path, path: str, item: dict[str, object]) -> str:
    """Insert `path` at the end of the spec's paths, as text (as a contributor would edit it:
    the rest of the file, anchors included, stays as it was); the text inserted."""
    block = yaml.safe_dump({path: item}, sort_keys=False, width=100)
    inserted = "".join(f"  {line}\n" for line in block.splitlines())
    text = spec_path.read_text()
    head, marker, tail = text.partition("\ncomponents:\n")
    assert marker, "spec/openapi.yaml has no top-level components"
    spec_path.write_text(head + "\n" + inserted.rstrip("\n") + marker + tail)
    return inserted


def _git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def _make(project: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(project)}  # the copy's package, not the checkout's
    return subprocess.run(
        ["make", "--no-print-directory", f"VENV={ROOT / '.venv'}", *targets],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_adding_the_readme_example_operation_keeps_make_check_green(tmp_path: Path) -> None:
    project = tmp_path / "project"
    _copy_project(project)
    # A contributor's clone: `make breaking` compares with its HEAD.
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "-c", "user.name=n", "-c", "user.email=n@example.com", "commit", "-qm", "base")
    spec_path = project / "spec" / "openapi.yaml"
    inserted = _add_path(spec_path, "/users/{user-id}/photo/history", HISTORY)

    generated = _make(project, "generate")
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "scaffolded users.get_photo_history" in generated.stdout
    users = project / "handlers" / "users.py"
    stub = users.read_text()
    assert SCAFFOLDED in stub  # typed from the spec: the path parameter, JSON out
    # As scaffolded, it already passes the code lint (format, style, types).
    linted = _make(project, "lint")
    assert linted.returncode == 0, linted.stdout[-3000:] + linted.stderr[-3000:]

    # The stub answers 501, which its example test catches; a few lines make it real.
    before, _, _ = stub.partition(SCAFFOLDED)
    users.write_text(before + FILLED)
    checked = _make(project, "check")
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr[-4000:]

    # A wrong value in the example: the example test fails, naming the place and both values.
    assert inserted.count("height: 96") == 1
    spec_path.write_text(
        spec_path.read_text().replace(inserted, inserted.replace("height: 96", "height: 95"))
    )
    broken = subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "pytest"),
            "-q",
            "tests/api/test_examples.py",
            "-k",
            "history",
        ],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert broken.returncode == 1, broken.stdout
    assert "$.value[0].height: the spec says 95; the app answered 96" in broken.stdout
