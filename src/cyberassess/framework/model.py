"""The typed model of a framework: dimensions → sections → indicators, stages and instruments.

The classes are frozen standard-library dataclasses, quick to import: the application needs a
framework before its first window, and importing pydantic alone takes longer than the rest of the
start-up. pydantic still validates the source files (:mod:`.loader` imports it only for that).
Every constraint on one field is declared here, on the field, as ``Annotated`` metadata
(:class:`Check`) that pydantic applies and direct construction ignores; rules that span several
fields are checked in ``__post_init__``, which runs on both paths. :func:`.json_form.from_json` rebuilds
the objects from their JSON form (the framework cache) without pydantic.

Every user-visible text is a :data:`LocalizedText`, a mapping language code → text with English
required; :func:`tr` picks a language and falls back to English.
"""

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeVar

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

LEVELS = (1, 2, 3, 4, 5)
LANGUAGES = ("en", "fr", "es", "ar")
HORIZONS = ("short", "medium", "long")  # within a year, 1-3 years, over 3 years
EFFORTS = ("low", "medium", "high")

T = TypeVar("T")


class Check:
    """A rule on a field's value, declared as ``Annotated[type, Check(...)]`` metadata.

    pydantic runs ``function`` after validating the type (a ValueError becomes a validation error
    at that field); constructing the dataclasses directly does not run it. ``function`` returns
    the value, possibly cleaned.
    """

    __slots__ = ("function",)

    def __init__(self, function: Callable[[Any], Any]) -> None:
        self.function = function

    def __repr__(self) -> str:
        return f"Check({getattr(self.function, '__name__', self.function)!r})"

    def __get_pydantic_core_schema__(self, source: Any, handler: "GetCoreSchemaHandler") -> "CoreSchema":
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.function, handler(source))


def bounds(*, ge: float | None = None, gt: float | None = None, le: float | None = None) -> Check:
    """A number within limits (the messages are worded as pydantic's own constraints)."""

    def check(value: float) -> float:
        if ge is not None and not value >= ge:
            raise ValueError(f"Input should be greater than or equal to {ge}")
        if gt is not None and not value > gt:
            raise ValueError(f"Input should be greater than {gt}")
        if le is not None and not value <= le:
            raise ValueError(f"Input should be less than or equal to {le}")
        return value

    return Check(check)


def pattern(regex: str) -> Check:
    """A string matching ``regex`` as a whole."""

    def check(value: str) -> str:
        if not re.fullmatch(regex, value):
            raise ValueError(f"String should match pattern '{regex}'")
        return value

    return Check(check)


def one_of(choices: tuple[str, ...]) -> Check:
    """A string that is one of ``choices``."""

    def check(value: str) -> str:
        if value not in choices:
            raise ValueError(f"Input should be one of {', '.join(repr(c) for c in choices)}")
        return value

    return Check(check)


def _non_empty(value: Any) -> Any:
    if not value:
        if isinstance(value, str):
            raise ValueError("String should have at least 1 character")
        raise ValueError("Tuple should have at least 1 item after validation, not 0")
    return value


NON_EMPTY = Check(_non_empty)
"""A string or tuple with at least one character or item."""


def _check_localized(value: dict[str, str]) -> dict[str, str]:
    if not isinstance(value.get("en"), str) or not value["en"].strip():
        raise ValueError("English text ('en') is required and must not be empty")
    for lang, text in value.items():
        if not isinstance(text, str):
            raise ValueError(f"text for language '{lang}' must be a string")
    return {lang: text.strip() for lang, text in value.items() if text.strip()}


LocalizedText = Annotated[dict[str, str], Check(_check_localized)]
"""Language code → text; English required. Validation strips the texts and drops empty ones."""

Level = Annotated[int, bounds(ge=1, le=5)]


def tr(text: dict[str, str] | None, language: str = "en") -> str:
    """The text in ``language``, falling back to English; empty for ``None``."""
    if not text:
        return ""
    return text.get(language) or text.get("en", "")


class _Strict:
    """Base of the model classes: a source file may not hold keys the model does not know."""

    __slots__ = ()
    __pydantic_config__: ClassVar[dict[str, str]] = {"extra": "forbid"}  # read by pydantic


@dataclass(frozen=True, kw_only=True, slots=True)
class Stage(_Strict):
    level: Level
    label: LocalizedText
    description: LocalizedText


SCOPES = ("global", "regional")


def _check_scope(value: str) -> str:
    if value not in SCOPES:
        raise ValueError(f"must be one of: {', '.join(SCOPES)}")
    return value


@dataclass(frozen=True, kw_only=True, slots=True)
class Instrument(_Strict):
    """A treaty or instrument the references cite.

    ``scope``: ``global`` instruments are chosen for a new assessment by default; ``regional``
    ones only when the assessment says they apply to its country. ``None`` (a framework written
    before the field existed, such as the archived 1.0.0) counts as global; it is kept as ``None``
    so that such a framework's content hash does not change (:func:`.hashing.content_hash`).
    """

    id: Annotated[str, pattern(r"^[a-z0-9][a-z0-9-]*$")]
    short: LocalizedText
    name: LocalizedText
    scope: Annotated[str, Check(_check_scope)] | None = None

    @property
    def chosen_by_default(self) -> bool:
        """Whether a new assessment applies this instrument unless told otherwise (global scope)."""
        return self.scope != "regional"


@dataclass(frozen=True, kw_only=True, slots=True)
class Actor(_Strict):
    """An institution that carries out recommendations (the legislature, the prosecution service …)."""

    id: Annotated[str, pattern(r"^[a-z0-9][a-z0-9-]*$")]
    name: LocalizedText


@dataclass(frozen=True, kw_only=True, slots=True)
class RecommendationPlan(_Strict):
    """Who carries out one recommendation, within what horizon and at what effort."""

    actor: str  # an Actor id declared by the framework
    horizon: Annotated[str, one_of(HORIZONS)]
    effort: Annotated[str, one_of(EFFORTS)]


@dataclass(frozen=True, kw_only=True, slots=True)
class Reference(_Strict):
    instrument: str
    article: str | None = None
    provision: LocalizedText | None = None

    def __post_init__(self) -> None:
        if self.article is None and self.provision is None:
            raise ValueError("a reference needs an 'article' or a 'provision'")


@dataclass(frozen=True, kw_only=True, slots=True)
class Indicator(_Strict):
    id: str
    weight: Annotated[float, bounds(gt=0, le=10)] = 1.0
    question: LocalizedText
    guidance: LocalizedText
    documents: LocalizedText
    interviews: LocalizedText
    stages: dict[int, LocalizedText]
    recommendations: dict[int, LocalizedText]
    recommendation_plan: dict[int, RecommendationPlan] = dataclasses.field(default_factory=dict)
    references: tuple[Reference, ...] = ()

    def __post_init__(self) -> None:
        missing = [lvl for lvl in LEVELS if lvl not in self.stages]
        if missing or set(self.stages) - set(LEVELS):
            raise ValueError(f"'stages' must describe exactly stages 1-5 (missing: {missing or 'none'})")
        missing = [lvl for lvl in LEVELS[:-1] if lvl not in self.recommendations]
        if missing or set(self.recommendations) - set(LEVELS[:-1]):
            raise ValueError(f"'recommendations' must give stages 1-4 (missing: {missing or 'none'})")
        extra = sorted(set(self.recommendation_plan) - set(self.recommendations))
        if extra:
            raise ValueError(f"'recommendation_plan' names recommendations that do not exist: {extra}")


@dataclass(frozen=True, kw_only=True, slots=True)
class Section(_Strict):
    id: str
    title: LocalizedText
    indicators: Annotated[tuple[Indicator, ...], NON_EMPTY]


@dataclass(frozen=True, kw_only=True, slots=True)
class Dimension(_Strict):
    id: Annotated[str, pattern(r"^D[0-9]+$")]
    number: Annotated[int, bounds(ge=1)]
    title: LocalizedText
    summary: LocalizedText
    sections: Annotated[tuple[Section, ...], NON_EMPTY]

    def indicators(self) -> Iterator[Indicator]:
        for section in self.sections:
            yield from section.indicators


@dataclass(frozen=True, kw_only=True)  # no slots: _lookup is cached in the instance's __dict__
class Framework(_Strict):
    id: Annotated[str, pattern(r"^[a-z0-9][a-z0-9._-]*$")]
    version: Annotated[str, NON_EMPTY]
    name: LocalizedText
    description: LocalizedText
    default_target_stage: Level = 3
    stages: tuple[Stage, ...]
    instruments: tuple[Instrument, ...] = ()
    actors: tuple[Actor, ...] = ()
    dimensions: Annotated[tuple[Dimension, ...], NON_EMPTY]
    content_hash: str = ""

    @cached_property
    def _lookup(self) -> dict[str, tuple[Dimension, Section, Indicator]]:
        """Indicator id → (dimension, section, indicator); not a field, so not compared or dumped."""
        lookup = {}
        for dimension in self.dimensions:
            for section in dimension.sections:
                for indicator in section.indicators:
                    lookup[indicator.id] = (dimension, section, indicator)
        return lookup

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

    def actor(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)

    def actor_name(self, actor_id: str, language: str = "en") -> str:
        """The name of a declared actor in ``language`` (English if untranslated); the id if undeclared."""
        return next((tr(a.name, language) for a in self.actors if a.id == actor_id), actor_id)

    def indicator_ids(self) -> list[str]:
        return list(self._lookup)

    def instrument_ids(self) -> tuple[str, ...]:
        """Every declared instrument's id, in the framework's order."""
        return tuple(i.id for i in self.instruments)

    def default_instrument_ids(self) -> tuple[str, ...]:
        """The instruments a new assessment applies by default: the global ones, in the framework's order."""
        return tuple(i.id for i in self.instruments if i.chosen_by_default)
