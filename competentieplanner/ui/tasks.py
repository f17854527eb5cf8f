"""Run work off the GUI thread, with a progress dialog and Annuleren.

``runner.run(parent, title, fn, on_done)`` calls ``fn(progress)`` on a worker thread of the
:class:`TaskRunner` the application context holds. Work that writes runs on the runner's single
writer thread, one job after another, so two user actions never race each other. ``fn`` reports
with ``progress.report(done, total, text)`` and may look at ``progress.cancelled`` (or call
``progress.check()``, which raises :class:`Cancelled`) to stop early.
Results and errors come back to the GUI thread through queued signals:

* a result goes to ``on_done(result)``;
* :class:`Cancelled` ends quietly with a status message;
* a ``UserError`` is shown as a warning with its Dutch message (validation problems listed);
* anything else goes to the crash dialog and the log (:mod:`competentieplanner.ui.crash`).

The progress dialog only appears when the work takes longer than a moment, so quick tasks do
not flash a window.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from competentieplanner.domain.errors import UserError, ValidationError

T = TypeVar("T")

#: Milliseconds before the progress dialog (or the busy indicator of quiet work) shows up.
DIALOG_DELAY_MS = 400
#: Worker threads for reading work; writing work has one thread of its own.
READ_THREADS = 4


class Cancelled(Exception):
    """The user pressed Annuleren; the task stopped without finishing."""


class _RunnerSignals(QObject):
    """The runner's own signals: workers emit task numbers, never objects of their own.

    Whatever a worker thread lets go of last is destroyed on that thread. A Qt object destroyed
    there (a per-task signal object, a screen the work function's closure kept alive) crashes the
    process at random, so workers hold no Qt objects, and the work function and its outcome are
    released on the GUI thread (:meth:`TaskRunner._deliver`).
    """

    progressed = Signal(int, int, int, str)
    finished = Signal(int)


class Progress:
    """Handed to the work function: report progress, notice a cancel request."""

    def __init__(self, signals: _RunnerSignals | None = None, task: int = 0) -> None:
        self._cancel = threading.Event()
        self._signals = signals
        self._task = task

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._signals is None:
            return
        try:
            self._signals.progressed.emit(self._task, int(done), int(total), text)
        except RuntimeError:  # the window went away while the work was running: nobody listens
            self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled


class _Task:
    """One piece of work and, once it ran, its outcome. Plain Python: safe on any thread."""

    __slots__ = ("error", "fn", "number", "progress", "result")

    def __init__(self, number: int, fn: Callable[[Progress], Any], progress: Progress) -> None:
        self.number = number
        self.fn: Callable[[Progress], Any] | None = fn
        self.progress = progress
        self.result: Any = None
        self.error: BaseException | None = None


class _Worker(QRunnable):
    def __init__(self, task: _Task, signals: _RunnerSignals) -> None:
        super().__init__()
        self.task: _Task | None = task
        self.signals = signals

    def run(self) -> None:
        task, self.task = self.task, None
        assert task is not None and task.fn is not None
        try:
            task.result = task.fn(task.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            task.error = exc
        number = task.number
        del task  # the runner still holds it: the GUI thread lets go of it, not this one
        # RuntimeError: the application is shutting down; there is no GUI thread left to tell.
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(number)


class TaskHandle(QObject, Generic[T]):
    """A running task. ``done`` is True once the result or error has been handled."""

    completed = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        on_done: Callable[[T], None],
        *,
        cancellable: bool,
        show_dialog: bool,
        on_error: Callable[[BaseException], None] | None = None,
        on_complete: Callable[[TaskHandle[Any]], None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        super().__init__()
        self.parent_widget = parent
        self.title = title
        self.on_done = on_done
        self.on_error = on_error
        self._on_complete = on_complete
        self.progress = progress if progress is not None else Progress()
        self.done = False
        self.cancelled = False
        self.error: BaseException | None = None
        self.message_box: QMessageBox | None = None
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = _progress_dialog(parent, title, cancellable)
            self.dialog.canceled.connect(self._cancel)

    @Slot()
    def _cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("tasks", "Bezig met annuleren…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.done:
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        if text:
            self.dialog.setLabelText(text)

    def _parent_gone(self) -> bool:
        """The screen that asked for the work was closed meanwhile: nobody wants the result."""
        return self.parent_widget is not None and not shiboken6.isValid(self.parent_widget)

    def _on_finished(self, result: object) -> None:
        self._close_dialog()
        try:
            if not self._parent_gone():
                self.on_done(result)  # type: ignore[arg-type]
        finally:
            self._complete()

    def _on_failed(self, exc: BaseException) -> None:
        self._close_dialog()
        self.error = exc
        if self._parent_gone():
            self.parent_widget = None  # report unexpected errors anyway, without a parent
            if isinstance(exc, UserError | Cancelled):
                self.cancelled = isinstance(exc, Cancelled)
                self._complete()
                return
        try:
            if isinstance(exc, Cancelled):
                self.cancelled = True
                _status(self.parent_widget, QCoreApplication.translate("tasks", "Geannuleerd."))
            elif isinstance(exc, UserError):
                self.message_box = show_user_error(self.parent_widget, self.title, exc)
                if self.on_error is not None:
                    self.on_error(exc)
            else:
                from competentieplanner.ui import crash

                crash.report_exception(type(exc), exc, exc.__traceback__)
        finally:
            self._complete()

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _complete(self) -> None:
        self.done = True
        if self._on_complete is not None:
            self._on_complete(self)
        self.completed.emit()


def _progress_dialog(parent: QWidget | None, title: str, cancellable: bool) -> QProgressDialog:
    cancel_text = QCoreApplication.translate("tasks", "Annuleren") if cancellable else ""
    dialog = QProgressDialog(title, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(DIALOG_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(380)
    dialog.setAccessibleName(title)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    return dialog


def _status(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 5000)


def show_user_error(parent: QWidget | None, title: str, exc: UserError) -> QMessageBox:
    """A window-modal warning with the Dutch message; validation problems go in the details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(exc, ValidationError) and exc.problems:
        head = str(exc).split("\n", 1)[0]
        box.setText(head)
        lines = [str(problem) for problem in exc.problems]
        box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
        box.setDetailedText("\n".join(lines))
    else:
        box.setText(str(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class TaskRunner(QObject):
    """Runs work off the GUI thread and keeps each task alive until its result is delivered.

    One runner per application context: the main window asks it before closing, and tests wait
    for it. ``busy_changed(True)`` fires when work has been running for longer than a moment
    (the status bar shows a busy indicator), ``busy_changed(False)`` when all work is done.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[TaskHandle[Any]] = set()
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(READ_THREADS)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(DIALOG_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self._set_busy(bool(self._running)))
        self._signals = _RunnerSignals(self)
        # Queued: workers emit from their own threads, the handles live on the GUI thread.
        self._signals.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._tasks: dict[int, tuple[TaskHandle[Any], _Task]] = {}
        self._numbers = itertools.count(1)

    def run(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[Progress], T],
        on_done: Callable[[T], None],
        *,
        cancellable: bool = True,
        show_dialog: bool = True,
        writes: bool = False,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> TaskHandle[T]:
        """Run ``fn(progress)`` on a worker thread; deliver the result to ``on_done`` on the
        GUI thread.

        Args:
            parent: the window the progress dialog and messages belong to.
            title: description of the work, shown in the dialog ("Excel-overzicht maken").
            fn: the work; must not touch widgets or translations. Gets a :class:`Progress`.
            on_done: called with fn's result on the GUI thread (not when fn failed or was
                cancelled).
            cancellable: show an Annuleren button.
            show_dialog: False for quiet work (a screen shows its own placeholder).
            writes: the work changes data; it waits for earlier writing work to finish.
            on_error: called on the GUI thread after a refusal (UserError) was shown.

        Returns:
            A handle; ``handle.done`` turns True (and ``handle.completed`` fires) when it is
            over.
        """
        number = next(self._numbers)
        progress = Progress(self._signals, number)
        handle: TaskHandle[T] = TaskHandle(
            parent,
            title,
            on_done,
            cancellable=cancellable,
            show_dialog=show_dialog,
            on_error=on_error,
            on_complete=self._completed,
            progress=progress,
        )
        task = _Task(number, fn, progress)
        self._tasks[number] = (handle, task)
        self._running.add(handle)
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        (self._writer if writes else self._readers).start(_Worker(task, self._signals))
        return handle

    @Slot(int, int, int, str)
    def _progressed(self, number: int, done: int, total: int, text: str) -> None:
        entry = self._tasks.get(number)
        if entry is not None:
            entry[0]._on_progress(done, total, text)

    @Slot(int)
    def _deliver(self, number: int) -> None:
        handle, task = self._tasks.pop(number)
        # Let go of the work function and its outcome here, on the GUI thread (see _RunnerSignals).
        task.fn = None
        result, error = task.result, task.error
        task.result = task.error = None
        if error is None:
            handle._on_finished(result)
        else:
            handle._on_failed(error)

    def _completed(self, handle: TaskHandle[Any]) -> None:
        self._running.discard(handle)
        if not self._running:
            self._busy_timer.stop()
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    @property
    def busy(self) -> bool:
        """Work has been running for longer than a moment."""
        return self._busy

    def running(self) -> int:
        """How many tasks have not delivered their result yet."""
        return len(self._running)

    def cancel_all(self) -> None:
        """Ask every running task to stop (used when the window closes)."""
        for handle in list(self._running):
            handle.progress.cancel()

    def wait_for_all(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker threads are idle (used at shutdown, never in normal flow)."""
        return self._writer.waitForDone(timeout_ms) and self._readers.waitForDone(timeout_ms)
