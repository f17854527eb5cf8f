"""Guards TOOLCHAIN pitfall 0: PySide6 6.12.0 on Python 3.11 drops a reference to None in
QLabel.setText and QComboBox.addItem and aborts the process after a few thousand calls. If an
upgrade brings that back, this test crashes the run instead of crashing users."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QComboBox, QLabel


def test_many_set_text_and_add_item_calls_survive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for index in range(20_000):
        label.setText(f"medewerker {index}")
    combo = QComboBox()
    qtbot.addWidget(combo)
    for index in range(5_000):
        combo.addItem(f"team {index}")
    assert label.text() == "medewerker 19999"
    assert combo.count() == 5_000
    if sys.version_info < (3, 12):
        # None is not immortal before 3.12: a leak shows as a falling reference count.
        assert sys.getrefcount(None) >= before - 100


def test_installed_pyside_respects_the_pin() -> None:
    major, minor = (int(part) for part in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "PySide6 6.12+ on Python 3.11 aborts (pitfall 0)"
