"""Start the desktop application. Imported only when no subcommand is given, so the headless
commands never load Qt."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from competentieplanner.domain.errors import UserError


def display_available(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt can show a window: always on Windows and macOS; on Linux a display server or an
    explicitly chosen platform plugin (e.g. QT_QPA_PLATFORM=offscreen) is needed, else Qt aborts
    the process without a word a user understands."""
    if not sys.platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def start_gui(args: argparse.Namespace) -> int:
    if not display_available():
        raise UserError(
            "Geen beeldscherm gevonden om het venster op te tonen. Start de toepassing in een "
            "grafische sessie, of zonder scherm met QT_QPA_PLATFORM=offscreen; de opdrachten "
            "(zie --help) werken ook zonder scherm."
        )
    app = importlib.import_module("competentieplanner.ui.app")
    result: int = app.run(database=args.database)
    return result
