"""The JSON request body validator of connexion's validator map, speaking Graph.

connexion's own reports only the first schema error as one English sentence, crashes on bodies
that are not UTF-8 or have a non-numeric Content-Length, and takes a chunked body for a missing
one. This one reads the body whole (the body-limit middleware bounds it), parses it once with
orjson, validates it against the operation's schema with one validator compiled when it is
built, and raises the Graph error of `web.body_errors`. The parsed body is left in the scope for
the operation to bind (`parsed_json_body`), so it is not parsed again; the bytes are replayed.

It is built with the keyword arguments connexion passes to body validators, once per operation
and media type (`request_validation`), and needs nothing else of connexion but its
`Draft4RequestValidator` (Draft 4 with OpenAPI's `nullable`).

A schema that is plain Draft 4 (no OpenAPI keyword, no `format`, no `$ref` left) is first
checked by jsonschema-rs, which answers a valid body 20-40 times faster (measured: a `$batch` of
20 items, 1.2 ms -> 0.04 ms); jsonschema still finds the error of an invalid one, so the errors
are the same either way (a property test in tests/unit/test_body_validation.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import jsonschema_rs
import orjson
from connexion.json_schema import Draft4RequestValidator
from jsonschema import Draft4Validator, ValidationError
from jsonschema.protocols import Validator
from jsonschema.validators import extend
from starlette.types import Message, Receive, Scope

from graph_photos.web.errors.body import (
    empty_body,
    malformed_json,
    most_relevant,
    translate,
    unreadable_text,
)
from graph_photos.web.request_state import state_of


def _read_only(
    _validator: Validator, read_only: bool, _instance: Any, _schema: dict[str, Any]
) -> Iterable[ValidationError]:
    if read_only:
        yield ValidationError("Property is read-only")


# connexion 3 does not enforce `readOnly` in requests; OpenAPI says a client must not send it.
_RequestValidator = extend(Draft4RequestValidator, {"readOnly": _read_only})  # type: ignore[no-untyped-call]


# Keywords whose meaning here is not plain Draft 4's (OpenAPI's, and `format`, whose checks
# differ between the two libraries), and `$ref`, which would need the whole spec to resolve.
_NOT_PLAIN_DRAFT4 = frozenset(
    {"nullable", "readOnly", "writeOnly", "discriminator", "format", "$ref", "x-nullable"}
)


def _is_plain_draft4(schema: Any) -> bool:
    # Conservative: a property *named* like one of those keywords counts too.
    if isinstance(schema, dict):
        return not (_NOT_PLAIN_DRAFT4 & schema.keys()) and all(
            _is_plain_draft4(value) for value in schema.values()
        )
    if isinstance(schema, list):
        return all(_is_plain_draft4(value) for value in schema)
    return True


def quick_validator(schema: dict[str, Any]) -> jsonschema_rs.Draft4Validator | None:
    """A jsonschema-rs validator of `schema` when it is plain Draft 4 (its verdicts are then
    jsonschema's), else None. connexion hands the spec's `components` along with each schema
    for its `$ref`s; with none left, they are not part of it."""
    own = {key: value for key, value in schema.items() if key != "components"}
    return jsonschema_rs.Draft4Validator(own) if _is_plain_draft4(own) else None


class GraphJSONBodyValidator:
    """A JSON body validator whose failures are Graph errors."""

    def __init__(
        self,
        *,
        schema: dict[str, Any],
        required: bool = False,
        nullable: bool = False,
        encoding: str,
        strict_validation: bool,
        **_kwargs: Any,
    ) -> None:
        self._schema = schema
        self._required = required
        self._nullable = nullable
        self._encoding = encoding
        self._validator = _RequestValidator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
        self._quick = quick_validator(schema)

    async def wrap_receive(self, receive: Receive, *, scope: Scope) -> tuple[Receive, Scope]:
        """Read, parse and validate the body; a `receive` that replays it to the handler."""
        messages: list[Message] = []
        more_body = True
        while more_body:
            message = await receive()
            messages.append(message)
            more_body = message.get("more_body", False)
        body = self._parse(b"".join(m.get("body", b"") for m in messages))
        self._validate(body)
        state_of(scope).json_body = body  # the handler gets it without parsing it again
        replay = iter(messages)

        async def replaying_receive() -> Message:
            return next(replay, None) or await receive()

        return replaying_receive, scope

    def _parse(self, raw: bytes) -> Any:
        if not raw:
            return None
        try:
            text = raw.decode(self._encoding)
        except (UnicodeDecodeError, LookupError):
            raise unreadable_text(self._encoding) from None
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise malformed_json(exc) from None

    def _validate(self, body: Any) -> None:
        if body is None:
            if self._nullable or not self._required:
                return
            raise empty_body(self._schema)
        if self._quick is not None and self._quick.is_valid(body):
            return
        error = most_relevant(self._validator.iter_errors(body))
        if error is not None:
            raise translate(error, self._schema)
