"""A workaround of connexion 3.3: path-level parameters validated once per routed middleware.

`OpenAPIOperation` appends the path-level parameters to the operation's own parameter list in
place (`self._parameters += path_parameters`), and every routed middleware builds its operations
from the same spec, so with six such middlewares each path parameter ended up in the list six
times and was validated six times per request. `inline_path_parameters` hands connexion a spec
whose path-level parameters are already merged into each operation (operation-level ones win,
as OpenAPI says); the document means exactly the same.

`tests/contract/test_connexion_adapter.py` shows the bug in plain connexion: when a release
fixes it, that test fails and this module can go.
"""

from __future__ import annotations

import copy
from typing import Any

from graph_photos.specification import operations


def inline_path_parameters(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` with each path's `parameters` merged into its operations.

    An operation's own parameter wins over a path-level one with the same name and location.
    Parameters may be local `$ref`s; they are compared by what they refer to.
    """
    spec = copy.deepcopy(spec)

    def key(parameter: dict[str, Any]) -> tuple[str, str]:
        if "$ref" in parameter:
            target: Any = spec
            for part in parameter["$ref"].removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            parameter = target
        return parameter["name"], parameter["in"]

    for operation in operations(spec):
        shared = operation.path_item.get("parameters", [])
        if shared:
            own = operation.operation.get("parameters", [])
            overridden = {key(parameter) for parameter in own}
            operation.operation["parameters"] = own + [
                p for p in shared if key(p) not in overridden
            ]
    for path_item in spec.get("paths", {}).values():
        path_item.pop("parameters", None)
    return spec
