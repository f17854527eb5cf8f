"""Desktop-related command: ``screenshots OUTDIR [--database X]``.

Qt is imported only when the command runs, so building the parser (every other command) never
loads it. Without a display the offscreen platform is used; fonts render the same.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from competentieplanner.domain.errors import UserError

LANGUAGES = ("nl", "en")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "screenshots",
        parents=[common],
        help="schermafbeeldingen (PNG, 1366x768) van elk hoofdscherm",
        description="Schrijft een PNG van elk hoofdscherm (1366 x 768). Zonder --database wordt "
        "een tijdelijke database met de demogemeente gebruikt.",
    )
    p.add_argument("outdir", metavar="OUTDIR", type=Path, help="map voor de PNG-bestanden")
    p.add_argument(
        "--language", choices=LANGUAGES, default="nl", help="taal van de schermen (standaard nl)"
    )
    p.set_defaults(handler=cmd_screenshots)


def _ensure_platform() -> None:
    """Without a display Qt would abort; the offscreen platform renders the same pixels."""
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not has_display and sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_screenshots(args: argparse.Namespace) -> int:
    from competentieplanner.services import database as dbs
    from competentieplanner.services.demo import generate_demo

    _ensure_platform()
    if args.outdir.exists() and not args.outdir.is_dir():
        raise UserError(f"'{args.outdir}' is geen map.")
    from competentieplanner.ui.screenshots import take_screenshots

    with tempfile.TemporaryDirectory() as folder:
        if args.database:
            db = dbs.open_database(args.database)
        else:
            db = dbs.open_database(Path(folder) / "demo.db")
            generate_demo(db)
        try:
            written = take_screenshots(db, args.outdir, language=args.language)
        finally:
            db.dispose()
    for path in written:
        print(path)
    print(f"{len(written)} schermafbeeldingen geschreven naar {args.outdir}")
    return 0
