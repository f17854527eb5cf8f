"""Start the desktop application. Imported only when no subcommand is given, so the headless
commands never load Qt."""

from __future__ import annotations

import argparse
import importlib


def start_gui(args: argparse.Namespace) -> int:
    app = importlib.import_module("competentieplanner.ui.app")
    result: int = app.run(database=args.database)
    return result
