"""connexion's parameter validator, without rebuilding a JSON-schema validator per request.

connexion deep-copies each parameter's schema and compiles a fresh validator for every
parameter of every request; on a small request that was the largest single cost of request
validation. The schema objects are the operation's own and never change, so one compiled
validator per schema serves every request. Behaviour and messages are connexion's; a request
without a query string skips the search for undeclared query parameters.
"""

from __future__ import annotations

from typing import Any

from connexion.utils import is_null, is_nullable
from connexion.validators import ParameterValidator
from jsonschema import Draft4Validator, ValidationError

_validators: dict[int, tuple[dict[str, Any], Draft4Validator]] = {}


def _validator_for(param: dict[str, Any]) -> Draft4Validator:
    cached = _validators.get(id(param))
    if cached is None or cached[0] is not param:
        schema = param.get("schema", param)
        cached = (param, Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER))
        _validators[id(param)] = cached
    return cached[1]


class CachedParameterValidator(ParameterValidator):  # type: ignore[misc]
    """`ParameterValidator` with one compiled validator per parameter schema."""

    def validate_query_parameter_list(
        self, request: Any, security_params: list[str] | None = None
    ) -> set[str]:
        # Strict validation looks for undeclared query parameters; without a query string
        # there are none, and parsing it would only find that out.
        if not request.scope.get("query_string"):
            return set()
        extra: set[str] = super().validate_query_parameter_list(request, security_params)
        return extra

    @staticmethod
    def validate_parameter(
        parameter_type: str, value: Any, param: dict[str, Any], param_name: str | None = None
    ) -> str | None:
        if is_nullable(param) and is_null(value):
            return None
        if value is not None:
            try:
                _validator_for(param).validate(value)
            except ValidationError as exception:
                return str(exception)
            return None
        if param.get("required"):
            return f"Missing {parameter_type} parameter '{param['name']}'"
        return None
