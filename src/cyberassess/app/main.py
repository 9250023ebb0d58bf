"""Start the desktop application: :func:`run` (what ``cyberassess`` without a command calls).

:class:`AppController` owns the windows: the start screen and one main window per open assessment.
Opening happens in the background, in two steps (see :mod:`.session`): a first look at the file
fills the window, then the document is opened for editing once the window is painted. With nothing
on screen yet (a double-clicked file) the first look usually finishes before the window is built,
so the window appears with the assessment in it; otherwise it shows "Opening …" until it is ready.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from .. import APP_NAME, __version__
from ..i18n import is_rtl, normalise
from ..paths import portable_mode, resource, user_data_dir
from .error_dialog import show_error
from .operations import Operation, Progress
from .qt import (
    QApplication,
    QCoreApplication,
    QGuiApplication,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QWidget,
)
from .session import DocumentSession, Loaded, first_look
from .settings import RecentFile, Settings
from .uikit import after_first_paint, icon

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .start_window import StartWindow

log = logging.getLogger("cyberassess.app")

# Smoke tests and start-up benchmarks: quit (exit code 0) as soon as the window with the file given on the
# command line is shown and the file is open for editing (or, without a file, the start screen is shown); exit
# code 1 if that file cannot be opened. With the value "painted": quit as soon as the window is painted with the
# file in it (the file is then not opened for editing). Read once, at start-up.
QUIT_WHEN_SHOWN_ENV = "CYBERASSESS_QUIT_WHEN_SHOWN"
# With nothing on screen yet, how long to wait for the first look before showing "Opening …" instead.
FIRST_LOOK_WAIT_S = 0.3
# The same calm look everywhere; the palette stays the system's (light or dark).
STYLE = "Fusion"


def ui_language(settings: Settings) -> str:
    return normalise(settings.language or QLocale.system().name())


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own strings and ours (``resources/translations/app_<lang>.qm``) when they exist."""
    if language == "en":
        return
    from .qt import QLibraryInfo, QTranslator

    folders = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (str(resource("translations")), f"app_{language}"),
    ]
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
    if is_rtl(language):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def configure_application(app: QApplication, language: str = "en", *, set_style: bool = True) -> None:
    """Names, style, icon and translations; ``set_style=False`` when the command line named the style."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cyberassess")
    if set_style:
        app.setStyle(STYLE)
    app.setWindowIcon(icon("app"))
    install_translators(app, language)


def _setup_logging() -> None:
    """The log file in the user folder; done once the event loop runs (or earlier, when there is an error)."""
    root = logging.getLogger("cyberassess")
    if root.handlers:
        return
    from logging.handlers import RotatingFileHandler  # ~10 ms of imports: after the first paint

    folder = user_data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / "cyberassess.log", maxBytes=1_000_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only medium: no log, but the app still runs
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot: log the traceback, tell the user in words, keep running."""
    _setup_logging()
    log.error("uncaught exception", exc_info=(kind, exc, tb))
    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    show_error(QApplication.activeWindow(), exc)


def about_text() -> tuple[str, str]:
    where = (
        QCoreApplication.translate("CyberAssess", "Portable mode: settings are kept next to the program, in {folder}.")
        if portable_mode()
        else QCoreApplication.translate("CyberAssess", "Settings are kept in {folder}.")
    )
    return (
        QCoreApplication.translate(
            "CyberAssess", "CyberAssess {version}: assess a country's capacity to fight cybercrime, offline."
        ).format(version=__version__),
        QCoreApplication.translate(
            "CyberAssess",
            "Works without any network connection. Each assessment is one .cyberassess file that you can copy, "
            "e-mail or carry on a USB stick.",
        )
        + "\n\n"
        + where.format(folder=user_data_dir()),
    )


def _import_core() -> None:
    """Warm-up while the start screen is shown: the first open or new assessment is then quick."""
    try:
        from ..framework import builtin_framework
        from ..store import Assessment  # noqa: F401

        builtin_framework()
    except Exception:  # reported properly when the user actually opens something
        log.exception("warm-up failed")


class AppController(QObject):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.language = ui_language(self.settings)
        self.windows: list[MainWindow] = []
        self.start_window: StartWindow | None = None
        self._opening: set[Path] = set()
        self._quitting = False
        self._warmed = False
        self.quit_when_shown = os.environ.get(QUIT_WHEN_SHOWN_ENV) in ("1", "painted")
        self.quit_when_painted = os.environ.get(QUIT_WHEN_SHOWN_ENV) == "painted"

    @property
    def quitting(self) -> bool:
        return self._quitting

    def start(self, paths: list[str]) -> None:
        files = [Path(p) for p in paths if p]
        for path in files:
            self.open_path(path)
        if not files:
            self.show_start()
            if self.quit_when_shown:
                QTimer.singleShot(0, self.quit)

    # ----------------------------------------------------------------- windows
    def show_start(self) -> None:
        from .start_window import StartWindow

        if self.start_window is None:
            self.start_window = StartWindow(self)
        self.start_window.refresh()
        self.start_window.show()
        self.start_window.raise_()
        self.start_window.activateWindow()
        if not self._warmed:
            self._warmed = True
            threading.Thread(target=_import_core, name="warm-up", daemon=True).start()

    def _visible_window(self) -> QWidget | None:
        if self.start_window is not None and self.start_window.isVisible():
            return self.start_window
        active = QApplication.activeWindow()
        return active if active in self.windows else (self.windows[-1] if self.windows else None)

    def _window_for(self, path: Path) -> MainWindow | None:
        key = path.resolve()
        return next((w for w in self.windows if w.path.resolve() == key), None)

    def open_path(self, path: Path, *, read_only: bool = False) -> None:
        """Open an assessment in a new window (or bring its window forward if it is open).

        An encrypted file's passphrase is asked first (here, on the UI thread); a wrong one is said
        and asked again.
        """
        path = Path(path).absolute()
        existing = self._window_for(path)
        if existing is not None:
            existing.showNormal()
            existing.raise_()
            existing.activateWindow()
            return
        if path.resolve() in self._opening:
            return
        host = self._visible_window()
        passphrase = None
        from ..store.cipher import is_encrypted  # standard library only: no SQLAlchemy yet

        if is_encrypted(path) and not self.quit_when_shown:
            from .passphrase_dialog import ask_passphrase

            passphrase = ask_passphrase(host, path.name)
            if passphrase is None:
                return
        self._opening.add(path.resolve())
        title = QCoreApplication.translate("CyberAssess", "Opening {name}").format(name=path.name)

        def work(progress: Progress) -> Loaded:
            return first_look(path, read_only=read_only, progress=progress, passphrase=passphrase)

        if host is None:  # nothing on screen yet: build the window while the file is read
            operation = Operation(None, work, title=title)
            operation.run_in_background(show_progress=False)
            window = self._new_window(path, show=False)
            operation.success(lambda loaded: self._opened(loaded, window)).failure(
                lambda exc: self._open_failed(
                    exc, path, window, retry=lambda: self.open_path(path, read_only=read_only)
                )
            )
            if not operation.wait(FIRST_LOOK_WAIT_S) and not window.isVisible():
                window.show()  # "Opening …" until the first look arrives
        else:
            Operation(host, work, title=title).success(lambda loaded: self._opened(loaded, None)).failure(
                lambda exc: self._open_failed(
                    exc, path, None, host, retry=lambda: self.open_path(path, read_only=read_only)
                )
            ).run_in_background()

    def _new_window(self, path: Path, *, show: bool = True) -> MainWindow:
        from .main_window import MainWindow

        window = MainWindow(self, path)
        window.closed.connect(self._window_closed)
        self.windows.append(window)
        if show:
            window.show()
        return window

    def _opened(self, loaded: Loaded, window: MainWindow | None) -> None:
        self._opening.discard(loaded.path.resolve())
        if window is None:
            window = self._new_window(loaded.path, show=False)
        if self.start_window is not None:
            self.start_window.hide()
        window.attach(loaded)
        session = window.session
        assert session is not None
        session.openFailed.connect(lambda exc: self._open_failed(exc, loaded.path, window))
        if self.quit_when_painted:  # start-up benchmarks: the window with the document is on screen
            window.show()
            after_first_paint(window, self.quit)
            return
        if self.quit_when_shown:  # once the document is open (even while a message about it is shown)
            if session.is_open:
                QTimer.singleShot(0, self.quit)
            else:
                session.ready.connect(lambda: QTimer.singleShot(0, self.quit))
        window.show()

        def painted() -> None:  # what can wait until the assessment is on screen
            session.finish_opening()
            self.remember(session)

        after_first_paint(window, painted)

    def _open_failed(
        self,
        exc: BaseException,
        path: Path,
        window: MainWindow | None,
        host: QWidget | None = None,
        retry: Callable[[], None] | None = None,
    ) -> None:
        self._opening.discard(path.resolve())
        _setup_logging()
        if self.quit_when_shown:
            log.error("could not open %s", path, exc_info=exc)
            print(f"cyberassess: error: could not open {path}: {exc}", file=sys.stderr)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(1))  # the event loop may not be running yet
            return
        show_error(
            window or host,
            exc,
            doing=QCoreApplication.translate("CyberAssess", "Opening {name}").format(name=path.name),
        )
        if window is not None:
            window.close()
        from ..store.cipher import WrongPassphraseError

        if retry is not None and isinstance(exc, WrongPassphraseError):
            QTimer.singleShot(0, retry)  # ask for the passphrase again

    def _window_closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows and not self._quitting:
            self.show_start()

    def remember(self, session: DocumentSession | None) -> None:
        """Keep the file in the recent list with what the start screen shows about it."""
        if session is None:
            return
        if session.is_open and session.doc.encrypted:  # nothing of its content goes into the settings file
            self.settings.remember(RecentFile(path=str(session.path), encrypted=True))
            return
        info = session.info
        total = len(session.order)
        self.settings.remember(
            RecentFile(
                path=str(session.path),
                country=info.country,
                mission=info.mission,
                completion=session.answered_count() / total if total else None,
                modified_at=session.last_saved_at or info.modified_at,
            )
        )

    # ----------------------------------------------------------------- commands
    def open_dialog(self, parent: QWidget | None) -> None:
        from .qt import QFileDialog

        folder = self.settings.last_folder or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CyberAssess", "Open an assessment"),
            folder,
            QCoreApplication.translate("CyberAssess", "CyberAssess assessments (*.cyberassess);;All files (*)"),
        )
        if name:
            self.settings.last_folder = str(Path(name).parent)
            self.open_path(Path(name))

    def new_assessment(self, parent: QWidget | None) -> None:
        from .new_assessment_dialog import NewAssessmentDialog

        dialog = NewAssessmentDialog(self.settings, self.language, parent)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        request = dialog.request()
        self.settings.last_folder = str(request.path.parent)

        def work(progress: Progress) -> Loaded:
            from ..store import Assessment

            progress(-1, QCoreApplication.translate("CyberAssess", "Creating {name}…").format(name=request.path.name))
            doc = Assessment.create(
                request.path,
                country=request.country,
                mission=request.mission,
                assessors=request.assessors,
                framework=request.framework,
                target_stage=request.target_stage,
                passphrase=request.passphrase,
                instruments=request.instruments,
            )
            return Loaded.from_document(doc)

        Operation(parent, work, title=QCoreApplication.translate("CyberAssess", "Creating the assessment")).success(
            lambda loaded: self._opened(loaded, None)
        ).run_in_background()

    def new_follow_up(self, parent: QWidget | None, baseline: Path) -> None:
        """Ask where to write a follow-up of ``baseline``, write it in the background and open it."""
        from .qt import QFileDialog

        suggested = baseline.with_name(f"{baseline.stem} follow-up{baseline.suffix}")
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("CyberAssess", "New follow-up of {name}").format(name=baseline.name),
            str(suggested),
            QCoreApplication.translate("CyberAssess", "CyberAssess assessments (*.cyberassess)"),
        )
        if not name:
            return
        target = Path(name) if name.endswith(".cyberassess") else Path(name + ".cyberassess")
        self.settings.last_folder = str(target.parent)
        assessor = self.settings.default_assessor or None

        def work(progress: Progress) -> Path:
            from ..store.followup import create_follow_up

            progress(-1, QCoreApplication.translate("CyberAssess", "Writing {name}…").format(name=target.name))
            return create_follow_up(baseline, target, assessor=assessor, overwrite=target.exists()).path

        Operation(parent, work, title=QCoreApplication.translate("CyberAssess", "Starting the follow-up")).success(
            self.open_path
        ).run_in_background()

    def open_demo(self, parent: QWidget | None) -> None:
        target = user_data_dir() / "demo" / "Meridia demo.cyberassess"
        if target.is_file():
            self.open_path(target)
            return

        def work(progress: Progress) -> Path:
            from ..demo import write_demo

            progress(-1, QCoreApplication.translate("CyberAssess", "Writing the demo assessment…"))
            target.parent.mkdir(parents=True, exist_ok=True)
            return write_demo(target)

        Operation(parent, work, title=QCoreApplication.translate("CyberAssess", "Preparing the demo")).success(
            self.open_path
        ).run_in_background()

    def show_settings(self, parent: QWidget | None) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog(self, parent).exec()

    def quit(self) -> None:
        self._quitting = True
        for window in list(self.windows):
            if not window.close():
                self._quitting = False
                return
        if self.start_window is not None:
            self.start_window.close()
        QApplication.quit()


def start_application(paths: list[str]) -> tuple[QApplication, AppController]:
    """Everything :func:`run` does before the event loop: the application, its settings, the first window."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    existing = QApplication.instance()
    # A style named on the command line is made by Qt alone; setStyle() would return it to Python,
    # which costs ~10 ms of creating QStyle's Python type before the first paint.
    program = sys.argv[0] if sys.argv else APP_NAME
    app = existing if isinstance(existing, QApplication) else QApplication([program, "-style", STYLE])
    QTimer.singleShot(0, _setup_logging)  # once the event loop runs: the first window is painted first
    settings = Settings()
    configure_application(app, ui_language(settings), set_style=existing is not None)
    sys.excepthook = _excepthook
    sys.setswitchinterval(0.001)  # the UI thread gets the interpreter back quickly from background work
    controller = AppController(settings)
    controller.start(paths)
    return app, controller


def run(paths: list[str]) -> int:
    """Run the desktop application; ``paths`` are assessment files to open (none: the start screen)."""
    app, _controller = start_application(paths)
    return app.exec()
