"""Cycles holding Qt objects are collected on the GUI thread, never on a worker (ui/garbage.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from competentieplanner.ui import garbage


def test_the_application_collects_cycles_on_a_gui_thread_timer(qapp: QApplication) -> None:
    gc.enable()
    collector = garbage.install(qapp)
    assert garbage.install(qapp) is collector  # once per application
    assert not gc.isenabled() and collector.timer.isActive()


def test_a_qt_object_in_a_cycle_dies_on_the_gui_thread(qapp: QApplication) -> None:
    collector = garbage.install(qapp)
    died_on: list[threading.Thread] = []

    class Holder:
        """A cycle holding a Qt object, like a closed dialog and its slots."""

        def __init__(self) -> None:
            self.me = self
            self.obj = QObject()

        def __del__(self) -> None:
            died_on.append(threading.current_thread())

    Holder()
    worker = threading.Thread(target=lambda: [[] for _ in range(200_000)])
    worker.start()  # allocates enough to start an automatic collection, were it enabled
    worker.join()
    assert died_on == []  # nothing collected the cycle on the worker
    collector.collect()
    assert died_on == [threading.main_thread()]
