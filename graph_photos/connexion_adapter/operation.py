"""connexion's operation, with each handler decorated once instead of on every request.

connexion 3.3 (`connexion/apps/asynchronous.py`) builds a new `StarletteDecorator` for every
request (`AsyncOperation.fn` is a property), and its wrapper calls `decorate()` again on every
request: a new parameter decorator (with `inspect.signature` of the handler), a new response
decorator and a new URI parser. None of that depends on the request. `PreparedOperation` builds
them once, when the API is added; per request only the request object is new. Parameter names
are converted to Python names (`pythonic_params`) once per name, not once per request.

Everything else is connexion's own: the same decorators turn the request into arguments and the
handler's return value into a response, so behaviour and messages do not change. Operations
that take only path parameters (no body, query, cookie or form), or those and a JSON body, skip
the parameter decorator's request object and parsing of what they cannot have, and are bound
with connexion's own `_get_path_arguments`, `_get_body_argument_json` and context rules.
`tests/contract/test_connexion_adapter.py` checks every private name used here.

Handlers receive what their annotations ask for: a parameter annotated with a generated wire
model gets the validated JSON body as that model (`_with_models`, built once per handler), and
a photo upload's body is bound as the bytes that arrived (connexion hands an empty one over as
`{}`).
"""

from __future__ import annotations

import functools
import inspect
import json
import typing
from collections.abc import Callable
from typing import Any

from connexion.apps.asynchronous import AsyncOperation
from connexion.decorators import StarletteDecorator
from connexion.decorators.parameter import (
    CONTEXT_NAME,
    AsyncParameterDecorator,
    _get_body_argument_json,
    _get_path_arguments,
    pythonic,
    sanitized,
    unwrap_decorators,
)
from connexion.decorators.response import AsyncResponseDecorator
from connexion.frameworks.starlette import Starlette as StarletteFramework
from connexion.http_facts import FORM_CONTENT_TYPES
from connexion.jsonifier import Jsonifier
from connexion.operations import AbstractOperation
from connexion.utils import extract_content_type, inspect_function_arguments, is_json_mimetype
from pydantic import BaseModel
from starlette.requests import Request as StarletteRequest
from starlette.types import Receive, Scope, Send

from graph_photos.connexion_adapter.scope import connexion_context
from graph_photos.web.request_state import NOT_PARSED, state_of


def _with_models(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, called with a generated wire model for each parameter annotated with one (the
    JSON body, already validated against the spec: the model only gives it its types). `fn`
    itself when it takes none."""
    try:
        hints = typing.get_type_hints(fn)
    except (NameError, TypeError):  # an annotation that names nothing importable here
        return fn
    models = {
        name: hint
        for name, hint in hints.items()
        if name != "return" and isinstance(hint, type) and issubclass(hint, BaseModel)
    }
    if not models or not inspect.iscoroutinefunction(fn):
        return fn

    @functools.wraps(fn)
    async def with_models(*args: Any, **kwargs: Any) -> Any:
        for name, model in models.items():
            value = kwargs.get(name)
            if value is not None and not isinstance(value, model):
                kwargs[name] = model.model_validate(value)
        return await fn(*args, **kwargs)

    return with_models


def _cached_sanitizer(pythonic_params: bool) -> Callable[[str], str]:
    """connexion's choice of parameter-name conversion, remembered per name, and idempotent.

    connexion 3.3 converts a query parameter's name twice (`_query_args_helper`, then
    `prep_kwargs`): `$filter` becomes `filter` for the lookup among the handler's arguments,
    then `filter_` (a builtin's name, shadowed) for the call, which no signature can take. A
    name this returns converts to itself, so both steps agree: `$filter` is `filter`."""
    convert = pythonic if pythonic_params else sanitized
    converted: dict[str, str] = {}

    def sanitize(name: str) -> str:
        found = converted.get(name)
        if found is None:
            found = convert(name)
            if len(converted) < 4096:
                converted[name] = found
                converted.setdefault(found, found)
        return found

    return sanitize


class _NameCachingParameterDecorator(AsyncParameterDecorator):  # type: ignore[misc]
    """connexion's parameter decorator; converts each parameter name once, not per request."""

    def __init__(self, *, framework: Any, pythonic_params: bool = False) -> None:
        super().__init__(framework=framework, pythonic_params=pythonic_params)
        self.sanitize_fn = _cached_sanitizer(pythonic_params)


class _OnceDecorator(StarletteDecorator):  # type: ignore[misc]
    @property
    def _parameter_decorator_cls(self) -> type[AsyncParameterDecorator]:
        return _NameCachingParameterDecorator

    @property
    def _sync_async_decorator(self) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        threaded: Callable[[Callable[..., Any]], Callable[..., Any]] = super()._sync_async_decorator

        def decorator(function: Callable[..., Any]) -> Callable[..., Any]:
            # connexion's wrapper asks on every call whether the handler is a coroutine
            # function and, for one, only awaits it: ask once, and keep the handler itself.
            return function if inspect.iscoroutinefunction(function) else threaded(function)

        return decorator


class PreparedOperation(AsyncOperation):  # type: ignore[misc]
    """`AsyncOperation` whose handler is decorated, and URI parser built, once."""

    def __init__(
        self,
        fn: Callable[..., Any],
        jsonifier: Jsonifier,
        operation_id: str,
        pythonic_params: bool,
        operation: AbstractOperation,
    ) -> None:
        fn = _with_models(fn)
        super().__init__(
            fn, jsonifier=jsonifier, operation_id=operation_id, pythonic_params=pythonic_params
        )
        decorator = _OnceDecorator(pythonic_params=pythonic_params, jsonifier=jsonifier)
        self._decorated: Callable[..., Any] = decorator.decorate(fn)
        # What connexion's `BaseDecorator.uri_parser` builds per request from the same operation.
        self._uri_parser = operation.uri_parser_class(
            operation.parameters, operation.body_definition()
        )
        # An operation with no request body and no query, cookie or form parameters (the reads
        # and deletes) takes only its path parameters and the request context: for those,
        # connexion's parameter decorator builds a request and parses an absent query string,
        # body and form on every call. They are bound here with connexion's own functions.
        self._operation = operation
        simple_parameters = inspect.iscoroutinefunction(fn) and all(
            parameter["in"] in ("path", "header") for parameter in operation.parameters
        )
        self._path_only = simple_parameters and not operation.request_body
        self._arguments, self._has_kwargs = inspect_function_arguments(unwrap_decorators(fn))
        self._sanitize = _cached_sanitizer(pythonic_params)
        # Likewise an operation whose one media type is JSON: request validation has parsed and
        # checked its body (`body_validation`); it is bound as parsed there by connexion's
        # `_get_body_argument_json`. Without a Content-Type, connexion
        # validated the body as the operation's media type but then handed the handler raw
        # bytes; here the handler gets what was validated.
        consumes = operation.consumes if operation.request_body else []
        self._body_name = self._sanitize(operation.body_name(None)) if consumes else ""
        self._json_body = (
            simple_parameters
            and len(consumes) == 1
            and is_json_mimetype(consumes[0])
            and (self._has_kwargs or self._body_name in self._arguments)
        )
        self._json_media_type = consumes[0] if self._json_body else ""
        # A photo upload: only non-JSON media types, bound as the bytes that arrived. (A form,
        # as the sign-in endpoints take, is connexion's to parse and bind.)
        self._binary_body = (
            simple_parameters
            and bool(consumes)
            and not any(
                is_json_mimetype(media_type) or media_type in FORM_CONTENT_TYPES
                for media_type in consumes
            )
            and (self._has_kwargs or self._body_name in self._arguments)
        )
        self._respond: Callable[..., Any] = AsyncResponseDecorator(
            framework=StarletteFramework, jsonifier=jsonifier
        )(fn)

    @classmethod
    def from_operation(
        cls, operation: AbstractOperation, *, pythonic_params: bool, jsonifier: Jsonifier
    ) -> PreparedOperation:
        return cls(
            operation.function,
            jsonifier=jsonifier,
            operation_id=operation.operation_id,
            pythonic_params=pythonic_params,
            operation=operation,
        )

    @property
    def fn(self) -> Callable[..., Any]:
        return self._decorated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._path_only:
            response = await self._respond(**self._path_only_arguments(scope))
        elif self._json_body and _json_or_unspecified(scope):
            kwargs = self._path_only_arguments(scope)
            body = state_of(scope).json_body
            if body is NOT_PARSED:  # no body validator ran; parse as ConnexionRequest.json()
                try:
                    body = json.loads(await StarletteRequest(scope, receive).body())
                except ValueError:
                    body = None
            kwargs[self._body_name] = _get_body_argument_json(
                body, operation=self._operation, content_type=self._json_media_type
            )
            response = await self._respond(**kwargs)
        elif self._binary_body:
            kwargs = self._path_only_arguments(scope)
            kwargs[self._body_name] = await StarletteRequest(scope, receive).body()
            response = await self._respond(**kwargs)
        else:
            request = StarletteFramework.get_request(
                uri_parser=self._uri_parser, scope=scope, receive=receive
            )
            response = await self._decorated(request)
        await response(scope, receive, send)

    def _path_only_arguments(self, scope: Scope) -> dict[str, Any]:
        """What connexion's `prep_kwargs` passes for the path and context (no query or form)."""
        path_params = self._uri_parser.resolve_path(scope.get("path_params", {}))
        arguments = _get_path_arguments(
            path_params, operation=self._operation, sanitize=self._sanitize
        )
        kwargs = {self._sanitize(name): value for name, value in arguments.items()}
        context = connexion_context(scope)
        for key, value in context.items():
            if self._has_kwargs or key in self._arguments:
                kwargs[key] = value
        if CONTEXT_NAME in self._arguments:
            kwargs[CONTEXT_NAME] = context
        return kwargs


def _json_or_unspecified(scope: Scope) -> bool:
    """Whether the request's body is JSON by its Content-Type, or has none."""
    content_type = extract_content_type(scope["headers"])
    return content_type is None or bool(is_json_mimetype(content_type))
