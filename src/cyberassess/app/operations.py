"""The one way the app runs long work (open a large file, Save As, export, import) off the UI thread.

    Operation(window, lambda progress: doc.save_as(target), title=tr("Saving a copy"))
        .success(on_saved).run_in_background()

The work function gets a ``progress(percent, text)`` callback (percent ``-1``: busy, no figure),
which it may call from the worker thread. A progress dialog appears if the work takes longer than
a moment. Success and failure callbacks run on the UI thread; the default failure handler shows
the error dialog. The core :class:`~cyberassess.store.Assessment` serialises access with its own
lock, so the UI can keep reading while an export reads in the background.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from .error_dialog import show_error
from .qt import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QWidget,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from .qt import QProgressDialog

Progress = Callable[[int, str], None]
SHOW_PROGRESS_AFTER_MS = 350


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], relay: Operation) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._relay.progressed.emit)
        except BaseException as exc:  # every failure reaches the UI, never the console
            self._relay.error = exc
            self._tell(self._relay.failed, exc)
        else:
            self._relay.result = result
            self._tell(self._relay.succeeded, result)
        finally:
            self._relay.finished_event.set()

    @staticmethod
    def _tell(signal: Any, value: object) -> None:
        # Work that ends after the application has quit finds its relay deleted (interpreter shutdown):
        # nobody is left to tell, and raising here would reach the excepthook's dialog without a QApplication.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Operation(QObject):
    """Background work with progress, success and failure handling in one place.

    The operation object lives on the UI thread; the signals the worker emits are queued to it.
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    running: ClassVar[set[Operation]] = set()

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], Any], *, title: str) -> None:
        super().__init__()
        self._parent = parent
        self._work = work
        self._title = title
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._last: tuple[int, str] = (-1, title)
        self.finished_event = threading.Event()  # set by the worker after it has signalled the outcome
        self.result: Any = None  # the work's result, once finished_event is set
        self.error: BaseException | None = None  # or what it raised

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        self._on_failure = callback
        return self

    @property
    def parent_widget(self) -> QWidget | None:
        return self._parent

    @classmethod
    def busy(cls) -> bool:
        return bool(cls.running)

    def run_in_background(self, *, show_progress: bool = True) -> Operation:
        self.progressed.connect(self._progress)
        self.succeeded.connect(self._succeeded)
        self.failed.connect(self._failed)
        Operation.running.add(self)
        if show_progress:
            self._timer = QTimer(singleShot=True, interval=SHOW_PROGRESS_AFTER_MS)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start()
        QThreadPool.globalInstance().start(_Job(self._work, self))
        return self

    def wait(self, seconds: float) -> bool:
        """Block the UI thread up to ``seconds`` for the work; if it finished, run its callbacks now.

        For start-up only, when nothing is on screen yet: a quick open then fills the first window
        before it is shown, instead of showing "Opening …" for a moment.
        """
        if not self.finished_event.wait(seconds):
            return False
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # the queued success or failure call
        return True

    def outcome(self) -> Any:
        """Wait (any thread, no event processing) until the work is done; its result, or raise its error."""
        self.finished_event.wait()
        if self.error is not None:
            raise self.error
        return self.result

    def wait_visibly(self) -> None:
        """Block the caller (on the UI thread) until the work is done, its callbacks run, windows still painted.

        User input waits meanwhile; the progress dialog appears if it takes longer than a moment. For
        an edit that needs the document a background open is still preparing.
        """
        if self._timer is None and self._dialog is None:
            self._timer = QTimer(singleShot=True, interval=SHOW_PROGRESS_AFTER_MS)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start()
        while not self.finished_event.wait(0.02):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # the success or failure call, now

    # ----------------------------------------------------------------- UI thread
    @Slot()
    def _show_dialog(self) -> None:
        if self not in Operation.running:
            return
        from .qt import QProgressDialog  # only when a task takes a while

        dialog = QProgressDialog(self._title, "", 0, 0, self._parent)
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self._title)
        dialog.setCancelButton(None)  # the work cannot be interrupted half-way; it is short or atomic
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        modality = Qt.WindowModality.WindowModal if self._parent else Qt.WindowModality.ApplicationModal
        dialog.setWindowModality(modality)
        self._dialog = dialog
        self._progress(*self._last)
        dialog.show()

    @Slot(int, str)
    def _progress(self, percent: int, text: str) -> None:
        self._last = (percent, text or self._title)
        dialog = self._dialog
        if dialog is None:
            return
        dialog.setLabelText(text or self._title)
        if percent < 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 100)
            dialog.setValue(max(0, min(100, percent)))  # a modal progress dialog processes events here

    def _finish(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        Operation.running.discard(self)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._finish()
        if self._on_success is not None:
            self._on_success(result)

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            show_error(self._parent, exc, doing=self._title)
