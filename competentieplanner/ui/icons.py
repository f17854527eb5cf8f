"""Icons: the application icon from resources/, and action icons from the platform theme.

Qt 6.7+ maps ``QIcon.ThemeIcon`` to the system's icon font on Windows 10/11 (Segoe Fluent) and
to the desktop theme on Linux; where neither exists the style's built-in pixmaps stand in.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from competentieplanner import paths

_app_icon: QIcon | None = None


def app_icon() -> QIcon:
    global _app_icon
    if _app_icon is None:
        # The PNG, not the SVG: loading the SVG plugin would add to every start-up.
        png = paths.resources_dir() / "icons" / "competentieplanner-256.png"
        _app_icon = QIcon(str(png)) if png.exists() else QIcon()
    return _app_icon


def action_icon(theme: QIcon.ThemeIcon, fallback: QStyle.StandardPixmap) -> QIcon:
    icon = QIcon.fromTheme(theme)
    if icon.isNull():
        style = QApplication.style()
        icon = style.standardIcon(fallback) if style is not None else QIcon()
    return icon
