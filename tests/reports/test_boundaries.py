"""The reports package lays out plain data: it never touches the database or Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import competentieplanner.reports as reports

FORBIDDEN = (
    "sqlalchemy",
    "PySide6",
    "competentieplanner.persistence",
    "competentieplanner.services",
)


def test_reports_import_no_database_and_no_qt() -> None:
    folder = Path(reports.__file__).parent
    files = sorted(folder.glob("*.py"))
    assert len(files) >= 8
    for file in files:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{file.name} imports {name}"
