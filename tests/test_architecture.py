"""Quality gates: layering, lint and types run as part of the suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "competentieplanner"
QT_MODULES = ("PySide6", "shiboken6")
LIBRARY_MODULES = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "openpyxl", "reportlab")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules(exclude: str | None = None) -> list[Path]:
    return [
        p
        for p in PACKAGE.rglob("*.py")
        if exclude is None or exclude not in p.relative_to(PACKAGE).parts
    ]


def test_only_ui_imports_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in _modules(exclude="ui") if _imports(p) & set(QT_MODULES)
    ]
    assert offenders == []


def test_domain_is_pure() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (PACKAGE / "domain").rglob("*.py")
        if _imports(p) & set(LIBRARY_MODULES)
    ]
    assert offenders == []


def test_importing_the_cli_does_not_load_qt() -> None:
    code = (
        "import sys, competentieplanner.cli as c; c.build_parser(); print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_ruff() -> None:
    targets = [d for d in ("competentieplanner", "tests", "benchmarks") if (ROOT / d).is_dir()]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", *targets], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_layer_contracts() -> None:
    """import-linter keeps the contracts in pyproject.toml ([tool.importlinter])."""
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
