"""What the spec says about paths, for the few answers that connexion cannot give itself.

connexion registers one starlette route per operation, so a 405 names only the methods of the
first route that matched the path. `PathIndex` knows every method of every path of the spec, so
the `Allow` header of a 405 lists them all.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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


def _path_pattern(base_path: str, template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", base_path + template)
    regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$")


class PathIndex:
    """Allowed methods of each path of the spec under each base path."""

    def __init__(self, spec: dict[str, Any], base_paths: Iterable[str]) -> None:
        self._routes: list[tuple[re.Pattern[str], list[str]]] = []
        for template, path_item in spec.get("paths", {}).items():
            methods = [m.upper() for m in _HTTP_METHODS if m in path_item]
            if "GET" in methods and "HEAD" not in methods:
                methods.append("HEAD")
            for base_path in base_paths:
                self._routes.append((_path_pattern(base_path, template), methods))

    def allowed_methods(self, path: str) -> list[str]:
        """The methods `path` supports; empty if the spec has no such path."""
        for pattern, methods in self._routes:
            if pattern.match(path):
                return methods
        return []
