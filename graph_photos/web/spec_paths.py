"""What the spec says about paths, for the few answers that the framework cannot give itself.

connexion registers one starlette route per operation, so a 405 names only the methods of the
first route that matched the path. `PathIndex` knows every method of every path of the spec, so
the `Allow` header of a 405 lists them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from graph_photos.specification import operations


def _path_pattern(base_path: str, template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", base_path + template)
    regex = "".join("[^/]+" if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"^{regex}$")


class PathIndex:
    """Allowed methods of each path of the spec under each base path (and of more specs
    under theirs: `also`)."""

    def __init__(
        self,
        spec: dict[str, Any],
        base_paths: Iterable[str],
        also: Iterable[tuple[dict[str, Any], str]] = (),
    ) -> None:
        self._routes: list[tuple[re.Pattern[str], list[str]]] = []
        for one_spec, one_base_paths in [(spec, list(base_paths))] + [
            (other, [base]) for other, base in also
        ]:
            methods_of: dict[str, list[str]] = {}
            for operation in operations(one_spec):
                methods_of.setdefault(operation.path, []).append(operation.method.upper())
            for template, methods in methods_of.items():
                if "GET" in methods and "HEAD" not in methods:
                    methods.append("HEAD")
                for base_path in one_base_paths:
                    self._routes.append((_path_pattern(base_path, template), methods))

    def allowed_methods(self, path: str) -> list[str]:
        """The methods `path` supports; empty if the spec has no such path."""
        for pattern, methods in self._routes:
            if pattern.match(path):
                return methods
        return []
