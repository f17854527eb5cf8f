"""Look and feel: style, a subtle accent, and the colour scales for levels, gaps and readiness.

Everything else takes its colours from the palette, so the application follows the system's light
or dark scheme. The level and gap colours are the only fixed colours; each has a light and a dark
variant whose text/background contrast is at least 4.5:1 (WCAG AA, checked by a test).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

if TYPE_CHECKING:
    from competentieplanner.domain.model import Readiness

#: Outer margin and spacing of screens, in device-independent pixels.
MARGIN = 12
SPACING = 8

_ACCENT_LIGHT = "#1f6f8b"
_ACCENT_DARK = "#5cb8db"


@dataclass(frozen=True, slots=True)
class CellColors:
    background: QColor
    foreground: QColor


def _pair(background: str, foreground: str) -> CellColors:
    return CellColors(QColor(background), QColor(foreground))


# Light and dark variants: (background, text).
_MEETS = (_pair("#cdebd3", "#123a1c"), _pair("#1e5330", "#e6f6ea"))
_ONE_BELOW = (_pair("#fbe3b0", "#4a3300"), _pair("#6b4c10", "#fff3da"))
_FAR_BELOW = (_pair("#f6c7c3", "#5a1410"), _pair("#70251f", "#ffe6e2"))
_UNKNOWN = (_pair("#e4e6ea", "#363b43"), _pair("#3b4048", "#dde1e6"))
_LEVELS = (
    (_pair("#eef3fa", "#1d2b3a"), _pair("#263340", "#e3ecf5")),
    (_pair("#cadcf1", "#14263a"), _pair("#2b4a6d", "#eaf2fb")),
    (_pair("#8fb6e3", "#0c1e33"), _pair("#356aa4", "#ffffff")),
    (_pair("#2f6cb0", "#ffffff"), _pair("#5b98dc", "#0a1726")),
)


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (system dark scheme or a dark palette)."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette | None = None) -> QColor:
    return QColor(_ACCENT_DARK if is_dark(palette) else _ACCENT_LIGHT)


def _variant(pair: tuple[CellColors, CellColors], dark: bool | None) -> CellColors:
    return pair[1] if (is_dark() if dark is None else dark) else pair[0]


def gap_colors(level: int | None, target: int, dark: bool | None = None) -> CellColors:
    """Colour of a level measured against a target: met, one below, further below, unknown."""
    if level is None:
        return _variant(_UNKNOWN, dark)
    shortfall = target - level
    if shortfall <= 0:
        return _variant(_MEETS, dark)
    if shortfall == 1:
        return _variant(_ONE_BELOW, dark)
    return _variant(_FAR_BELOW, dark)


def coverage_colors(count: int, dark: bool | None = None) -> CellColors:
    """Team coverage of a competency: nobody (red), one person (amber), more (green)."""
    if count == 0:
        return _variant(_FAR_BELOW, dark)
    if count == 1:
        return _variant(_ONE_BELOW, dark)
    return _variant(_MEETS, dark)


def level_colors(level: int | None, dark: bool | None = None) -> CellColors:
    """A sequential scale for absolute levels 1..4 (history tables)."""
    if level is None or level < 1:
        return _variant(_UNKNOWN, dark)
    return _variant(_LEVELS[min(level, len(_LEVELS)) - 1], dark)


def readiness_colors(readiness: Readiness | None, dark: bool | None = None) -> CellColors:
    from competentieplanner.domain.model import Readiness

    mapping = {
        Readiness.READY: _MEETS,
        Readiness.DEVELOPABLE: _ONE_BELOW,
        Readiness.FAR: _FAR_BELOW,
        Readiness.INSUFFICIENT_DATA: _UNKNOWN,
    }
    return _variant(mapping.get(readiness, _UNKNOWN) if readiness else _UNKNOWN, dark)


def all_cell_colors() -> list[CellColors]:
    """Every fixed colour pair, light and dark (for the contrast test)."""
    pairs = [_MEETS, _ONE_BELOW, _FAR_BELOW, _UNKNOWN, *_LEVELS]
    return [variant for pair in pairs for variant in pair]


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1..21)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` made larger or smaller, whether it is sized in points or in pixels."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def muted_text_color(widget: QWidget) -> QColor:
    """Secondary text: the placeholder colour of the widget's palette."""
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)


def apply_style(app: QApplication) -> None:
    """Windows 11 style where Qt offers it, Fusion elsewhere; a light touch of accent."""
    keys = {key.lower() for key in QStyleFactory.keys()}  # noqa: SIM118  (a Qt list, not a dict)
    style = "windows11" if "windows11" in keys else "Fusion"
    app.setStyle(style)
    app.setStyleSheet(_STYLE_SHEET)


# Palette references only, so the sheet follows light and dark schemes.
_STYLE_SHEET = """
QListWidget#navigation {
    border: none;
    background: palette(base);
    padding: 6px 0px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 8px 14px;
    margin: 1px 6px;
    border-radius: 4px;
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QFrame#card {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
"""
