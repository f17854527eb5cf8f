"""Unexpected errors: a dialog instead of a vanishing window, and a log without personal data.

The log file holds what a developer needs and nothing a data protection officer would object to:
the exception types and the stack as code locations (file, line, function). The message may
contain names or personnel numbers (``KeyError: 'Jansen'``), so it is shown to the user in the
dialog but never written to disk, and neither is a hash of it: a six-digit personnel number is
found back from any hash of it by trying all million (AVG: that is still personal data). Local
variable values are never read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from competentieplanner import __version__, paths

#: Keep the newest logs only; a crash loop must not fill the disk.
MAX_LOG_FILES = 20

_log_dir_override: Path | None = None
_open_dialogs: list[QMessageBox] = []


def set_log_dir(path: Path | None) -> None:
    """Write logs somewhere else (tests); None restores the user's data folder."""
    global _log_dir_override
    _log_dir_override = path


def log_dir() -> Path:
    return _log_dir_override or paths.log_dir()


def _location(filename: str) -> str:
    """A file path shortened to the part below site-packages or the project folder."""
    normal = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/competentieplanner/"):
        if marker in normal:
            tail = normal.split(marker, 1)[1]
            return ("competentieplanner/" if marker == "/competentieplanner/" else "") + tail
    return Path(normal).name


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The log text: versions, exception types and code locations; no messages, no values."""
    import platform
    import traceback

    from PySide6 import __version__ as pyside_version

    lines = [
        f"Competentieplanner {__version__} crashrapport",
        f"tijd: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"python: {platform.python_version()}  pyside6: {pyside_version}  "
        f"systeem: {platform.system()} {platform.release()}",
        f"thread: {'hoofd' if threading.current_thread() is threading.main_thread() else 'werker'}",
        "",
    ]
    chain: list[tuple[type[BaseException], BaseException, TracebackType | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_type: type[BaseException] = exc_type
    current_tb = tb
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current_type, current, current_tb))
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is None:
            break
        current, current_type, current_tb = nxt, type(nxt), nxt.__traceback__
    for index, (kind, _error, trace) in enumerate(reversed(chain)):
        if index:
            lines.append("")
            lines.append("daarna:")
        lines.append(f"uitzondering: {kind.__module__}.{kind.__qualname__}")
        lines.append("aanroepstapel (oudste eerst):")
        for frame in traceback.extract_tb(trace):
            lines.append(f"  {_location(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Write the report to a new file in the log folder; None when that is impossible."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"crash-{stamp}.log"
        target.write_text(format_report(exc_type, exc, tb), encoding="utf-8")
        _prune(folder)
        return target
    except OSError:
        return None


def _prune(folder: Path) -> None:
    logs = sorted(folder.glob("crash-*.log"))
    for old in logs[:-MAX_LOG_FILES]:
        with contextlib.suppress(OSError):
            old.unlink()


def show_crash_dialog(
    exc: BaseException, log_path: Path | None, parent: QWidget | None = None
) -> QMessageBox:
    """A window-modal dialog with the message and where the log is; the application keeps going."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("crash", "Onverwachte fout"))
    box.setText(
        QCoreApplication.translate(
            "crash",
            "Er ging iets mis dat niet had mogen gebeuren. Uw gegevens in de database zijn "
            "niet aangetast; de laatste handeling is mogelijk niet uitgevoerd.",
        )
    )
    detail = f"{type(exc).__name__}: {exc}"
    if log_path is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "crash",
                "Een verslag zonder persoonsgegevens staat in:\n{path}\nStuur dit bestand mee "
                "als u de fout meldt.",
            ).format(path=str(log_path))
        )
        open_folder = box.addButton(
            QCoreApplication.translate("crash", "Map met verslag openen"),
            QMessageBox.ButtonRole.ActionRole,
        )
        open_folder.clicked.connect(lambda: _open_folder(log_path.parent))
    box.setDetailedText(detail)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_dialogs.append(box)
    box.destroyed.connect(lambda *_: _forget(box))
    box.open()
    return box


def _open_folder(folder: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _forget(box: QMessageBox) -> None:
    if box in _open_dialogs:
        _open_dialogs.remove(box)


def open_crash_dialogs() -> list[QMessageBox]:
    return list(_open_dialogs)


def report_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """Log the exception and, when a GUI is running, show the dialog (on the GUI thread)."""
    log_path = write_log(exc_type, exc, tb)
    app = QApplication.instance()
    if app is None:
        return log_path
    if QThread.currentThread() is app.thread():
        show_crash_dialog(exc, log_path, QApplication.activeWindow())
    else:
        QTimer.singleShot(
            0, app, lambda: show_crash_dialog(exc, log_path, QApplication.activeWindow())
        )
    return log_path


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_exception(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        report_exception(args.exc_type, args.exc_value, args.exc_traceback)


def install_exception_hooks() -> None:
    """From now on an uncaught exception (also in a Qt slot or a thread) logs and shows a dialog."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
