"""``selfcheck``: is this installation able to work? One line per check."""

from __future__ import annotations

import importlib
import os
import sys

from competentieplanner import __version__
from competentieplanner.domain.errors import UserError
from competentieplanner.services import database as dbs
from competentieplanner.services import reference_data


def run_selfcheck(
    target: str | os.PathLike[str] | None, *, qt_available: bool
) -> tuple[list[str], bool]:
    lines: list[str] = []
    ok = True

    def report(name: str, passed: bool, detail: str) -> None:
        nonlocal ok
        ok = ok and passed
        lines.append(f"{'OK  ' if passed else 'FOUT'} {name}: {detail}")

    report("versie", True, f"competentieplanner {__version__}, Python {sys.version.split()[0]}")
    try:
        refset = reference_data.load_reference_files()
        report(
            "referentiebestanden",
            True,
            f"{len(refset.frameworks)} kaders, {len(refset.profiles)} profielen, "
            f"{len(refset.offers)} opleidingen, {len(refset.questions)} gespreksvragen",
        )
    except UserError as exc:
        report("referentiebestanden", False, str(exc))
    try:
        db = dbs.open_database(target)
    except UserError as exc:
        report("database", False, str(exc))
        return lines, False
    try:
        report("database", True, db.display_name)
        for check in dbs.check_database(db):
            report(check.name, check.ok, check.detail)
        if qt_available:
            try:
                window_check = importlib.import_module("competentieplanner.ui.selfcheck")
                report("hoofdvenster", True, window_check.build_and_close_main_window(db))
            except Exception as exc:  # any failure here is what selfcheck exists to report
                report("hoofdvenster", False, f"{exc.__class__.__name__}: {exc}")
        else:
            lines.append(
                "--   hoofdvenster: overgeslagen (geen Qt-platform; zet QT_QPA_PLATFORM=offscreen)"
            )
    finally:
        db.dispose()
    return lines, ok
