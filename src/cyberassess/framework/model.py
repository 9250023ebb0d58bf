"""The typed model of a framework: dimensions → sections → indicators, stages and instruments.

Every user-visible text is a :data:`LocalizedText`, a mapping language code → text with English
required; :func:`tr` picks a language and falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, model_validator

LEVELS = (1, 2, 3, 4, 5)
LANGUAGES = ("en", "fr", "es", "ar")


def _check_localized(value: dict[str, str]) -> dict[str, str]:
    if not isinstance(value.get("en"), str) or not value["en"].strip():
        raise ValueError("English text ('en') is required and must not be empty")
    for lang, text in value.items():
        if not isinstance(text, str):
            raise ValueError(f"text for language '{lang}' must be a string")
    return {lang: text.strip() for lang, text in value.items() if text.strip()}


LocalizedText = Annotated[dict[str, str], AfterValidator(_check_localized)]


def tr(text: dict[str, str] | None, language: str = "en") -> str:
    """The text in ``language``, falling back to English; empty for ``None``."""
    if not text:
        return ""
    return text.get(language) or text.get("en", "")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Stage(_Strict):
    level: int = Field(ge=1, le=5)
    label: LocalizedText
    description: LocalizedText


class Instrument(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    short: LocalizedText
    name: LocalizedText


class Reference(_Strict):
    instrument: str
    article: str | None = None
    provision: LocalizedText | None = None

    @model_validator(mode="after")
    def _article_or_provision(self) -> Reference:
        if self.article is None and self.provision is None:
            raise ValueError("a reference needs an 'article' or a 'provision'")
        return self


class Indicator(_Strict):
    id: str
    weight: float = Field(default=1.0, gt=0, le=10)
    question: LocalizedText
    guidance: LocalizedText
    documents: LocalizedText
    interviews: LocalizedText
    stages: dict[int, LocalizedText]
    recommendations: dict[int, LocalizedText]
    references: tuple[Reference, ...] = ()

    @model_validator(mode="after")
    def _complete(self) -> Indicator:
        missing = [lvl for lvl in LEVELS if lvl not in self.stages]
        if missing or set(self.stages) - set(LEVELS):
            raise ValueError(f"'stages' must describe exactly stages 1-5 (missing: {missing or 'none'})")
        missing = [lvl for lvl in LEVELS[:-1] if lvl not in self.recommendations]
        if missing or set(self.recommendations) - set(LEVELS[:-1]):
            raise ValueError(f"'recommendations' must give stages 1-4 (missing: {missing or 'none'})")
        return self


class Section(_Strict):
    id: str
    title: LocalizedText
    indicators: tuple[Indicator, ...] = Field(min_length=1)


class Dimension(_Strict):
    id: str = Field(pattern=r"^D[0-9]+$")
    number: int = Field(ge=1)
    title: LocalizedText
    summary: LocalizedText
    sections: tuple[Section, ...] = Field(min_length=1)

    def indicators(self) -> Iterator[Indicator]:
        for section in self.sections:
            yield from section.indicators


class Framework(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str = Field(min_length=1)
    name: LocalizedText
    description: LocalizedText
    default_target_stage: int = Field(default=3, ge=1, le=5)
    stages: tuple[Stage, ...]
    instruments: tuple[Instrument, ...] = ()
    dimensions: tuple[Dimension, ...] = Field(min_length=1)
    content_hash: str = ""
    _lookup: dict[str, tuple[Dimension, Section, Indicator]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        for dimension in self.dimensions:
            for section in dimension.sections:
                for indicator in section.indicators:
                    self._lookup[indicator.id] = (dimension, section, indicator)

    def indicators(self) -> Iterator[Indicator]:
        for dimension in self.dimensions:
            yield from dimension.indicators()

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id; KeyError if the framework has none."""
        return self._lookup[indicator_id][2]

    def has_indicator(self, indicator_id: str) -> bool:
        return indicator_id in self._lookup

    def dimension_of(self, indicator_id: str) -> Dimension:
        return self._lookup[indicator_id][0]

    def section_of(self, indicator_id: str) -> Section:
        return self._lookup[indicator_id][1]

    def stage(self, level: int) -> Stage:
        return next(s for s in self.stages if s.level == level)

    def instrument(self, instrument_id: str) -> Instrument:
        return next(i for i in self.instruments if i.id == instrument_id)

    def indicator_ids(self) -> list[str]:
        return list(self._lookup)
