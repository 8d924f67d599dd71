"""The API's OpenAPI documents: where they are, parsed once, and walked one way.

The specs ship inside the package (`graph_photos/spec`, which in a checkout is the repository's
top-level `spec/`), so an installed service finds them wherever it runs. `operations(spec)` is
the one walk over paths x methods that everything reading the spec uses.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent / "spec"
SPEC_PATH = SPEC_DIR / "openapi.yaml"  # the Graph photo API, served under /beta and /v1.0
OPERATIONS_SPEC_PATH = SPEC_DIR / "operations.yaml"  # /health, /ready, /metrics
IDENTITY_SPEC_PATH = SPEC_DIR / "identity.yaml"  # the local identity platform (sign-in)

# The package's version (pyproject.toml), which is every spec's `info.version` too (a contract
# test keeps them one): `graph-photos --version`, the front page, the startup block.
VERSION = metadata.version("graph-photos")

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@functools.cache
def _parsed_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as spec_file:
        spec: dict[str, Any] = yaml.load(spec_file, Loader=yaml.CSafeLoader)
    return spec


def load_spec(path: Path) -> dict[str, Any]:
    """The spec as a plain dict: parsed once per process, a fresh copy for each caller.

    Parsing the YAML was most of the cost of building an app; connexion changes the dict it is
    given, hence the copy.
    """
    return copy.deepcopy(_parsed_spec(path))


@dataclass(frozen=True)
class SpecOperation:
    """One operation of a spec: its path template, method (lower case) and objects."""

    path: str
    method: str
    path_item: dict[str, Any]
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str | None:
        operation_id = self.operation.get("operationId")
        return None if operation_id is None else str(operation_id)


def operations(spec: dict[str, Any]) -> Iterator[SpecOperation]:
    """Every operation of `spec`, path by path, in HTTP_METHODS order."""
    for path, path_item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is not None:
                yield SpecOperation(path, method, path_item, operation)


@functools.cache
def default_properties(schema: str, api_version: str) -> tuple[str, ...]:
    """The properties an object of `schema` (`user`, `group`) has without `$select` in
    `api_version`: the spec's `x-default-properties` of that schema."""
    found = _parsed_spec(SPEC_PATH)["components"]["schemas"][schema]["x-default-properties"]
    return tuple(found[api_version])
