"""Guards TOOLCHAIN pitfall 0: PySide6 6.12.0 on Python 3.11 drops a reference to None in
QLabel.setText and QComboBox.addItem and aborts the process after a few thousand calls. The
declared bounds keep it out on every Python; the leak itself can only show before 3.12."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version
from PySide6.QtWidgets import QComboBox, QLabel

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = "pyside6-essentials"


def _declared() -> dict[str, list[Requirement]]:
    """Where the PySide6 bounds are written: pyproject.toml and constraints.txt."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    sources = {
        "pyproject.toml": project["project"]["dependencies"],
        "constraints.txt": [line.split(" #")[0].strip() for line in lines],
    }
    return {
        source: [
            requirement
            for requirement in map(Requirement, (t for t in texts if t and t[0] != "#"))
            if requirement.name.lower() == PACKAGE
        ]
        for source, texts in sources.items()
    }


def _applying(requirements: list[Requirement], python: str | None = None) -> list[Requirement]:
    environment = None if python is None else {"python_version": python}
    return [r for r in requirements if r.marker is None or r.marker.evaluate(environment)]


def test_bounds_keep_the_aborting_release_out_on_python_3_11() -> None:
    for source, requirements in _declared().items():
        bounds = _applying(requirements, "3.11")
        assert bounds, f"{source} declares no PySide6-Essentials bound for Python 3.11"
        assert any(Version("6.12.0") not in r.specifier for r in bounds), source


def test_installed_pyside_is_within_the_bounds_for_this_python() -> None:
    installed = Version(metadata.version("PySide6-Essentials"))
    for source, requirements in _declared().items():
        bounds = _applying(requirements)
        assert bounds, f"{source} declares no PySide6-Essentials bound for this Python"
        for requirement in bounds:
            assert installed in requirement.specifier, (source, str(requirement))


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: the leak cannot show"
)
def test_many_set_text_and_add_item_calls_keep_none_alive(qtbot) -> None:
    """A leak of None shows as a falling reference count long before it aborts."""
    label = QLabel()
    qtbot.addWidget(label)
    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for index in range(20_000):
        label.setText(f"medewerker {index}")
    for index in range(5_000):
        combo.addItem(f"team {index}")
    assert sys.getrefcount(None) >= before - 100
