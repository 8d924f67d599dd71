"""`make lint-spec` and `make breaking` catch what they promise, and name the place."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.handler_stubs import ROOT

SPEC_TEXT = (ROOT / "spec" / "openapi.yaml").read_text()


def make(target: str, **variables: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", target, *(f"{k}={v}" for k, v in variables.items())],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


# --- lint-spec ---------------------------------------------------------------------------------


def lint(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text)
    return make("lint-spec", SPEC=str(spec))


def test_the_spec_passes_lint_spec() -> None:
    result = make("lint-spec")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_deleted_example_fails_lint_spec_naming_the_place(tmp_path: Path) -> None:
    text = SPEC_TEXT.replace(
        """          examples:
            sizes:
              $ref: '#/components/examples/ProfilePhotoCollection'
""",
        "",
    )
    assert text != SPEC_TEXT

    result = lint(tmp_path, text)

    assert result.returncode != 0
    assert "photo-success-example" in result.stdout
    # Spectral names the place to fix: the shared response that lost its example.
    assert "components.responses.ProfilePhotoCollection.content.application/json" in result.stdout


def test_a_problem_json_response_fails_lint_spec_naming_it(tmp_path: Path) -> None:
    text = SPEC_TEXT.replace(
        """        '409':
          $ref: '#/components/responses/PhotoConflict'""",
        """        '409':
          description: Conflict
          content:
            application/problem+json:
              schema:
                type: object""",
        1,
    )
    assert text != SPEC_TEXT

    result = lint(tmp_path, text)

    assert result.returncode != 0
    assert "photo-no-problem-json" in result.stdout
    assert "paths./users/{user-id}/photo.post.responses[409].content" in result.stdout


def test_an_unresolvable_operation_id_fails_lint_spec_naming_it(tmp_path: Path) -> None:
    text = SPEC_TEXT.replace(
        "operationId: groups.list_photos\n", "operationId: groups.list_fotos\n"
    )
    assert text != SPEC_TEXT

    result = lint(tmp_path, text)

    assert result.returncode != 0
    assert (
        "paths./groups/{group-id}/photos.get.operationId 'groups.list_fotos' has no handler: "
        in result.stdout
    )
    assert "does not define list_fotos" in result.stdout


# Each convention broken in a copy of the spec, all linted in one Spectral run (one node start
# instead of one per convention) with the ruleset and flags of `make lint-spec`; the make
# target's own wiring is what the tests above check.
CONVENTIONS = (
    ("      summary: Get a user's photo metadata\n", "", "photo-operation-summary"),
    ("      x-permissions: *group-write\n", "", "photo-operation-permissions"),
    ("security:\n  - bearerAuth: []\n", "security: []\n", "photo-bearer-security"),
    # What tests/contract/test_spec.py and tests/api/test_examples.py check, lint says first.
    (
        "        '500':\n          $ref: '#/components/responses/InternalServerError'\n",
        "",
        "photo-error-responses",
    ),
    (
        "        '404':\n          $ref: '#/components/responses/ImageNotFound'\n",
        "",
        "photo-object-not-found",
    ),
    (
        "      x-examples:\n"
        "        - given: [POST /v1.0/users/alice@contoso.com/photo square]\n"
        "          request: GET /v1.0/users/alice@contoso.com/photo\n"
        "          response: 200 photo\n"
        "        - request: GET /v1.0/users/nobody@nowhere/photo\n"
        "          response: 404 noSuchObject\n",
        "",
        "photo-operation-examples",
    ),
    (
        "          response: 200 photo\n",
        "          reply: 200 photo\n",
        "photo-operation-examples-shape",
    ),
)


@pytest.fixture(scope="module")
def convention_findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Per broken convention (its rule's name), the rules Spectral reports for that copy."""
    folder = tmp_path_factory.mktemp("conventions")
    files: dict[str, str] = {}
    for old, new, rule in CONVENTIONS:
        text = SPEC_TEXT.replace(old, new, 1)
        assert text != SPEC_TEXT, rule
        spec = folder / f"{rule}.yaml"
        spec.write_text(text)
        files[str(spec.resolve())] = rule
    result = subprocess.run(
        [
            str(ROOT / "node_modules/.bin/spectral"),
            "lint",
            *files,
            "--ruleset",
            str(ROOT / ".spectral.yaml"),
            "--fail-severity=warn",
            "--format=json",
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode != 0, result.stderr
    findings: dict[str, set[str]] = {rule: set() for rule in files.values()}
    for finding in json.loads(result.stdout):
        findings[files[str(Path(finding["source"]).resolve())]].add(str(finding["code"]))
    return findings


@pytest.mark.parametrize(("old", "new", "rule"), CONVENTIONS, ids=[c[2] for c in CONVENTIONS])
def test_other_conventions_are_enforced(
    convention_findings: dict[str, set[str]], old: str, new: str, rule: str
) -> None:
    assert rule in convention_findings[rule]


# --- breaking ----------------------------------------------------------------------------------

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "fixture", "version": "1"},
    "paths": {
        "/items/{id}": {
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 64},
                }
            ],
            "get": {
                "operationId": "items.get_item",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/item"}}
                        },
                    },
                    "404": {"description": "missing"},
                },
            },
            "put": {
                "operationId": "items.put_item",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/itemInput"}}
                    },
                },
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/items": {
            "get": {"operationId": "items.list_items", "responses": {"200": {"description": "ok"}}}
        },
    },
    "components": {
        "schemas": {
            "item": {
                "type": "object",
                "required": ["id", "width"],
                "properties": {
                    "id": {"type": "string"},
                    "width": {"type": "integer", "format": "int32"},
                    "colour": {"type": "string", "enum": ["red", "green", "blue"]},
                },
            },
            "itemInput": {
                "type": "object",
                "required": ["width"],
                "properties": {
                    "width": {"type": "integer", "format": "int32"},
                    "height": {"type": "integer", "format": "int32"},
                    "colour": {"type": "string", "enum": ["red", "green", "blue"]},
                },
            },
        }
    },
}


def changed(edit: Any) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    edit(spec)
    return spec


def breaking(tmp_path: Path, after: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    (tmp_path / "before.yaml").write_text(yaml.safe_dump(BASE))
    (tmp_path / "after.yaml").write_text(yaml.safe_dump(after))
    return subprocess.run(
        [
            "node",
            "tools/breaking.mjs",
            str(tmp_path / "before.yaml"),
            str(tmp_path / "after.yaml"),
            "BASE",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


BREAKING_CHANGES = {
    "removed path": (lambda s: s["paths"].pop("/items"), "GET /items"),
    "removed operation": (lambda s: s["paths"]["/items/{id}"].pop("put"), "PUT /items/{id}"),
    "new required body property": (
        lambda s: _schemas(s)["itemInput"]["required"].append("height"),
        "PUT /items/{id}",
    ),
    "new required query parameter": (
        lambda s: (
            s["paths"]["/items"]["get"]
            .setdefault("parameters", [])
            .append(
                {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
            )
        ),
        "GET /items",
    ),
    "narrowed parameter length": (
        lambda s: s["paths"]["/items/{id}"]["parameters"][0]["schema"].update(maxLength=8),
        "GET /items/{id}",
    ),
    "narrowed enum of an input": (
        lambda s: _schemas(s)["itemInput"]["properties"]["colour"].update(enum=["red"]),
        "PUT /items/{id}",
    ),
    "changed input type": (
        lambda s: _schemas(s)["itemInput"]["properties"]["width"].update(type="string"),
        "PUT /items/{id}",
    ),
    "removed response field": (
        lambda s: _schemas(s)["item"]["properties"].pop("colour"),
        "GET /items/{id}",
    ),
    "response field no longer required": (
        lambda s: _schemas(s)["item"]["required"].remove("width"),
        "GET /items/{id}",
    ),
    "changed status code": (
        lambda s: s["paths"]["/items/{id}"]["get"]["responses"].update(
            {"203": s["paths"]["/items/{id}"]["get"]["responses"].pop("200")}
        ),
        "GET /items/{id}",
    ),
}


@pytest.mark.parametrize("name", list(BREAKING_CHANGES))
def test_each_class_of_breaking_change_is_flagged(tmp_path: Path, name: str) -> None:
    edit, operation = BREAKING_CHANGES[name]

    result = breaking(tmp_path, changed(edit))

    assert result.returncode == 1, result.stdout + result.stderr
    summary, *_findings = result.stdout.splitlines()
    assert re.fullmatch(
        r"\d+ breaking changes? in .* since BASE, affecting \d+ operations?:", summary
    )
    assert operation in result.stdout
    assert "  why: " in result.stdout  # every finding says why it breaks clients


def test_a_shared_component_change_is_one_finding_listing_the_operations(tmp_path: Path) -> None:
    spec = yaml.load(SPEC_TEXT, Loader=yaml.CSafeLoader)
    photo = spec["components"]["schemas"]["profilePhoto"]
    photo["properties"].pop("width")
    photo["required"].remove("width")
    (tmp_path / "before.yaml").write_text(SPEC_TEXT)
    (tmp_path / "after.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))

    result = subprocess.run(
        ["node", "tools/breaking.mjs", str(tmp_path / "before.yaml"), str(tmp_path / "after.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("1 breaking change in ")
    # The whole old value, not cut mid-token; why; and every operation it reaches, once.
    width = json.dumps(
        yaml.load(SPEC_TEXT, Loader=yaml.CSafeLoader)["components"]["schemas"]["profilePhoto"][
            "properties"
        ]["width"],
        separators=(",", ":"),
    )
    assert lines[2] == f"profilePhoto.width: removed (it was {width})"
    assert lines[3] == "  why: a response property that clients may read was removed"
    affected = lines[4].removeprefix("  affects ").split(": ", 1)
    operations = affected[1].split(", ")
    assert affected[0] == f"{len(operations)} operations"
    assert len(operations) >= 20
    assert "GET /users/{user-id}/photo" in operations
    assert "GET /me/photos" in operations
    assert len(lines) == 5


def test_an_unknown_base_is_one_line_naming_it(tmp_path: Path) -> None:
    result = make("breaking", BASE="no-such-ref-42")

    assert result.returncode != 0
    (line,) = result.stderr.strip().splitlines()
    assert (
        "make breaking: BASE=no-such-ref-42 is not a commit, branch or tag of this repository "
        "(e.g. BASE=HEAD~1 or BASE=main)" in line
    )
    assert result.stdout == ""


@pytest.mark.parametrize(
    "edit",
    [
        lambda s: s["paths"].update(
            {"/other": {"get": {"operationId": "o.g", "responses": {"200": {"description": "ok"}}}}}
        ),
        lambda s: _schemas(s)["item"]["properties"].update(extra={"type": "string"}),
        lambda s: _schemas(s)["itemInput"]["properties"].update(note={"type": "string"}),
        lambda s: s["info"].update(description="More words."),
    ],
)
def test_compatible_changes_pass(tmp_path: Path, edit: Any) -> None:
    result = breaking(tmp_path, changed(edit))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No breaking changes" in result.stdout


def test_make_breaking_compares_with_a_git_ref(tmp_path: Path) -> None:
    result = make("breaking", BASE="HEAD")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "since HEAD" in result.stdout
