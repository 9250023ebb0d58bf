"""Words, numbers and dates of one report language, shared by every section builder."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import cast

from ... import i18n
from ...framework import Dimension, Indicator, tr
from ...store.records import AnswerRecord, AnswerValue
from ..data import ReportData
from ..model import Cell, CellStyle, Column, ColumnRole, Table


class Words:
    """Translation and formatting for one report: ``t`` for report text, ``tr`` for framework text."""

    def __init__(self, data: ReportData, language: str) -> None:
        self.data = data
        self.lang = i18n.normalise(language)
        self.rtl = i18n.is_rtl(self.lang)
        self.fw = data.framework

    def t(self, source: str, /, **values: object) -> str:
        return i18n.gettext(self.lang, source, **values)

    def tr(self, text: dict[str, str] | None) -> str:
        return tr(text, self.lang)

    def num(self, value: float | None, digits: int = 1) -> str:
        return "–" if value is None else i18n.format_decimal(value, self.lang, digits)

    def amount(self, value: float) -> str:
        """A sum of money with the language's digit grouping (50,000 / 50 000), no decimals."""
        from babel.numbers import format_decimal

        return str(format_decimal(round(value), format="#,##0", locale=self.lang))

    def pct(self, fraction: float) -> str:
        return i18n.format_percent(fraction, self.lang)

    def date(self, value: str | datetime | None, length: str = "medium") -> str:
        if value is None or value == "":
            return "–"
        try:
            return i18n.format_date(value, self.lang, length=length)
        except (ValueError, TypeError):
            return str(value)

    # ----------------------------------------------------------------- stages and answers
    def stage_label(self, level: int | None) -> str:
        return "–" if level is None else self.tr(self.fw.stage(level).label)

    def stage_text(self, level: int | None) -> str:
        if level is None:
            return self.t("No stage")
        return self.t("{level} {label}", level=level, label=self.stage_label(level))

    def score_stage(self, score: float | None, stage: int | None) -> str:
        """A score with one decimal next to its stage: "2.7 (stage 2 Formative)"."""
        if score is None:
            return self.t("not rated")
        return self.t("{score} (stage {stage})", score=self.num(score), stage=self.stage_text(stage))

    def answer_text(self, value: AnswerValue | None) -> str:
        if isinstance(value, int):
            return self.stage_text(value)
        if value == "na":
            return self.t("Not applicable")
        if value == "unknown":
            return self.t("Unknown / no data")
        return self.t("Not rated")

    def confidence(self, value: str | None) -> str:
        names = {"high": self.t("High"), "medium": self.t("Medium"), "low": self.t("Low")}
        return names.get(value or "", "–")

    def dimension_title(self, dim: Dimension) -> str:
        return self.t("{id} {title}", id=dim.id, title=self.tr(dim.title))

    def question(self, indicator: Indicator | str) -> str:
        ind = self.fw.indicator(indicator) if isinstance(indicator, str) else indicator
        return self.tr(ind.question)

    def answer(self, indicator_id: str) -> AnswerRecord | None:
        return self.data.answers.get(indicator_id)

    def value(self, indicator_id: str) -> AnswerValue | None:
        answer = self.data.answers.get(indicator_id)
        return answer.value if answer is not None else None

    def level(self, indicator_id: str) -> int | None:
        answer = self.data.answers.get(indicator_id)
        return answer.level if answer is not None else None

    def instrument_short(self, instrument_id: str) -> str:
        try:
            return self.tr(self.fw.instrument(instrument_id).short)
        except (StopIteration, KeyError):
            return instrument_id

    def instrument_name(self, instrument_id: str) -> str:
        try:
            return self.tr(self.fw.instrument(instrument_id).name)
        except (StopIteration, KeyError):
            return instrument_id

    def horizon(self, value: str | None) -> str:
        names = {
            "short": self.t("Short term (within a year)"),
            "medium": self.t("Medium term (1 to 3 years)"),
            "long": self.t("Long term (over 3 years)"),
        }
        return names.get(value or "", self.t("Horizon not set"))

    def effort(self, value: str | None) -> str:
        names = {"low": self.t("Low"), "medium": self.t("Medium"), "high": self.t("High")}
        return names.get(value or "", "–")

    def action_status(self, value: str) -> str:
        names = {
            "planned": self.t("Planned"),
            "in-progress": self.t("In progress"),
            "done": self.t("Done"),
            "dropped": self.t("Dropped"),
        }
        return names.get(value, value)

    def compliance(self, value: str | None) -> str:
        names = {
            "full": self.t("Full"),
            "partial": self.t("Partial"),
            "none": self.t("None"),
            "not-assessed": self.t("Not assessed"),
        }
        return names.get(value or "", self.t("Not assessed"))

    # ----------------------------------------------------------------- tables
    def table(
        self,
        header: Sequence[tuple[str, float, str]],
        rows: Sequence[Sequence[Cell]],
        *,
        caption: str = "",
        split_rows: bool = False,
        keep: bool = False,
    ) -> Table:
        """A table of ``rows`` under columns given as (title, relative width, role)."""
        columns = tuple(Column(title, width, cast(ColumnRole, role)) for title, width, role in header)
        return Table(columns, tuple(tuple(row) for row in rows), caption=caption, split_rows=split_rows, keep=keep)


def cell(
    text: object,
    *,
    style: CellStyle = "plain",
    stage: int | None = None,
    user: bool = False,
    note: str = "",
    link: str | None = None,
) -> Cell:
    """A table cell of report text (numbers and words decided here, never user text unless ``user``)."""
    return Cell(str(text), style=style, stage=stage, user=user, note=note, link=link)
