"""connexion validates a spec against the OpenAPI schema each time an API is added: three
times for every app built (`/beta`, `/v1.0` and the operations endpoints), 0.3 s each here,
which made building an app cost 0.4 s (each of the ~700 test apps; every worker's start).

`validate_each_spec_once` keeps connexion's validation, and remembers the specs it has passed
by the digest of their content: the same spec, already valid, is not validated again. A spec
that fails is never remembered, so it fails every time, with connexion's own error.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
from connexion.spec import OpenAPISpecification, Specification

_VALID: set[str] = set()
_CONNEXIONS_VALIDATION = Specification.__dict__["_validate_spec"]
_MARK = "_graph_photos_validates_once"


def _digest(spec: dict[str, Any]) -> str | None:
    try:
        return hashlib.sha256(orjson.dumps(spec, option=orjson.OPT_SORT_KEYS)).hexdigest()
    except TypeError:  # a value orjson cannot write (e.g. a YAML date): validate every time
        return None


def _validate_once(cls: type[OpenAPISpecification], spec: dict[str, Any]) -> None:
    digest = _digest(spec)
    if digest is not None and digest in _VALID:
        return
    _CONNEXIONS_VALIDATION.__func__(cls, spec)
    if digest is not None:
        _VALID.add(digest)


def validate_each_spec_once() -> None:
    """Install the remembering validation on connexion's OpenAPI specifications (idempotent)."""
    if getattr(OpenAPISpecification, _MARK, False):
        return
    OpenAPISpecification._validate_spec = classmethod(_validate_once)
    setattr(OpenAPISpecification, _MARK, True)
