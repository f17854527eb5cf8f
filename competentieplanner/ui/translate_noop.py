"""``QT_TRANSLATE_NOOP`` typed as returning ``str``.

PySide6's stub declares Qt's marker as returning ``object``, so a tuple of marked headers does not
type-check as ``tuple[str, ...]``. This function keeps Qt's name, which is what ``lupdate`` looks
for, and returns the Dutch source unchanged; the screens translate it when they show it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate finds this name
    del context  # read by lupdate from the source text, not needed at run time
    return source
