"""The start screen: new assessment, open a file, the demo, and the recent assessments.

It needs nothing from the core (what it lists comes from the settings), so it appears at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..paths import portable_mode
from .delegates import FRACTION_ROLE, ProgressDelegate
from .forms.ui_start_window import Ui_StartWindow
from .qt import QCloseEvent, QHeaderView, QKeySequence, QPalette, QSize, Qt, QTreeWidgetItem, QWidget
from .settings import RecentFile
from .uikit import icon, load_form, local_time, make_action, muted, scaled_font

if TYPE_CHECKING:
    from .main import AppController

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartWindow(QWidget):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.controller = controller
        self.ui = ui = load_form(Ui_StartWindow, self)
        self.setWindowTitle(self.tr("CyberAssess"))
        em = self.fontMetrics().height()
        ui.logo.setPixmap(icon("app").pixmap(QSize(em * 4, em * 4)))
        ui.appName.setFont(scaled_font(self, 2.0, bold=True))
        ui.sidePanel.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        ui.sidePanel.setMinimumWidth(em * 17)
        ui.sidePanel.setMaximumWidth(em * 22)
        ui.recentLabel.setFont(scaled_font(self, 1.2, bold=True))
        muted(ui.footer)
        muted(ui.emptyHint)
        folder_note = self.tr("Portable mode: settings stay on this drive.") if portable_mode() else ""
        ui.footer.setText(
            self.tr("Version {version}. No network needed.").format(version=__version__)
            + (f"\n{folder_note}" if folder_note else "")
        )
        for button, name, action in (
            (ui.newButton, "new", lambda: controller.new_assessment(self)),
            (ui.openButton, "open", lambda: controller.open_dialog(self)),
            (ui.demoButton, "demo", lambda: controller.open_demo(self)),
            (ui.settingsButton, "settings", lambda: controller.show_settings(self)),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(int(em * 1.4), int(em * 1.4)))
            button.setMinimumHeight(int(em * 2.4))
            button.setStyleSheet("text-align: left; padding-left: 0.6em; padding-right: 0.6em;")
            button.clicked.connect(action)
        # keyboard: the usual keys, shown in the buttons' tooltips
        self.addAction(make_action(self, self.tr("New"), ui.newButton.click, shortcut=QKeySequence.StandardKey.New))
        self.addAction(make_action(self, self.tr("Open"), ui.openButton.click, shortcut=QKeySequence.StandardKey.Open))
        self.addAction(make_action(self, self.tr("Quit"), controller.quit, shortcut="Ctrl+Q"))
        ui.newButton.setToolTip(self.tr("Create an empty assessment file (Ctrl+N)"))
        ui.openButton.setToolTip(self.tr("Open a .cyberassess file (Ctrl+O)"))
        ui.demoButton.setToolTip(self.tr("A complete example assessment of a fictional country (Alt+D)"))
        recent = ui.recentList
        recent.setItemDelegateForColumn(1, ProgressDelegate(recent))
        header = recent.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, em * 6)
        recent.setIconSize(QSize(int(em * 1.6), int(em * 1.6)))
        header.setStretchLastSection(False)
        recent.itemActivated.connect(lambda _item, _col: self.open_selected())
        recent.currentItemChanged.connect(lambda *_: self._update_buttons())
        ui.openRecentButton.clicked.connect(self.open_selected)
        ui.forgetButton.clicked.connect(self.forget_selected)
        self.resize(em * 62, em * 34)

    def refresh(self) -> None:
        recent = self.ui.recentList
        recent.clear()
        entries: list[RecentFile] = self.controller.settings.recent_files()
        for entry in entries:
            title = "\n".join(p for p in (entry.country, entry.mission) if p) or Path(entry.path).stem
            done = "" if entry.completion is None else f"{round(entry.completion * 100)} %"
            if entry.encrypted:
                done = self.tr("encrypted")
            item = QTreeWidgetItem(
                [title, done, local_time(entry.modified_at) if entry.modified_at else "", Path(entry.path).name]
            )
            item.setIcon(0, icon("assess"))
            item.setData(0, PATH_ROLE, entry.path)
            item.setData(1, FRACTION_ROLE, entry.completion)
            item.setToolTip(0, entry.path)
            item.setToolTip(3, entry.path)
            if not entry.exists:
                item.setText(3, self.tr("{name} (missing)").format(name=Path(entry.path).name))
                item.setDisabled(True)
            recent.addTopLevelItem(item)
        recent.setVisible(bool(entries))
        self.ui.emptyHint.setVisible(not entries)
        self.ui.forgetButton.setVisible(bool(entries))
        self.ui.openRecentButton.setVisible(bool(entries))
        if entries:
            recent.setCurrentItem(recent.topLevelItem(0))
            recent.setFocus()
        self._update_buttons()

    def _selected_path(self) -> str | None:
        item = self.ui.recentList.currentItem()
        return item.data(0, PATH_ROLE) if item else None

    def _update_buttons(self) -> None:
        item = self.ui.recentList.currentItem()
        self.ui.openRecentButton.setEnabled(item is not None and not item.isDisabled())
        self.ui.forgetButton.setEnabled(item is not None)

    def open_selected(self) -> None:
        item = self.ui.recentList.currentItem()
        if item is not None and not item.isDisabled():
            self.controller.open_path(Path(item.data(0, PATH_ROLE)))

    def forget_selected(self) -> None:
        path = self._selected_path()
        if path:
            self.controller.settings.forget(path)
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self.controller.windows and not self.controller.quitting:
            self.controller.quit()
