"""The main window: navigation tree, the indicator / review / export pages, status and banners.

A window is created at once (showing "Opening …") and receives its document from a background
open (:meth:`attach`), so the window never freezes while a large file is checked and read.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ..framework import tr
from .error_dialog import ask, show_error, show_message
from .forms.ui_main_window import Ui_MainWindow
from .indicator_page import IndicatorPage
from .nav_model import FILTERS, ID_ROLE, INDICATOR, KIND_ROLE, NavFilter, NavModel
from .operations import Operation
from .qt import QApplication, QHeaderView, QLabel, QMainWindow, QModelIndex, Qt, QTimer, Signal
from .session import KEEP_PROTECTION, DocumentSession, Loaded
from .uikit import icon, load_form
from .window_actions import MainActions

if TYPE_CHECKING:
    from .export_page import ExportPage
    from .main import AppController
    from .progress_page import ProgressPage
    from .qt import QCloseEvent
    from .review_page import ReviewPage


class MainWindow(QMainWindow):
    closed = Signal(object)
    documentReady = Signal()

    def __init__(self, controller: AppController, path: Path) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("mainWindow")
        self.controller = controller
        self.settings = controller.settings
        self.path = path
        self.session: DocumentSession | None = None
        self.review_page: ReviewPage | None = None
        self.export_page: ExportPage | None = None
        self.pages_made: dict[str, Any] = {}
        self.progress_page: ProgressPage | None = None
        self._syncing = False
        self.ui = load_form(Ui_MainWindow, self)
        self.page = IndicatorPage(self.ui.pages)
        self.ui.pages.addWidget(self.page)
        self.commands = MainActions(self)
        self.recent_menu = self.commands.build_menus(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.toolbar = self.commands.build_toolbar(self)
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.statusBar().addPermanentWidget(self.save_label)
        self.ui.bannerClose.setIcon(icon("close"))
        self.ui.bannerClose.clicked.connect(self.ui.banner.hide)
        self.ui.bannerSaveAs.setIcon(icon("save-as"))
        self.ui.bannerSaveAs.clicked.connect(self.save_as)
        self.ui.loadingText.setText(self.tr("Opening {name}…").format(name=path.name))
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.page.linkActivated.connect(self.follow_link)
        self.page.ui.previousButton.clicked.connect(self.commands.previous.trigger)
        self.page.ui.nextButton.clicked.connect(self.commands.next.trigger)
        self.page.ui.nextUnansweredButton.clicked.connect(self.commands.next_unanswered.trigger)
        for button, action in (
            (self.page.ui.previousButton, self.commands.previous),
            (self.page.ui.nextButton, self.commands.next),
            (self.page.ui.nextUnansweredButton, self.commands.next_unanswered),
        ):
            button.setToolTip(action.toolTip())
        self.setWindowTitle(self.tr("{name} — CyberAssess").format(name=path.name))
        self._restore_layout()
        self._update_actions()

    # ----------------------------------------------------------------- document arrives
    def attach(self, loaded: Loaded) -> None:
        session = DocumentSession(loaded, assessor=self.settings.default_assessor, language=self.controller.language)
        session.setParent(self)
        session.error_parent = self
        self.session = session
        self.path = session.path
        self.model = NavModel(session, self)
        self.proxy = NavFilter(self)
        self.proxy.setSourceModel(self.model)
        tree = self.ui.navTree
        tree.setModel(self.proxy)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.expandToDepth(0)
        tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        tree.activated.connect(self._tree_activated)
        self.ui.search.textChanged.connect(self._filter_changed)
        self.ui.stateFilter.currentIndexChanged.connect(self._filter_changed)
        self.page.set_session(session)
        session.answerChanged.connect(self._answer_changed)
        session.saveStatusChanged.connect(self.save_label.setText)
        session.revealRequested.connect(self.go_to)
        session.documentChanged.connect(self._document_changed)
        stack = session.undo_stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._update_actions)
        self.save_label.setText(session.status)
        self.ui.pages.setCurrentWidget(self.page)
        self._document_changed()
        start = loaded.info.last_indicator_id
        if start not in session.order:
            start = session.next_unanswered(None) or session.order[0]
        self.go_to(start)
        self.page.focus_answer()
        self.documentReady.emit()
        # once open, after the current event (a message box must not hold up whoever is waiting for "ready")
        if session.is_open:
            QTimer.singleShot(0, self._explain_read_only)
        else:
            session.ready.connect(lambda: QTimer.singleShot(0, self._explain_read_only))

    def _explain_read_only(self) -> None:
        """Once the document is open: say why it cannot be edited, unless the user asked for read-only."""
        session = self.session
        if session is None or not session.read_only or session.requested_read_only:
            return
        show_message(
            self,
            self.tr("Opened read-only"),
            self.tr("{name} cannot be edited here: {reason}.").format(
                name=self.path.name, reason=session.read_only_reason
            ),
            self.tr(
                "You can read everything. To make changes, close the file in the other window "
                "or program and open it again, or choose File ▸ Save As… to continue on a copy."
            ),
        )

    def _document_changed(self) -> None:
        """After opening or Save As: title, banner, and whether editing is possible."""
        assert self.session is not None
        session, info = self.session, self.session.info
        self.path = session.path
        title = " — ".join(p for p in (info.country, info.mission) if p)
        suffix = self.tr(" [read-only]") if session.read_only else ""
        self.setWindowTitle(
            self.tr("{title}{ro} — {file} — CyberAssess").format(title=title, ro=suffix, file=self.path.name)
        )
        self.setWindowFilePath(str(self.path))
        self.page.set_editable(not session.read_only)
        notes = []
        if session.read_only:
            notes.append(
                self.tr(
                    "<b>Read-only:</b> {reason}. Nothing you see can be changed here; choose "
                    "<b>Save As…</b> to continue on a copy you can edit."
                ).format(reason=escape(session.read_only_reason or ""))
            )
        if session.migrated_from is not None:
            notes.append(
                self.tr("This file was upgraded from an older format; the original was kept as {backup}.").format(
                    backup=escape(str(session.backup_path))
                )
            )
        newer = session.newer_framework
        if newer is not None:
            notes.append(
                self.tr(
                    "This assessment keeps the framework it was answered against ({name} {version}); version "
                    "{new} is installed. Use File ▸ Move to the installed framework version… to move it "
                    "to {new} (a backup copy is kept and every answer is carried over)."
                ).format(
                    name=escape(tr(session.framework.name)),
                    version=escape(session.framework.version),
                    new=escape(newer.version),
                )
            )
        if session.framework_changed:
            notes.append(
                self.tr(
                    "The framework has been updated since this assessment was made; some questions or "
                    "descriptors may read differently."
                )
            )
        self.ui.bannerText.setText("<br>".join(notes))
        self.ui.bannerSaveAs.setVisible(session.read_only)
        if notes:
            from .qt import QStyle  # only with a banner: QStyle's Python type takes ~10 ms to create

            kind = QStyle.StandardPixmap
            size = self.fontMetrics().height() * 2
            style_icon = kind.SP_MessageBoxWarning if session.read_only else kind.SP_MessageBoxInformation
            self.ui.bannerIcon.setPixmap(self.style().standardIcon(style_icon).pixmap(size, size))
        self.ui.banner.setVisible(bool(notes))
        self._update_completion()
        self._update_actions()

    # ----------------------------------------------------------------- navigation
    @property
    def current_id(self) -> str | None:
        return self.page.indicator_id

    def go_to(self, indicator_id: str, focus: bool = False) -> bool:
        """Show one indicator (saving the justification being typed first)."""
        if self.session is None or indicator_id not in self.session.order:
            return False
        if indicator_id != self.current_id and not self.page.flush():
            return False  # the note could not be saved: stay, so the text is not lost
        if indicator_id != self.current_id:
            self.page.show_indicator(indicator_id)
            self.session.remember_position(indicator_id)
        self._select_in_tree(indicator_id)
        self.show_page("assess")
        if focus:
            self.page.focus_answer()
        self._update_actions()
        return True

    def _select_in_tree(self, indicator_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.index_of(indicator_id))
        self._syncing = True
        try:
            tree = self.ui.navTree
            if index.isValid():
                tree.setCurrentIndex(index)
                if tree.isVisible():
                    tree.scrollTo(index)
                else:  # filled before it is shown: scroll once it has its real size
                    QTimer.singleShot(0, lambda: tree.scrollTo(tree.currentIndex()))
            else:
                tree.clearSelection()
        finally:
            self._syncing = False

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid() and current.data(KIND_ROLE) == INDICATOR:
            self.go_to(current.data(ID_ROLE))

    def _tree_activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == INDICATOR:
            self.go_to(index.data(ID_ROLE), focus=True)
        else:
            self.ui.navTree.setExpanded(index, not self.ui.navTree.isExpanded(index))

    def _step(self, delta: int) -> None:
        if self.session is None or self.current_id is None:
            return
        order = self.session.order
        target = order.index(self.current_id) + delta
        if 0 <= target < len(order):
            self.go_to(order[target], focus=True)

    def go_previous(self) -> None:
        self._step(-1)

    def go_next(self) -> None:
        self._step(+1)

    def go_next_unanswered(self) -> None:
        if self.session is None or not self.page.flush():
            return
        target = self.session.next_unanswered(self.current_id)
        if target is None:
            self.statusBar().showMessage(self.tr("Every indicator has an answer."), 5000)
        else:
            self.go_to(target, focus=True)

    def _filter_changed(self) -> None:
        self.proxy.set_text(self.ui.search.text())
        self.proxy.set_state(FILTERS[max(0, self.ui.stateFilter.currentIndex())])
        if self.proxy.active:
            self.ui.navTree.expandAll()
        if self.current_id:
            self._select_in_tree(self.current_id)

    def focus_search(self) -> None:
        self.ui.navPanel.show()
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()

    # ----------------------------------------------------------------- pages
    # name -> (module, class) of the pages made when first shown (the indicator page exists from the start)
    LAZY_PAGES: ClassVar[dict[str, tuple[str, str]]] = {
        "review": ("review_page", "ReviewPage"),
        "export": ("export_page", "ExportPage"),
        "mission": ("mission_page", "MissionPage"),
        "findings": ("findings_page", "FindingsPage"),
        "plan": ("plan_page", "PlanPage"),
        "treaty": ("treaty_page", "TreatyPage"),
        "progress": ("progress_page", "ProgressPage"),
        "library": ("library_page", "LibraryPage"),
    }

    def lazy_page(self, name: str) -> Any:
        """The page ``name``, made (with its form) the first time it is needed."""
        page = self.pages_made.get(name)
        if page is None:
            import importlib

            module, cls = self.LAZY_PAGES[name]
            page_class = getattr(importlib.import_module(f"{__package__}.{module}"), cls)
            assert self.session is not None
            if name == "export":
                page = page_class(self.session, self.settings, self.ui.pages)
            else:
                page = page_class(self.session, self.ui.pages)
            if hasattr(page, "indicatorChosen"):
                page.indicatorChosen.connect(lambda i: self.go_to(i, focus=True))
            if hasattr(page, "linkActivated"):
                page.linkActivated.connect(self.follow_link)
            self.ui.pages.addWidget(page)
            self.pages_made[name] = page
            if name == "review":
                self.review_page = page
            elif name == "export":
                self.export_page = page
            elif name == "progress":
                self.progress_page = page
        return page

    def show_page(self, name: str) -> None:
        if self.session is None:
            return
        leaving = self.ui.pages.currentWidget()
        flush = getattr(leaving, "flush", None)
        if flush is not None and not flush():
            name = "assess" if leaving is self.page else next(k for k, v in self.pages_made.items() if v is leaving)
        if name in self.LAZY_PAGES:
            page = self.lazy_page(name)
            if name in ("review", "findings", "mission", "plan", "treaty", "progress", "library"):
                page.refresh()
            self.ui.pages.setCurrentWidget(page)
        else:
            self.ui.pages.setCurrentWidget(self.page)
        self.commands.page_actions.get(name, self.commands.page_assess).setChecked(True)
        self._update_actions()

    def upgrade_framework(self) -> None:
        """Move the assessment to the installed framework version, after saying what changes (a backup is kept)."""
        session = self.session
        if session is None or session.read_only or session.newer_framework is None or not self.page.flush():
            return
        from ..cli.upgrade_commands import describe
        from ..store.upgrade import plan_framework_upgrade, upgrade_framework

        try:
            plan = plan_framework_upgrade(session.doc)
        except Exception as exc:
            show_error(self, exc)
            return
        if not ask(
            self,
            self.tr("Move to framework {version}").format(version=plan.to_version),
            self.tr(
                "Move this assessment from framework {old} to {new}? Every answer is carried over; a copy of the "
                "file as it is now is kept beside it. This cannot be undone with Undo."
            ).format(old=plan.from_version, new=plan.to_version),
            "\n".join(describe(plan)),
            self.tr("Move to {new}").format(new=plan.to_version),
            self.tr("Cancel"),
        ):
            return
        try:
            _plan, backup = upgrade_framework(session.doc, by=session.assessor)
        except Exception as exc:
            show_error(self, exc)
            return
        path, controller = self.path, self.controller
        self.close()  # reopened on the new framework: every page is built again from it
        controller.open_path(path)
        show_message(
            None,
            self.tr("Framework updated"),
            self.tr("The assessment now uses framework {new}. The file as it was is kept as {backup}.").format(
                new=plan.to_version, backup=backup.name
            ),
        )

    def follow_link(self, link: str) -> None:
        """A link in the guidance panel or the Library page (see :mod:`.links`)."""
        from .links import follow

        follow(self, link)

    def show_provision(self, key: str) -> None:
        """The article view of a provision on the Library page (from a treaty reference in the guidance panel)."""
        self.show_page("library")
        page = self.pages_made.get("library")
        if page is not None:
            page.show_article(key)

    def search_library(self) -> None:
        """Ctrl+Shift+F: the Library page, its search field focused."""
        self.show_page("library")
        page = self.pages_made.get("library")
        if page is not None:
            page.focus_search()

    @property
    def on_indicator_page(self) -> bool:
        return self.session is not None and self.ui.pages.currentWidget() is self.page

    # ----------------------------------------------------------------- answering (menu actions)
    def choose(self, value: object) -> None:
        if self.on_indicator_page:
            self.page.choose(value)

    def set_confidence(self, confidence: str) -> None:
        if self.on_indicator_page:
            self.page.set_confidence(confidence)

    def focus_justification(self) -> None:
        if self.on_indicator_page:
            self.page.focus_justification()

    def attach_evidence(self) -> None:
        if self.on_indicator_page:
            self.page.add_files()

    def undo(self) -> None:
        if self.session is not None and self.page.flush():
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session is not None and self.page.flush():
            self.session.undo_stack.redo()

    def _answer_changed(self, indicator_id: str) -> None:
        self.model.refresh(indicator_id)
        self._update_completion()
        if self.review_page is not None and self.ui.pages.currentWidget() is self.review_page:
            self.review_page.refresh()
        if self.progress_page is not None and self.ui.pages.currentWidget() is self.progress_page:
            self.progress_page.refresh()

    def _update_completion(self) -> None:
        if self.session is None:
            return
        bar = self.ui.completion
        bar.setRange(0, len(self.session.order))
        bar.setValue(self.session.answered_count())
        bar.setFormat(self.tr("%v of %m answered"))

    def _update_actions(self, *_changed: object) -> None:
        acts = self.commands
        has_doc = self.session is not None
        editable = has_doc and not self.session.read_only  # type: ignore[union-attr]
        for action in acts.editing:
            action.setEnabled(editable and self.on_indicator_page)
        order = self.session.order if self.session else []
        position = order.index(self.current_id) if self.current_id in order else -1
        acts.previous.setEnabled(position > 0)
        acts.next.setEnabled(0 <= position < len(order) - 1)
        acts.next_unanswered.setEnabled(has_doc)
        self.page.ui.previousButton.setEnabled(acts.previous.isEnabled())
        self.page.ui.nextButton.setEnabled(acts.next.isEnabled())
        for action in (acts.save_as, acts.find, acts.search_library, acts.new_follow_up, *acts.page_actions.values()):
            action.setEnabled(has_doc)
        acts.upgrade.setEnabled(editable and self.session is not None and self.session.newer_framework is not None)
        stack = self.session.undo_stack if self.session else None
        acts.undo.setEnabled(bool(stack and stack.canUndo() and editable))
        acts.redo.setEnabled(bool(stack and stack.canRedo() and editable))
        acts.undo.setText(
            self.tr("&Undo {what}").format(what=stack.undoText()) if stack and stack.canUndo() else self.tr("&Undo")
        )
        acts.redo.setText(
            self.tr("&Redo {what}").format(what=stack.redoText()) if stack and stack.canRedo() else self.tr("&Redo")
        )
        acts.show_nav.setChecked(not self.ui.navPanel.isHidden())
        acts.show_guidance.setChecked(not self.page.ui.guidance.isHidden())

    # ----------------------------------------------------------------- view
    def toggle_navigation(self) -> None:
        self.ui.navPanel.setVisible(self.ui.navPanel.isHidden())
        self._update_actions()

    def toggle_guidance(self) -> None:
        guidance = self.page.ui.guidance
        guidance.setVisible(guidance.isHidden())
        self._update_actions()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self, self.findChildren(type(self.commands.new))).exec()

    def show_about(self) -> None:
        from .main import about_text

        show_message(self, self.tr("About CyberAssess"), *about_text())

    # ----------------------------------------------------------------- files
    def new_assessment(self) -> None:
        self.controller.new_assessment(self)

    def open_file(self) -> None:
        self.controller.open_dialog(self)

    def new_follow_up(self) -> None:
        """Start a follow-up of this assessment in a new file (this one is only read)."""
        if self.session is None or not self.page.flush():
            return
        self.controller.new_follow_up(self, self.path)

    def show_settings(self) -> None:
        self.controller.show_settings(self)

    def quit_app(self) -> None:
        self.controller.quit()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for entry in self.settings.recent_files():
            label = f"{entry.country or Path(entry.path).stem} — {Path(entry.path).name}"
            action = menu.addAction(label)
            action.setToolTip(entry.path)
            action.setEnabled(entry.exists)
            action.triggered.connect(lambda _=False, p=entry.path: self.controller.open_path(Path(p)))
        if menu.isEmpty():
            menu.addAction(self.tr("No recent assessments")).setEnabled(False)

    def save_as(self) -> None:
        if self.session is None or not self.page.flush():
            return
        suggested = str(self.path.with_name(f"{self.path.stem} copy{self.path.suffix}"))
        plain_kind = self.tr("CyberAssess assessments (*.cyberassess)")
        encrypted_kind = self.tr("Encrypted CyberAssess assessments, opened with a passphrase (*.cyberassess)")
        encrypted = self.session.doc.encrypted
        kinds = [encrypted_kind, plain_kind] if encrypted else [plain_kind, encrypted_kind]
        from .qt import QFileDialog

        name, kind = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), suggested, ";;".join(kinds))
        if not name:
            return
        target = Path(name) if name.endswith(".cyberassess") else Path(name + ".cyberassess")
        passphrase: bytes | str | None = KEEP_PROTECTION  # the copy is protected as the original …
        if encrypted and kind == plain_kind:
            passphrase = None  # … or written plain, as chosen
        elif not encrypted and kind == encrypted_kind:
            from .passphrase_dialog import ask_passphrase

            passphrase = ask_passphrase(self, target.name, new=True)
            if passphrase is None:
                return
        self.session.save_as(
            target, on_done=lambda _path: self.controller.remember(self.session), passphrase=passphrase
        )

    # ----------------------------------------------------------------- layout and closing
    def _restore_layout(self) -> None:
        geometry = self.settings.layout("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen().availableGeometry()
            self.resize(min(1440, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.9)))
        splitters = (
            ("main/splitter", self.ui.splitter),
            ("indicator/splitter", self.page.ui.splitter),
            ("indicator/right", self.page.ui.rightSplit),
        )
        for name, splitter in splitters:
            state = self.settings.layout(name)
            if state is not None:
                splitter.restoreState(state)
        if self.settings.layout("main/splitter") is None:
            em = self.fontMetrics().averageCharWidth()
            self.ui.splitter.setSizes([em * 42, self.width() - em * 42])
            self.page.ui.splitter.setSizes([self.width() * 40 // 100, self.width() * 30 // 100])
            self.page.ui.rightSplit.setSizes([self.height() * 55 // 100, self.height() * 45 // 100])

    def _save_layout(self) -> None:
        self.settings.save_layout("main/geometry", self.saveGeometry())
        self.settings.save_layout("main/splitter", self.ui.splitter.saveState())
        self.settings.save_layout("indicator/splitter", self.page.ui.splitter.saveState())
        self.settings.save_layout("indicator/right", self.page.ui.rightSplit.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        busy = [op.parent_widget for op in Operation.running if op.parent_widget is not None]
        if any(widget is self or self.isAncestorOf(widget) for widget in busy):
            self.statusBar().showMessage(self.tr("Please wait until the current task has finished."), 5000)
            event.ignore()
            return
        if self.session is not None:
            if not self.page.flush() and ask(
                self,
                self.tr("Close this assessment"),
                self.tr("The justification you were typing is not saved."),
                self.tr("Keep the window open to try again (or to copy the text), or close and lose that text."),
                self.tr("Keep the window open"),
                self.tr("Close and lose the text"),
            ):
                event.ignore()
                return
            self._save_layout()
            self.controller.remember(self.session)
            self.page.discard_extracted()
            self.session.close()
            self.session = None
        event.accept()
        self.closed.emit(self)
