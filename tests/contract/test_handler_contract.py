"""The generated models are the handlers' contract: handlers take and return them, typed.

mypy --strict checks that handlers use their annotations consistently; these tests check what
the annotations are: no `Any` at any handler's boundary, a generated model for every JSON body
and every JSON answer of the Graph spec, and every generated model used by the code (or the
type of a field of one that is), so the spec holds no schema that nothing serves.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from graph_photos.generated import models
from graph_photos.specification import (
    OPERATIONS_SPEC_PATH,
    SPEC_PATH,
    SpecOperation,
    load_spec,
    operations,
)

ROOT = Path(__file__).resolve().parents[2]
GRAPH = load_spec(SPEC_PATH)
OPERATIONS = [*operations(GRAPH), *operations(load_spec(OPERATIONS_SPEC_PATH))]


def handler(operation: SpecOperation) -> Any:
    assert operation.operation_id is not None
    module, function = operation.operation_id.rsplit(".", 1)
    return getattr(importlib.import_module(f"graph_photos.handlers.{module}"), function)


def _mentions_any(annotation: Any) -> bool:
    if annotation is Any:
        return True
    if typing.is_typeddict(annotation):
        return any(_mentions_any(a) for a in typing.get_type_hints(annotation).values())
    return any(_mentions_any(argument) for argument in typing.get_args(annotation))


def _json(content: dict[str, Any]) -> bool:
    return any("json" in media for media in content)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.operation_id)
def test_no_handler_takes_or_returns_any(operation: SpecOperation) -> None:
    hints = typing.get_type_hints(handler(operation))
    assert "return" in hints, "every handler states what it returns"
    for name, annotation in hints.items():
        assert not _mentions_any(annotation), f"{name}: {annotation}"


GRAPH_OPERATIONS = list(operations(GRAPH))


@pytest.mark.parametrize("operation", GRAPH_OPERATIONS, ids=lambda o: o.operation_id)
def test_json_bodies_and_answers_are_generated_models(operation: SpecOperation) -> None:
    hints = typing.get_type_hints(handler(operation))
    body = operation.operation.get("requestBody")
    if body is not None:
        if "$ref" in body:
            body = GRAPH["components"]["requestBodies"][body["$ref"].rsplit("/", 1)[1]]
        expected = BaseModel if _json(body["content"]) else bytes
        annotation = hints["body"]
        assert inspect.isclass(annotation), annotation
        assert issubclass(annotation, expected), annotation
    answers = [
        GRAPH["components"]["responses"][r["$ref"].rsplit("/", 1)[1]] if "$ref" in r else r
        for status, r in operation.operation["responses"].items()
        if str(status).startswith("2")
    ]
    if answers and all(_json(answer.get("content", {})) for answer in answers):
        returned = hints["return"]
        model = typing.get_args(returned)[0] if typing.get_origin(returned) is tuple else returned
        # A streamed answer (the $batch's) names the model its body is.
        model = getattr(model, "wire_model", model)
        assert inspect.isclass(model), returned
        assert issubclass(model, BaseModel), returned
        assert model.__module__ == models.__name__


def _names_used_by_code() -> set[str]:
    used: set[str] = set()
    for path in [*(ROOT / "graph_photos").rglob("*.py"), *(ROOT / "handlers").glob("*.py")]:
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith(
                "generated.models"
            ):
                used.update(alias.name for alias in node.names)
    return used


def test_every_generated_model_is_used_by_the_code() -> None:
    generated = {
        name: cls
        for name, cls in vars(models).items()
        # `RootModel[str]`: pydantic's own parametrisation of a generic (the base of a string
        # item with constraints), registered in the module; not a schema of the spec.
        if inspect.isclass(cls) and cls.__module__ == models.__name__ and "[" not in name
    }
    reached: set[str] = set()
    pending = [name for name in _names_used_by_code() if name in generated]
    while pending:  # a model the code uses reaches the types of its fields
        name = pending.pop()
        if name in reached:
            continue
        reached.add(name)
        cls = generated[name]
        if issubclass(cls, BaseModel):
            for field in cls.model_fields.values():
                for part in (field.annotation, *typing.get_args(field.annotation)):
                    for inner in (part, *typing.get_args(part)):
                        if inspect.isclass(inner) and inner.__name__ in generated:
                            pending.append(inner.__name__)
    assert sorted(set(generated) - reached) == []
