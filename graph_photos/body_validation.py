"""connexion's JSON request body validator, adapted to speak Graph.

connexion reports only the first schema error as one English sentence and crashes on bodies
that are not UTF-8. This adapter parses bodies itself (malformed or non-UTF-8 JSON is a 400),
validates against the operation's schema, and translates the most relevant schema error into
the OData error Graph would send: `RequestBodyRead` for what cannot be read as the type
(wrong JSON type, unknown property), `Request_BadRequest` for what the type forbids.
Registered for every JSON media type in `create_app`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Iterable, Mapping
from typing import Any

import orjson
from connexion.json_schema import Draft4RequestValidator
from connexion.validators import JSONRequestBodyValidator
from jsonschema import Draft4Validator, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from starlette.types import Message, Receive, Scope

from graph_photos.errors import GraphError

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


def _read_only(
    _validator: Validator, read_only: bool, _instance: Any, _schema: dict[str, Any]
) -> Iterable[ValidationError]:
    if read_only:
        yield ValidationError("Property is read-only")


# connexion 3 does not enforce `readOnly` in requests; OpenAPI says a client must not send it.
_RequestValidator = extend(Draft4RequestValidator, {"readOnly": _read_only})  # type: ignore[no-untyped-call]

# One compiled validator per body schema: connexion hands the same schema object to every request
# of an operation, and building a validator is most of the cost of validating a small body.
_validators: dict[int, tuple[dict[str, Any], Validator]] = {}


def _validator_for(schema: dict[str, Any]) -> Validator:
    cached = _validators.get(id(schema))
    if cached is None or cached[0] is not schema:
        cached = (schema, _RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER))
        _validators[id(schema)] = cached
    return cached[1]


def _bad_read(message: str) -> GraphError:
    return GraphError(400, "RequestBodyRead", message)


def _bad_request(message: str) -> GraphError:
    return GraphError(400, "Request_BadRequest", message)


def _literal(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def _type_name(schema: dict[str, Any]) -> str:
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
    return _bad_read(
        f"Cannot convert the literal '{_literal(value)}' to the expected type "
        f"'{_edm_type(schema)}'."
    )


def translate(error: ValidationError, body_schema: dict[str, Any]) -> GraphError:
    """The Graph error for one JSON-schema error of a request body."""
    type_name = _type_name(body_schema)
    prop = str(error.path[-1]) if error.path else None
    schema: dict[str, Any] = dict(error.schema) if isinstance(error.schema, Mapping) else {}
    instance: Any = error.instance
    rule: Any = error.validator_value
    if error.validator == "type":
        if prop is None:
            return _bad_read(f"The request body must be a JSON object of type '{type_name}'.")
        return _conversion_error(instance, schema)
    if error.validator == "additionalProperties":
        known = set(schema.get("properties", {}))
        unknown = sorted(set(instance) - known)[0]
        return _bad_read(
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


class GraphJSONBodyValidator(JSONRequestBodyValidator):  # type: ignore[misc]
    """A JSON body validator whose failures are Graph errors."""

    async def wrap_receive(self, receive: Receive, *, scope: Scope) -> tuple[Receive, Scope]:
        # Replaces connexion's version, which takes a body without Content-Length (chunked) for
        # a missing one and crashes on a non-numeric Content-Length. The body is read whole (the
        # body-limit middleware bounds it), validated, then replayed to the handler.
        messages: list[Message] = []

        async def stream() -> AsyncGenerator[bytes, None]:
            more_body = True
            while more_body:
                message = await receive()
                messages.append(message)
                more_body = message.get("more_body", False)
                yield message.get("body", b"")

        self._validate(await self._parse(stream(), scope=scope))
        return self._insert_messages(receive, messages=messages), scope

    async def _parse(self, stream: AsyncGenerator[bytes, None], scope: Scope) -> Any:
        raw = b"".join([chunk async for chunk in stream])
        if not raw:
            return None
        try:
            text = raw.decode(self._encoding)
        except (UnicodeDecodeError, LookupError):
            raise _bad_read(
                f"The request body is not valid {self._encoding} text; send UTF-8 encoded JSON."
            ) from None
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise _bad_read(f"The request body is not valid JSON: {exc}.") from None

    def _validate(self, body: Any) -> dict[str, Any] | None:
        if body is None:
            if self._nullable or not self._required:
                return None
            raise _bad_read(
                f"The request body is empty; send a JSON object of type "
                f"'{_type_name(self._schema)}'."
            )
        error = most_relevant(_validator_for(self._schema).iter_errors(body))
        if error is not None:
            raise translate(error, self._schema)
        return None
