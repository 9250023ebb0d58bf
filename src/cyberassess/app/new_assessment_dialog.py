"""The "New assessment" dialog: country, mission, assessors, framework, target stage, instruments and file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..framework import tr
from .forms.ui_new_assessment import Ui_NewAssessmentDialog
from .instruments_dialog import checked_instruments, fill_instruments
from .qt import QDialog, QDialogButtonBox, QFileDialog, QStandardPaths, QWidget
from .uikit import load_form

if TYPE_CHECKING:
    from ..framework import Framework
    from .settings import Settings

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class NewAssessment:
    path: Path
    country: str
    mission: str
    assessors: list[str]
    framework: Framework
    target_stage: int
    passphrase: bytes | None = None  # encrypt the new file with it
    instruments: tuple[str, ...] | None = None  # the instruments that apply (None: the framework's global ones)


def installed_frameworks() -> list[Framework]:
    """The built-in framework first, then any the user added (broken ones are skipped)."""
    from ..errors import CyberAssessError
    from ..framework import builtin_framework, load_framework
    from ..framework.loader import BUILTIN_ID, framework_dirs
    from ..paths import resource

    found = [builtin_framework()]
    builtin_folder = resource("frameworks", BUILTIN_ID).resolve()
    for folder in framework_dirs():
        if folder.resolve() == builtin_folder:
            continue
        try:
            framework = load_framework(folder)
        except (CyberAssessError, ValueError):
            continue
        if all(known.id != framework.id for known in found):
            found.append(framework)
    return found


class NewAssessmentDialog(QDialog):
    def __init__(self, settings: Settings, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAssessmentDialog")
        self.setWindowTitle(self.tr("New assessment"))
        self.ui = ui = load_form(Ui_NewAssessmentDialog, self)
        self.language = language
        self._path_edited = False
        self._passphrase: bytes | None = None
        self._folder = Path(
            settings.last_folder
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        ui.assessors.setText(settings.default_assessor)
        self.frameworks = installed_frameworks()
        for fw in self.frameworks:
            ui.framework.addItem(f"{tr(fw.name, language)} ({fw.version})", fw.id)
        ui.framework.currentIndexChanged.connect(self._framework_changed)
        self._framework_changed(0)
        ui.country.textChanged.connect(self._suggest_path)
        ui.mission.textChanged.connect(self._suggest_path)
        ui.file.textEdited.connect(self._file_edited)
        ui.browse.clicked.connect(self._browse)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self._suggest_path()
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    @property
    def framework(self) -> Framework:
        return self.frameworks[max(0, self.ui.framework.currentIndex())]

    def _framework_changed(self, _index: int) -> None:
        fw = self.framework
        combo = self.ui.target
        combo.clear()
        for stage in sorted(fw.stages, key=lambda s: s.level):
            combo.addItem(f"{stage.level} — {tr(stage.label, self.language)}", stage.level)
        combo.setCurrentIndex(fw.default_target_stage - 1)
        view = self.ui.instruments
        fill_instruments(view, fw, self.language, fw.default_instrument_ids())
        view.setMaximumHeight(view.sizeHintForRow(0) * min(max(view.count(), 3), 7) + 4)

    def _file_edited(self) -> None:
        self._path_edited = True
        self._validate()

    def _suggest_path(self) -> None:
        if not self._path_edited:
            parts = [self.ui.country.text().strip(), self.ui.mission.text().strip()]
            stem = _UNSAFE.sub(" ", " - ".join(p for p in parts if p)).strip(" .")
            stem = stem or self.tr("Assessment {year}").format(year=date.today().year)
            self.ui.file.setText(str(self._folder / f"{stem}.cyberassess"))
        self._validate()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new assessment as"),
            self.ui.file.text(),
            self.tr("CyberAssess assessments (*.cyberassess)"),
        )
        if name:
            self._path_edited = True
            self.ui.file.setText(name if name.endswith(".cyberassess") else name + ".cyberassess")
            self._validate()

    def _problem(self) -> str:
        if not self.ui.country.text().strip():
            return self.tr("Enter the country being assessed.")
        path = self.path
        if path is None:
            return self.tr("Choose where to save the file.")
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=path.parent)
        if path.exists():
            return self.tr("{name} already exists: choose another name.").format(name=path.name)
        return ""

    def _validate(self) -> None:
        problem = self._problem()
        self.ui.problem.setText(problem)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @property
    def path(self) -> Path | None:
        text = self.ui.file.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.name:
            return None
        return path if path.suffix == ".cyberassess" else path.with_name(path.name + ".cyberassess")

    def accept(self) -> None:
        if self._problem():
            return
        if self.ui.encrypt.isChecked():
            from .passphrase_dialog import ask_passphrase

            assert self.path is not None
            self._passphrase = ask_passphrase(self, self.path.name, new=True)
            if self._passphrase is None:
                return
        super().accept()

    def request(self) -> NewAssessment:
        assert self.path is not None
        return NewAssessment(
            path=self.path,
            country=self.ui.country.text().strip(),
            mission=self.ui.mission.text().strip(),
            assessors=[a.strip() for a in self.ui.assessors.text().split(",") if a.strip()],
            framework=self.framework,
            target_stage=int(self.ui.target.currentData()),
            passphrase=self._passphrase if self.ui.encrypt.isChecked() else None,
            instruments=checked_instruments(self.ui.instruments),
        )
