"""Python's cyclic garbage collector runs on the GUI thread only (Anki's aqt does the same).

Automatic collection may start on whichever thread happens to allocate, and the workers of
``ui/tasks.py`` allocate plenty. A collected cycle that holds a Qt object (a closed dialog, a
finished task handle) would then be destroyed on a worker thread, which Qt does not allow: the
process crashes at random. So automatic collection is switched off and a timer collects on the
GUI thread instead; reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread collects cycles (ms); a collection takes milliseconds.
INTERVAL_MS = 10_000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> int:
        return gc.collect()


def install(app: QObject) -> GuiThreadCollector:
    """Collect garbage on the GUI thread of ``app`` from now on (idempotent)."""
    existing = app.findChild(GuiThreadCollector)
    if existing is None:
        return GuiThreadCollector(app)
    gc.disable()  # someone may have switched it back on since
    return existing
