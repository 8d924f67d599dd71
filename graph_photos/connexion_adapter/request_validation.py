"""connexion's request validation, with what it builds per request built once per operation.

connexion 3.3's `RequestValidationOperation.__call__` builds a URI parser, a `ParameterValidator`
(grouping the operation's parameters), a media-type table and a body validator for every
request. `PreparedRequestValidationOperation.__call__` takes the same steps in the same order
(parameters, media type, body) with each piece built once: the parameter validator when the
operation is built, a body validator per media type and encoding on first use (body validators
keep no per-request state). An operation without a request body has only its parameters to
check. The steps are a copy of connexion's: `tests/contract/test_connexion_adapter.py` pins
connexion's version of them and fails when it changes.
"""

from __future__ import annotations

from typing import Any

from connexion.datastructures import MediaTypeDict
from connexion.exceptions import UnsupportedMediaTypeProblem
from connexion.middleware.request_validation import (
    RequestValidationAPI,
    RequestValidationMiddleware,
    RequestValidationOperation,
)
from connexion.operations import AbstractOperation
from connexion.utils import is_nullable
from connexion.validators import VALIDATOR_MAP
from starlette.types import ASGIApp, Receive, Scope, Send


class PreparedRequestValidationOperation(RequestValidationOperation):  # type: ignore[misc]
    """connexion's request validation of one operation, each validator built once."""

    def __init__(
        self,
        next_app: ASGIApp,
        *,
        operation: AbstractOperation,
        strict_validation: bool = False,
        validator_map: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(
            next_app,
            operation=operation,
            strict_validation=strict_validation,
            validator_map=validator_map,
        )
        self._prepared = operation
        self._validators = {**VALIDATOR_MAP, **(validator_map or {})}
        self._uri_parser = operation.uri_parser_class(
            operation.parameters, operation.body_definition()
        )
        self._parameter_validator = self._validators["parameter"](
            operation.parameters,
            uri_parser=self._uri_parser,
            strict_validation=strict_validation,
            security_query_params=self.security_query_params,
        )
        self._has_body = bool(operation.request_body)
        self._accepted = MediaTypeDict([(c.lower(), None) for c in operation.consumes])
        self._body_validators: dict[tuple[str, str], Any] = {}

    def validate_mime_type(self, mime_type: str) -> None:
        if self._prepared.consumes and mime_type.lower() not in self._accepted:
            raise UnsupportedMediaTypeProblem(
                detail=f"Invalid Content-type ({mime_type}), expected {self._prepared.consumes}"
            )

    def _body_validator(self, mime_type: str, encoding: str) -> Any:
        key = (mime_type, encoding)
        if key not in self._body_validators:
            validator = None
            schema = self._prepared.body_schema(mime_type)
            try:
                # A MediaTypeDict: its `[]` matches media ranges (`*/*json`), `.get` would not.
                body_validator = self._validators["body"][mime_type] if schema else None
            except KeyError:
                # Nothing to validate the media type with (the photo uploads); connexion logs
                # that at INFO on every upload.
                body_validator = None
            if body_validator is not None:
                validator = body_validator(
                    schema=schema,
                    required=self._prepared.request_body.get("required", False),
                    nullable=is_nullable(self._prepared.body_definition(mime_type)),
                    encoding=encoding,
                    strict_validation=self.strict_validation,
                    uri_parser=self._uri_parser,
                )
            self._body_validators[key] = validator
        return self._body_validators[key]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self._parameter_validator.validate(scope)
        if self._has_body:
            mime_type, encoding = self.extract_content_type(scope["headers"])
            self.validate_mime_type(mime_type)
            validator = self._body_validator(mime_type, encoding)
            if validator is not None:
                receive, scope = await validator.wrap_receive(receive, scope=scope)
        await self.next_app(scope, receive, send)


class _PreparedRequestValidationAPI(RequestValidationAPI):  # type: ignore[misc]
    def make_operation(self, operation: AbstractOperation) -> RequestValidationOperation:
        return PreparedRequestValidationOperation(
            self.next_app,
            operation=operation,
            strict_validation=self.strict_validation,
            validator_map=self.validator_map,
        )


class PreparedRequestValidationMiddleware(RequestValidationMiddleware):  # type: ignore[misc]
    """connexion's `RequestValidationMiddleware`, building each validator once."""

    api_cls = _PreparedRequestValidationAPI
