"""connexion's request validation, with what it builds per request built once per operation.

connexion 3.3's `RequestValidationOperation.__call__` builds a URI parser, a `ParameterValidator`
(grouping the operation's parameters), a media-type table and a body validator for every
request. `PreparedRequestValidationOperation.__call__` takes the same steps in the same order
(parameters, media type, body) with each piece built once: the parameter validator when the
operation is built, a body validator per media type and encoding on first use (body validators
keep no per-request state). An operation without a request body has only its parameters to
check. The steps are a copy of connexion's: `tests/contract/test_connexion_adapter.py` pins
connexion's version of them and fails when it changes.

The parameters: connexion deep-copies each parameter's schema and compiles a fresh validator
for every parameter of every request; on a small request that was the largest single cost of
request validation. Each `CachedParameterValidator` is built once per operation and compiles its
operation's parameter schemas once, when it is built. Behaviour and messages are connexion's,
but where the spec gives a parameter Graph's own error (`x-graph-error`: code and message,
`{value}` the value sent, `{invalid}` the part of it that failed, e.g. one item of a list):
that is the answer. A request without a query string skips the
search for undeclared query parameters.
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
from connexion.utils import is_null, is_nullable
from connexion.validators import VALIDATOR_MAP, ParameterValidator
from jsonschema import Draft4Validator, ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from graph_photos.web.errors import GraphError


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


class CachedParameterValidator(ParameterValidator):  # type: ignore[misc]
    """`ParameterValidator` with one compiled validator per parameter schema."""

    def __init__(self, parameters: list[dict[str, Any]], *args: Any, **kwargs: Any) -> None:
        super().__init__(parameters, *args, **kwargs)
        # Keyed by identity: connexion passes the parameter objects given here back to
        # `validate_parameter`, and this validator keeps them alive.
        self._parameters = list(parameters)
        self._compiled = {
            id(param): Draft4Validator(
                param.get("schema", param), format_checker=Draft4Validator.FORMAT_CHECKER
            )
            for param in self._parameters
        }

    def validate_query_parameter_list(
        self, request: Any, security_params: list[str] | None = None
    ) -> set[str]:
        # Strict validation looks for undeclared query parameters; without a query string
        # there are none, and parsing it would only find that out.
        if not request.scope.get("query_string"):
            return set()
        extra: set[str] = super().validate_query_parameter_list(request, security_params)
        return extra

    def validate_parameter(  # connexion's is a staticmethod, always called on the instance
        self,
        parameter_type: str,
        value: Any,
        param: dict[str, Any],
        param_name: str | None = None,
    ) -> str | None:
        if is_nullable(param) and is_null(value):
            return None
        if value is not None:
            validator = self._compiled.get(id(param))
            if validator is None:  # not one of this operation's parameters: compile it
                schema = param.get("schema", param)
                validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
            try:
                validator.validate(value)
            except ValidationError as exception:
                graph_error = param.get("x-graph-error")
                if graph_error is not None:  # the spec says Graph's own words for it
                    # `{value}`: what was sent; `{invalid}`: the part that failed (an item).
                    message = str(graph_error["message"]).format(
                        value=value, invalid=exception.instance
                    )
                    raise GraphError(400, str(graph_error["code"]), message) from None
                # jsonschema's short verdict, not its report (the schema and the instance
                # dumped over several lines).
                return f"Invalid {parameter_type} parameter '{param['name']}': {exception.message}"
            return None
        if param.get("required"):
            return f"Missing {parameter_type} parameter '{param['name']}'"
        return None
