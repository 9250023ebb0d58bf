"""The main window's actions, menus and toolbar: every command with its shortcut, in one table.

The pages are reached with Ctrl+1 … Ctrl+9 in the order of their table (the Library is Ctrl+9);
Ctrl+Shift+F opens the Library page with its search field focused, from any page.

Keys that are plain letters or digits (1–5, 0, and the letters of :func:`answer_keys`: N, U, H, M,
L, J in English) are window shortcuts that text fields override: while the assessor types in the
justification or the search box, the key types a character and never changes an answer. The
letters are translated with the words they stand for (French: E, M, F for élevée, moyenne,
faible). Every shortcut is shown in the menus and tooltips.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .qt import (
    QAction,
    QActionGroup,
    QCoreApplication,
    QKeySequence,
    QMenu,
    QObject,
    QSize,
    QSizePolicy,
    Qt,
    QToolBar,
    QWidget,
)
from .uikit import make_action

if TYPE_CHECKING:
    from .main_window import MainWindow


def answer_keys() -> dict[str, str]:
    """The one-letter keys for answers, in the interface language (one place: menus, cards, tooltips).

    Each translation is one Latin letter, different from the others (a test checks every language).
    """
    return {
        "na": QCoreApplication.translate("MainActions", "N", "one-letter key: Not applicable"),
        "unknown": QCoreApplication.translate("MainActions", "U", "one-letter key: Unknown / no data"),
        "high": QCoreApplication.translate("MainActions", "H", "one-letter key: Confidence high"),
        "medium": QCoreApplication.translate("MainActions", "M", "one-letter key: Confidence medium"),
        "low": QCoreApplication.translate("MainActions", "L", "one-letter key: Confidence low"),
        "justify": QCoreApplication.translate("MainActions", "J", "one-letter key: Write the justification"),
    }


class MainActions(QObject):
    """Owned by the window; strings are translated in the "MainActions" context."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = window
        a = make_action
        self.new = a(
            w, self.tr("&New assessment…"), w.new_assessment, shortcut=QKeySequence.StandardKey.New, icon_name="new"
        )
        self.open = a(w, self.tr("&Open…"), w.open_file, shortcut=QKeySequence.StandardKey.Open, icon_name="open")
        self.new_follow_up = a(
            w,
            self.tr("New &follow-up…"),
            w.new_follow_up,
            tip=self.tr("Start a follow-up of this assessment: its answers and action plan carried over, to confirm"),
        )
        self.save_as = a(
            w,
            self.tr("Save &As…"),
            w.save_as,
            shortcut="Ctrl+Shift+S",
            icon_name="save-as",
            tip=self.tr("Save a copy under a new name and continue working on the copy"),
        )
        self.close = a(w, self.tr("&Close"), w.close, shortcut="Ctrl+W")
        self.settings = a(w, self.tr("Se&ttings…"), w.show_settings, shortcut="Ctrl+,", icon_name="settings")
        self.quit = a(w, self.tr("&Quit"), w.quit_app, shortcut="Ctrl+Q")

        self.undo = a(w, self.tr("&Undo"), w.undo, shortcut=["Ctrl+Z"], icon_name="undo")
        self.redo = a(w, self.tr("&Redo"), w.redo, shortcut=["Ctrl+Shift+Z", "Ctrl+Y"], icon_name="redo")
        self.find = a(
            w, self.tr("&Find indicator…"), w.focus_search, shortcut=QKeySequence.StandardKey.Find, icon_name="search"
        )
        self.search_library = a(
            w,
            self.tr("&Search the library…"),
            w.search_library,
            shortcut="Ctrl+Shift+F",
            icon_name="search",
            tip=self.tr("Search the treaty texts, the framework's guidance and this assessment"),
        )

        self.stages = [
            a(
                w,
                self.tr("Stage &{n}").format(n=n),
                lambda _=False, n=n: w.choose(n),
                shortcut=str(n),
                tip=self.tr("Choose stage {n}").format(n=n),
            )
            for n in range(1, 6)
        ]
        keys = answer_keys()
        self.not_applicable = a(w, self.tr("&Not applicable"), lambda: w.choose("na"), shortcut=keys["na"])
        self.unknown = a(w, self.tr("&Unknown / no data"), lambda: w.choose("unknown"), shortcut=keys["unknown"])
        self.clear = a(w, self.tr("&Clear the stage (keep the note)"), lambda: w.choose(None), shortcut="0")
        self.confidence = [
            a(w, self.tr("Confidence &high"), lambda: w.set_confidence("high"), shortcut=keys["high"]),
            a(w, self.tr("Confidence &medium"), lambda: w.set_confidence("medium"), shortcut=keys["medium"]),
            a(w, self.tr("Confidence &low"), lambda: w.set_confidence("low"), shortcut=keys["low"]),
        ]
        self.justify = a(
            w,
            self.tr("Write the &justification"),
            w.focus_justification,
            shortcut=keys["justify"],
            tip=self.tr("Move to the justification text (Esc returns to the stages)"),
        )
        self.attach = a(
            w, self.tr("&Attach evidence files…"), w.attach_evidence, shortcut="Ctrl+Shift+A", icon_name="attach"
        )

        self.previous = a(w, self.tr("&Previous indicator"), w.go_previous, shortcut="Alt+Left", icon_name="previous")
        self.next = a(
            w,
            self.tr("&Next indicator"),
            w.go_next,
            shortcut=["Alt+Right", "Ctrl+Return", "Ctrl+Enter"],
            icon_name="next",
        )
        self.next_unanswered = a(
            w, self.tr("Next &unanswered"), w.go_next_unanswered, shortcut="Ctrl+J", icon_name="next-unanswered"
        )
        self.upgrade = a(w, self.tr("Move to the installed &framework version…"), w.upgrade_framework)
        # The pages, in the order of their shortcuts (Ctrl+1 …): name, text, icon, tooltip.
        pages = (
            ("assess", self.tr("&Indicators"), "assess", self.tr("Answer the indicators")),
            (
                "review",
                self.tr("&Review"),
                "review",
                self.tr("Scores, coverage, priorities and what still needs attention"),
            ),
            ("export", self.tr("&Export"), "export", self.tr("Signed PDF report and Excel matrix")),
            (
                "mission",
                self.tr("&Mission"),
                "new",
                self.tr("The mission record: dates, host, team, persons consulted, documents reviewed"),
            ),
            (
                "findings",
                self.tr("&Findings"),
                "review",
                self.tr("Country context, headline messages and the findings of each dimension"),
            ),
            (
                "plan",
                self.tr("Action &plan"),
                "table",
                self.tr("Actions with responsible institutions, horizons, effort and status"),
            ),
            (
                "treaty",
                self.tr("&Treaty table"),
                "verify",
                self.tr("Treaty provisions and how national law reflects them"),
            ),
            (
                "progress",
                self.tr("&Progress"),
                None,
                self.tr("A follow-up's progress since its baseline: scores, changed indicators, the action plan"),
            ),
            (
                "library",
                self.tr("&Library"),
                "search",
                self.tr("Treaty texts, search and the corresponding provisions of the other instruments"),
            ),
        )
        self.page_actions = {
            name: a(
                w,
                text,
                lambda _checked=False, name=name: w.show_page(name),
                shortcut=f"Ctrl+{number}",
                icon_name=icon_name,
                checkable=True,
                tip=tip,
            )
            for number, (name, text, icon_name, tip) in enumerate(pages, start=1)
        }
        self.page_assess = self.page_actions["assess"]
        for action, short in (
            (self.previous, self.tr("Previous")),
            (self.next, self.tr("Next")),
            (self.next_unanswered, self.tr("Next unanswered")),
            (self.undo, self.tr("Undo")),
            (self.redo, self.tr("Redo")),
        ):
            action.setIconText(short)
        self.pages = QActionGroup(w)
        for action in self.page_actions.values():
            self.pages.addAction(action)
        self.page_assess.setChecked(True)

        self.show_nav = a(w, self.tr("&Navigation panel"), w.toggle_navigation, shortcut="Ctrl+Shift+B", checkable=True)
        self.show_guidance = a(
            w, self.tr("&Guidance panel"), w.toggle_guidance, shortcut="Ctrl+Shift+G", checkable=True
        )
        self.shortcuts = a(
            w, self.tr("&Keyboard shortcuts"), w.show_shortcuts, shortcut=QKeySequence.StandardKey.HelpContents
        )
        self.about = a(w, self.tr("&About CyberAssess"), w.show_about)

    @property
    def editing(self) -> list[QAction]:
        """Actions that change the answer (disabled when read-only or off the indicator page)."""
        return [
            *self.stages,
            self.not_applicable,
            self.unknown,
            self.clear,
            *self.confidence,
            self.justify,
            self.attach,
        ]

    def build_menus(self, window: MainWindow) -> QMenu:
        bar = window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addActions([self.new, self.new_follow_up, self.open])
        recent = file.addMenu(self.tr("Open &recent"))
        file.addActions([self.save_as, self.upgrade])
        file.addSeparator()
        file.addActions([self.settings])
        file.addSeparator()
        file.addActions([self.close, self.quit])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.find, self.search_library])
        answer = bar.addMenu(self.tr("A&nswer"))
        answer.addActions(self.stages)
        answer.addActions([self.not_applicable, self.unknown, self.clear])
        answer.addSeparator()
        answer.addActions(self.confidence)
        answer.addSeparator()
        answer.addActions([self.justify, self.attach])
        go = bar.addMenu(self.tr("&Go"))
        go.addActions([self.previous, self.next, self.next_unanswered])
        go.addSeparator()
        go.addActions(list(self.page_actions.values()))
        view = bar.addMenu(self.tr("Vie&w"))
        view.addActions([self.show_nav, self.show_guidance])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts, self.about])
        return recent

    def build_toolbar(self, window: MainWindow) -> QToolBar:
        bar = QToolBar(self.tr("Main toolbar"), window)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        size = window.fontMetrics().height() + 4
        bar.setIconSize(QSize(size, size))
        bar.addActions([self.previous, self.next, self.next_unanswered])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        bar.addSeparator()
        bar.addActions(list(self.page_actions.values()))
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar
