"""Scaffold a handler stub for every operationId of the spec that has no handler yet.

Run by `make generate` after the models. For operationId `users.get_photo` the handler is
`get_photo` in `handlers/users.py` (connexion resolves operationIds relative to the handlers
package, installed as `graph_photos.handlers`).
A missing function is appended to its module (created, with a docstring, if needed) as an
async stub that answers the Graph error `501 NotImplemented`; nothing that exists is touched,
so hand-written code stays byte-identical and a second run changes nothing.

The stub's signature is what connexion will call it with, typed from the spec: the path and
query parameters under connexion's Python names (`user-id` -> `user_id`, `$top` -> `top`),
required ones first, optional ones defaulting to None; the request body as `body`, the
generated model of its schema for JSON (`models.ProfilePhotoCreate`), `bytes` for anything
else; the return type the generated model of the JSON success answer (what the connexion
adapter serialises), or `object` for an answer in bytes. A module that does not import the
generated models yet gets the import appended with its first stub that needs it (`make
generate` sorts it into the module's imports). Its docstring
is the operation's summary.
"""

from __future__ import annotations

import argparse
import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from connexion.decorators.parameter import pythonic

from graph_photos.specification import SpecOperation, operations as spec_operations

ROOT = Path(__file__).resolve().parent.parent
_HANDLERS_PACKAGE = "graph_photos.handlers."  # how handler modules import each other

STUB = '''

async def {function}({parameters}) -> {returns}:
    """{summary}

    `{method} {path}` (`{operation_id}`).
    Scaffolded by `make generate`: replace this body, keep the name and the parameters.
    The operation's x-examples in the spec are its first tests.
    """
    from graph_photos.web.errors import not_implemented

    raise not_implemented("{operation_id}")
'''

_JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
MODELS_IMPORT = "from graph_photos.generated import models"


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    summary: str = ""
    parameters: tuple[str, ...] = ()  # the stub's parameters, rendered
    returns: str = "object"

    @property
    def module(self) -> str:
        return self.operation_id.rsplit(".", 1)[0]

    @property
    def function(self) -> str:
        return self.operation_id.rsplit(".", 1)[1]


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for operation in spec_operations(spec):
        if operation.operation_id is not None:
            yield Operation(
                operation.operation_id,
                operation.method.upper(),
                operation.path,
                summary=str(operation.operation.get("summary") or "").strip(),
                parameters=tuple(_signature(spec, operation)),
                returns=_returns(spec, operation.operation),
            )


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _model(schema: dict[str, Any]) -> str | None:
    """`models.<Class>` for a schema that is a `$ref` to a named one (datamodel-codegen names
    the class after it, first letter upper case), None for an inline one."""
    reference = str(schema.get("$ref", ""))
    if not reference.startswith("#/components/schemas/"):
        return None
    name = reference.rsplit("/", 1)[1]
    return f"models.{name[:1].upper()}{name[1:]}"


def _python_type(spec: dict[str, Any], schema: dict[str, Any]) -> str:
    schema = _resolve(spec, schema)
    if schema.get("type") == "array":
        return f"list[{_python_type(spec, schema.get('items', {}))}]"
    if schema.get("type") == "object":
        return "dict[str, object]"
    return _JSON_TYPES.get(str(schema.get("type")), "object")


def _signature(spec: dict[str, Any], operation: SpecOperation) -> Iterator[str]:
    """The stub's parameters: what connexion passes (path, query, body), required first."""
    declared: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in (
        *operation.path_item.get("parameters", []),
        *operation.operation.get("parameters", []),
    ):
        parameter = _resolve(spec, raw)
        declared[(parameter["in"], parameter["name"])] = parameter  # the operation's win
    required: list[str] = []
    optional: list[str] = []
    for (where, name), parameter in declared.items():
        if where not in ("path", "query"):
            continue  # connexion passes neither headers nor cookies to handlers
        annotation = _python_type(spec, parameter.get("schema", {}))
        if where == "path" or parameter.get("required"):
            required.append(f"{pythonic(name)}: {annotation}")
        else:
            optional.append(f"{pythonic(name)}: {annotation} | None = None")
    if "requestBody" in operation.operation:
        body = _resolve(spec, operation.operation["requestBody"])
        kinds = sorted(
            {
                (_model(content.get("schema", {})) or "dict[str, object]")
                if "json" in media
                else "bytes"
                for media, content in body["content"].items()
            }
        )
        annotation = " | ".join(kinds)
        if body.get("required"):
            required.append(f"body: {annotation}")
        else:
            optional.append(f"body: {annotation} | None = None")
    yield from required
    yield from optional


def _returns(spec: dict[str, Any], operation: dict[str, Any]) -> str:
    """The generated model of the JSON success answer; `object` (a response) otherwise."""
    successes = [
        _resolve(spec, response)
        for status, response in operation.get("responses", {}).items()
        if str(status).startswith("2")
    ]
    media = [name for response in successes for name in response.get("content", {})]
    if (
        successes
        and media
        and all("json" in name for name in media)
        and all(response.get("content") for response in successes)
    ):
        first = next(iter(successes[0]["content"].values()))
        return _model(first.get("schema", {})) or "dict[str, object]"
    return "object"


def _names_defined(
    module_file: Path, handlers_dir: Path, seen: frozenset[Path] = frozenset()
) -> set[str]:
    """Names a handler module binds: functions, assignments, imports, and what a star import
    of another handler module brings (its `__all__`)."""
    if not module_file.exists() or module_file in seen:
        return set()
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name != "*":
                    names.add(alias.asname or alias.name)
                elif node.module and node.module.startswith(_HANDLERS_PACKAGE):
                    source = handlers_dir / (
                        node.module.removeprefix(_HANDLERS_PACKAGE).replace(".", "/") + ".py"
                    )
                    names.update(_exported(source, handlers_dir, seen | {module_file}))
    return names


def _exported(module_file: Path, handlers_dir: Path, seen: frozenset[Path]) -> set[str]:
    if not module_file.exists():
        return set()
    for node in ast.parse(module_file.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return {ast.literal_eval(element) for element in node.value.elts}  # type: ignore[attr-defined]
    return {n for n in _names_defined(module_file, handlers_dir, seen) if not n.startswith("_")}


def _module_file(handlers_dir: Path, operation: Operation) -> Path:
    return handlers_dir / (operation.module.replace(".", "/") + ".py")


def unresolved(spec_path: Path, handlers_dir: Path) -> list[Operation]:
    """The operations of the spec whose operationId names no handler."""
    spec = yaml.load(spec_path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return [
        operation
        for operation in operations(spec)
        if operation.function
        not in _names_defined(_module_file(handlers_dir, operation), handlers_dir)
    ]


def scaffold(spec_path: Path, handlers_dir: Path) -> list[Operation]:
    """Append a stub for each operation without a handler; the operations scaffolded."""
    added: list[Operation] = []
    for operation in unresolved(spec_path, handlers_dir):
        module_file = _module_file(handlers_dir, operation)
        if operation.function in _names_defined(module_file, handlers_dir):
            continue  # a second operation with the same id was scaffolded a moment ago
        if not module_file.exists():
            module_file.parent.mkdir(parents=True, exist_ok=True)
            module_file.write_text(
                f'"""Handlers of the `{operation.module}.*` operations."""\n', encoding="utf-8"
            )
        imports = ""
        uses_models = "models." in operation.returns or any(
            "models." in parameter for parameter in operation.parameters
        )
        if uses_models and MODELS_IMPORT not in module_file.read_text(encoding="utf-8"):
            # Appended, as the stub is (what a module holds is never rewritten here); `make
            # generate` then sorts it into the module's imports (ruff's isort).
            imports = "\n" + MODELS_IMPORT + "\n"
        with module_file.open("a", encoding="utf-8") as module:
            module.write(
                imports
                + STUB.format(
                    function=operation.function,
                    parameters=", ".join(operation.parameters),
                    returns=operation.returns,
                    summary=(operation.summary or "Not implemented yet.").rstrip(".") + ".",
                    method=operation.method,
                    path=operation.path,
                    operation_id=operation.operation_id,
                )
            )
        added.append(operation)
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "spec" / "openapi.yaml")
    parser.add_argument("--handlers", type=Path, default=ROOT / "handlers")
    parser.add_argument(
        "--check", action="store_true", help="only report operations without a handler (exit 1)"
    )
    args = parser.parse_args()
    if args.check:
        missing = unresolved(args.spec, args.handlers)
        for operation in missing:
            print(
                f"{args.spec}: paths.{operation.path}.{operation.method.lower()}.operationId "
                f"'{operation.operation_id}' has no handler: "
                f"{_module_file(args.handlers, operation)} does not define "
                f"{operation.function} (run `make generate` to scaffold a stub)"
            )
        raise SystemExit(1 if missing else 0)
    for operation in scaffold(args.spec, args.handlers):
        print(
            f"scaffolded {operation.operation_id} ({operation.method} {operation.path}) "
            f"in {_module_file(args.handlers, operation)}"
        )


if __name__ == "__main__":
    main()
