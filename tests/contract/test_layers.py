"""`make lint` keeps the layers: an upward import, a cycle, connexion outside its adapter, a
web framework in the domain, or a package left out of the layers fails `lint-imports`.

Each case changes one line in a copy of the package and runs import-linter on the copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the package and its import contracts."""
    for part in ("graph_photos", "handlers", "generated", "spec"):
        shutil.copytree(
            ROOT / part,
            tmp_path / part,
            symlinks=True,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def add_line(module: Path, line: str) -> None:
    module.write_text(module.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def broken_contracts(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [
        line.removesuffix(" BROKEN") for line in result.stdout.splitlines() if " BROKEN" in line
    ]


def test_the_package_keeps_every_contract(project: Path) -> None:
    result = lint_imports(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 kept, 0 broken" in result.stdout


def test_the_throttling_and_fault_middlewares_stand_above_the_web_layer(project: Path) -> None:
    add_line(
        project / "graph_photos/web/context.py",
        "from graph_photos.throttling import middleware  # noqa: F401",
    )
    result = lint_imports(project)
    assert "Layers: each package imports only the ones below it" in broken_contracts(result)


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "graph_photos/domain/images.py",
            "from graph_photos.web.errors import GraphError  # noqa: F401",
            "Layers: each package imports only the ones below it",
        ),
        (
            "graph_photos/storage/sqlite.py",
            "from graph_photos.services import Services  # noqa: F401",
            "Layers: each package imports only the ones below it",
        ),
        (
            "graph_photos/domain/photos.py",
            "import starlette  # noqa: F401",
            "The domain imports no web framework, driver or wire model, even indirectly",
        ),
        (
            "graph_photos/web/convert.py",
            "import connexion  # noqa: F401",
            "Only the connexion adapter imports connexion",
        ),
        (
            "graph_photos/app.py",
            "import uvicorn  # noqa: F401",
            "Only the server package imports uvicorn",
        ),
        (
            "graph_photos/web/request_state.py",
            "from graph_photos.web import context  # noqa: F401",
            "No import cycles, between packages or modules",
        ),
        (
            "handlers/photo.py",
            "from graph_photos.storage import open_store  # noqa: F401",
            "Handlers reach the service through the web layer's request context",
        ),
    ],
)
def test_an_import_against_the_architecture_fails_lint(
    project: Path, module: str, line: str, contract: str
) -> None:
    add_line(project / module, line)
    result = lint_imports(project)
    assert result.returncode != 0
    assert contract in broken_contracts(result), result.stdout


def test_a_package_left_out_of_the_layers_fails_lint(project: Path) -> None:
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert '"storage | identity | metrics",' in text
    pyproject.write_text(
        text.replace('"storage | identity | metrics",', '"storage | identity",'), encoding="utf-8"
    )
    result = lint_imports(project)
    assert result.returncode != 0
    assert "Layers: each package imports only the ones below it" in broken_contracts(result)
    assert "graph_photos.metrics" in result.stdout
