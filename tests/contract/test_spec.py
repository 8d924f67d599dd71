"""The spec is valid, complete and consistent with the handlers and generated models."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from importlib import metadata
from typing import Any

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from graph_photos.generated import models as generated_models
from graph_photos.specification import (
    IDENTITY_SPEC_PATH,
    OPERATIONS_SPEC_PATH,
    SPEC_PATH,
    load_spec,
)
from graph_photos.web.middleware.permissions import rules_from_spec

SPEC = load_spec(SPEC_PATH)
METHODS = ("get", "put", "post", "delete", "patch")


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = SPEC["components"][section][name]
    return node


def model_for(schema: dict[str, Any]) -> type[BaseModel] | None:
    if "$ref" not in schema:
        return None
    name = schema["$ref"].split("/")[-1]
    model = getattr(generated_models, name[0].upper() + name[1:])
    assert issubclass(model, BaseModel)
    return model


def media_examples() -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every example of every JSON body in the spec."""
    for path, method, operation in operations():
        bodies = []
        if "requestBody" in operation:
            bodies.append((f"{method} {path} request", resolve(operation["requestBody"])))
        for status, response in operation["responses"].items():
            bodies.append((f"{method} {path} {status}", resolve(response)))
        for where, body in bodies:
            for media_type, media in body.get("content", {}).items():
                if not media_type.endswith("json"):
                    continue
                for name, example in media.get("examples", {}).items():
                    yield f"{where} {name}", media["schema"], resolve(example)["value"]


OPERATIONS = list(operations())
EXAMPLES = list(media_examples())


def test_spec_is_valid_openapi_3_0() -> None:
    assert SPEC["openapi"].startswith("3.0.")
    validate(SPEC)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_operation_id_resolves_to_an_async_handler(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    module_name, function_name = operation["operationId"].rsplit(".", 1)
    handler = getattr(
        importlib.import_module(f"graph_photos.handlers.{module_name}"), function_name
    )
    assert inspect.iscoroutinefunction(handler)


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_operation_documents_summary_tag_security_and_errors(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    assert operation["summary"]
    assert operation["tags"]
    assert operation.get("security", SPEC["security"]) == [{"bearerAuth": []}]
    assert {"400", "401", "403", "500"} <= set(operation["responses"])
    permissions = operation["x-permissions"]
    assert permissions.get("any") or permissions.get("application"), (
        "every operation names the permissions it needs"
    )
    for status, response in operation["responses"].items():
        content = resolve(response).get("content", {})
        if int(status) >= 400:
            assert list(content) == ["application/json"], (status, content)
            assert content["application/json"]["schema"] == {
                "$ref": "#/components/schemas/ODataError"
            }
        else:
            for media in content.values():
                assert media.get("examples") or media.get("example"), (status, media)
    if "requestBody" in operation:
        for media in resolve(operation["requestBody"])["content"].values():
            assert media.get("examples"), f"{method} {path} request has no example"


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS, ids=lambda v: str(v)[:40])
def test_operation_that_resolves_a_directory_object_documents_404(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    """Every path that names a user, group or team (or /me) resolves it, and an unknown one is
    404 Request_ResourceNotFound, writes included (connexion's response validation does not
    flag an undocumented status, so this is where it is caught)."""
    addresses_an_object = path.startswith("/me") or any(
        f"{{{name}}}" in path for name in ("user-id", "group-id", "team-id")
    )
    if addresses_an_object:
        assert "404" in operation["responses"], f"{method.upper()} {path} does not document 404"


def test_permission_rules_cover_every_operation() -> None:
    rules = rules_from_spec(SPEC)
    assert set(rules) == {operation["operationId"] for _, _, operation in OPERATIONS}


def test_binary_examples_exist_next_to_the_spec() -> None:
    text = SPEC_PATH.read_text()
    for name in ("examples/photo-96x96.jpg", "examples/photo-64x48.png"):
        assert name in text
        assert (SPEC_PATH.parent / name).read_bytes()[:4] in (b"\xff\xd8\xff\xe0", b"\x89PNG")


def test_operations_spec_is_valid_and_resolves() -> None:
    operations_spec = load_spec(OPERATIONS_SPEC_PATH)
    validate(operations_spec)
    for path_item in operations_spec["paths"].values():
        for operation in path_item.values():
            module_name, function_name = operation["operationId"].rsplit(".", 1)
            handler = getattr(
                importlib.import_module(f"graph_photos.handlers.{module_name}"), function_name
            )
            assert inspect.iscoroutinefunction(handler)


def test_operations_spec_uses_the_same_error_envelope() -> None:
    def flattened(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            return flattened(components[schema["$ref"].split("/")[-1]], components)
        result = {k: v for k, v in schema.items() if k not in ("description", "example")}
        if "properties" in schema:
            result["properties"] = {
                name: flattened(sub, components) for name, sub in schema["properties"].items()
            }
        return result

    operations_spec = load_spec(OPERATIONS_SPEC_PATH)
    theirs = flattened({"$ref": "#/ODataError"}, operations_spec["components"]["schemas"])
    ours = flattened({"$ref": "#/ODataError"}, SPEC["components"]["schemas"])
    assert theirs == ours


def test_spec_never_mentions_problem_json() -> None:
    assert "problem+json" not in SPEC_PATH.read_text()


def test_every_example_is_checked() -> None:
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize(("where", "schema", "value"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_example_validates_against_the_generated_model(
    where: str, schema: dict[str, Any], value: Any
) -> None:
    model = model_for(schema)
    assert model is not None, f"{where}: body schema is not a component"
    model.model_validate(value)


def test_every_spec_carries_the_packages_version() -> None:
    """One version: the package's (pyproject.toml), in each spec's `info.version`."""
    import graph_photos

    assert graph_photos.__version__ == metadata.version("graph-photos")
    for path in (SPEC_PATH, OPERATIONS_SPEC_PATH, IDENTITY_SPEC_PATH):
        assert load_spec(path)["info"]["version"] == graph_photos.__version__, path.name
