"""Failures of a JSON request body, in Graph's words.

`translate` turns the most relevant JSON-schema error of a body (`most_relevant`) into the OData
error Graph would send: `RequestBodyRead` for what cannot be read as the type (wrong JSON type,
unknown property, malformed or non-UTF-8 JSON), `Request_BadRequest` for what the type forbids
(read-only or missing properties, values out of range).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import ValidationError

from graph_photos.web.errors import GraphError

_INT32 = (-(2**31), 2**31 - 1)

_EDM_TYPES: dict[tuple[object, object], str] = {
    ("integer", "int32"): "Edm.Int32",
    ("integer", "int64"): "Edm.Int64",
    ("integer", None): "Edm.Int64",
    ("number", None): "Edm.Double",
    ("string", None): "Edm.String",
    ("boolean", None): "Edm.Boolean",
}

# When a body breaks several rules, report the one a client most needs to fix first.
_PRIORITY = ["type", "additionalProperties", "readOnly", "required", "enum", "format"]


def bad_read(message: str) -> GraphError:
    return GraphError(400, "RequestBodyRead", message)


def _bad_request(message: str) -> GraphError:
    return GraphError(400, "Request_BadRequest", message)


def _literal(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def odata_type_name(schema: dict[str, Any]) -> str:
    """The OData type a body schema describes, from its `@odata.type` enum."""
    odata_type = schema.get("properties", {}).get("@odata.type", {}).get("enum", [])
    if odata_type:
        return str(odata_type[0]).lstrip("#")
    return str(schema.get("title", "object"))


def _edm_type(schema: dict[str, Any]) -> str:
    return _EDM_TYPES.get(
        (schema.get("type"), schema.get("format")),
        _EDM_TYPES.get((schema.get("type"), None), "Edm.Untyped"),
    )


def _conversion_error(value: Any, schema: dict[str, Any]) -> GraphError:
    return bad_read(
        f"Cannot convert the literal '{_literal(value)}' to the expected type "
        f"'{_edm_type(schema)}'."
    )


def translate(error: ValidationError, body_schema: dict[str, Any]) -> GraphError:
    """The Graph error for one JSON-schema error of a request body."""
    type_name = odata_type_name(body_schema)
    prop = str(error.path[-1]) if error.path else None
    schema: dict[str, Any] = dict(error.schema) if isinstance(error.schema, Mapping) else {}
    instance: Any = error.instance
    rule: Any = error.validator_value
    if error.validator == "type":
        if prop is None:
            return bad_read(f"The request body must be a JSON object of type '{type_name}'.")
        return _conversion_error(instance, schema)
    if error.validator == "additionalProperties":
        known = set(schema.get("properties", {}))
        unknown = sorted(set(instance) - known)[0]
        return bad_read(
            f"The property '{unknown}' does not exist on type '{type_name}'. Make sure to only "
            "use property names that are defined by the type or mark the type as open type."
        )
    if error.validator == "readOnly":
        return _bad_request(f"Property '{prop}' is read-only and cannot be set.")
    if error.validator == "required":
        missing = next(name for name in rule if name not in instance)
        return _bad_request(f"The property '{missing}' is required on type '{type_name}'.")
    if error.validator in ("minimum", "maximum"):
        fmt = schema.get("format")
        if fmt == "int32" and not _INT32[0] <= instance <= _INT32[1]:
            return _conversion_error(instance, schema)
        low, high = schema.get("minimum"), schema.get("maximum")
        bounds = (
            f"between {low} and {high}"
            if low is not None and high is not None
            else (f"at least {low}" if low is not None else f"at most {high}")
        )
        return _bad_request(f"Property '{prop}' must be {bounds}; got {_literal(instance)}.")
    if error.validator in ("minItems", "maxItems") and isinstance(instance, list):
        bound = "at least" if error.validator == "minItems" else "at most"
        return _bad_request(
            f"Property '{prop}' has {len(instance)} items; it may have {bound} {rule}."
        )
    if error.validator == "minLength" and isinstance(instance, str):
        return _bad_request(f"Property '{prop}' must not be empty.")
    if error.validator == "enum":
        allowed = ", ".join(f"'{_literal(v)}'" for v in rule)
        return _bad_request(
            f"Property '{prop}' must be one of {allowed}; got '{_literal(instance)}'."
        )
    where = f"Property '{prop}'" if prop else "The request body"
    return _bad_request(f"{where} is not valid: {error.message}")


def most_relevant(errors: Iterable[ValidationError]) -> ValidationError | None:
    """The error to report first: by `_PRIORITY`, then the shallowest."""

    def rank(error: ValidationError) -> tuple[int, int]:
        validator = str(error.validator)
        order = _PRIORITY.index(validator) if validator in _PRIORITY else len(_PRIORITY)
        return (order, len(error.path))

    return min(errors, key=rank, default=None)


def unreadable_text(encoding: str) -> GraphError:
    """The error of a body that is not text in its declared encoding."""
    return bad_read(f"The request body is not valid {encoding} text; send UTF-8 encoded JSON.")


def malformed_json(reason: object) -> GraphError:
    """The error of a body that is not JSON."""
    return bad_read(f"The request body is not valid JSON: {reason}.")


def empty_body(body_schema: dict[str, Any]) -> GraphError:
    """The error of a missing body where the operation requires one."""
    return bad_read(
        f"The request body is empty; send a JSON object of type '{odata_type_name(body_schema)}'."
    )
