"""The treaty provisions a framework references: the rows of the treaty-compliance table.

Indicators cite articles of the instruments (``budapest`` 16, ``malabo`` 29, ``budapest-p2`` 7,
sometimes a paragraph such as 19(3)). :func:`provisions` gathers them into one :class:`Provision`
per article, keyed ``<instrument>:<article>`` (``budapest:16``; the UN Convention against
Cybercrime, ``un-cybercrime``, is shortened to ``un:25``), with the indicators that cite it and
the paragraphs cited, sorted by instrument (in the framework's order) then article number. A
reference without an article number is keyed by its title (``malabo:procedural-law-provisions``)
and listed after the numbered articles of its instrument.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..framework import Framework
from ..framework.instruments import SHORT_NAMES
from ..framework.model import tr

# Shorter prefixes for instruments whose id is long (what people type on the command line).
KEY_PREFIX = SHORT_NAMES

# Article titles where a framework cites only paragraphs of the article (each with its own title).
ARTICLE_TITLES = {
    ("budapest", "22"): {"en": "Jurisdiction", "fr": "Compétence", "es": "Jurisdicción", "ar": "الاختصاص"},
}

_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_ARTICLE = re.compile(r"(\d+)(.*)")


@dataclass(frozen=True)
class Provision:
    key: str  # "budapest:16", "un:25"
    instrument: str  # the framework's instrument id ("un-cybercrime")
    article: str  # "16"; "" when the reference has no article number
    title: str  # English
    indicator_ids: tuple[str, ...]
    titles: dict[str, str] = field(default_factory=dict, compare=False)  # language → title
    paragraphs: tuple[str, ...] = ()  # paragraphs cited, e.g. ("1(a)", "3") for Article 22

    def title_in(self, language: str) -> str:
        return tr(self.titles, language) or self.title


def _strip(text: str) -> str:
    """ "Legal measures (rights of citizens)" → "Legal measures"."""
    stripped = _QUALIFIER.sub("", text).strip()
    return stripped or text


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def provision_key(instrument: str, article: str | None, title_en: str) -> tuple[str, str, str]:
    """The (key, article number, paragraph) of one reference."""
    prefix = KEY_PREFIX.get(instrument, instrument)
    if article:
        match = _ARTICLE.fullmatch(article.strip())
        if match:
            return f"{prefix}:{match.group(1)}", match.group(1), match.group(2).strip()
        return f"{prefix}:{_slug(article)}", article.strip(), ""
    return f"{prefix}:{_slug(_strip(title_en))}", "", ""


@dataclass
class _Gathered:
    instrument: str
    article: str
    ids: list[str] = field(default_factory=list)
    bare: Counter[tuple[tuple[str, str], ...]] = field(default_factory=Counter)  # titles of the whole article
    cited: list[dict[str, str]] = field(default_factory=list)  # titles of cited paragraphs
    paragraphs: list[str] = field(default_factory=list)

    def title(self) -> dict[str, str]:
        known = ARTICLE_TITLES.get((self.instrument, self.article))
        if known is not None:
            return dict(known)
        if self.bare:  # the most cited title; of equals, the shortest
            best = min(self.bare.items(), key=lambda item: (-item[1], len(dict(item[0]).get("en", ""))))
            return dict(best[0])
        return dict(self.cited[0]) if self.cited else {}


_CACHE: dict[tuple[str, str, str], tuple[Provision, ...]] = {}


def _provisions(framework: Framework) -> tuple[Provision, ...]:
    cache_key = (framework.id, framework.version, framework.content_hash)
    cached = _CACHE.get(cache_key)
    if cached is not None:
        return cached
    gathered: dict[str, _Gathered] = {}
    for indicator in framework.indicators():
        for ref in indicator.references:
            texts = ref.provision or {}
            key, article, paragraph = provision_key(ref.instrument, ref.article, texts.get("en", ""))
            entry = gathered.setdefault(key, _Gathered(ref.instrument, article))
            if indicator.id not in entry.ids:
                entry.ids.append(indicator.id)
            stripped = {lang: _strip(text) for lang, text in texts.items()}
            if paragraph:
                if stripped:
                    entry.cited.append(stripped)
                if paragraph not in entry.paragraphs:
                    entry.paragraphs.append(paragraph)
            elif stripped:
                entry.bare[tuple(sorted(stripped.items()))] += 1
    order = {inst.id: i for i, inst in enumerate(framework.instruments)}
    result = []
    for key, entry in gathered.items():
        titles = entry.title()
        result.append(
            Provision(
                key=key,
                instrument=entry.instrument,
                article=entry.article,
                title=titles.get("en", ""),
                indicator_ids=tuple(entry.ids),
                titles=titles,
                paragraphs=tuple(sorted(entry.paragraphs, key=_paragraph_order)),
            )
        )
    result.sort(key=lambda p: (order.get(p.instrument, len(order)), p.instrument, *_article_order(p.article), p.key))
    _CACHE[cache_key] = built = tuple(result)
    return built


def _article_order(article: str) -> tuple[int, int]:
    return (0, int(article)) if article.isdigit() else (1, 0)


def _paragraph_order(paragraph: str) -> list[int | str]:
    return [int(part) if part.isdigit() else part for part in re.findall(r"\d+|[a-z]+", paragraph)]


def provisions(framework: Framework, instruments: Iterable[str] | None = None) -> list[Provision]:
    """Every provision ``framework`` references, by instrument then article number.

    ``instruments``: only the provisions of these instruments (an assessment's choice,
    :meth:`.store.document.Assessment.instruments`); ``None``: of every instrument.
    """
    if instruments is None:
        return list(_provisions(framework))
    chosen = set(instruments)
    return [p for p in _provisions(framework) if p.instrument in chosen]


def provision_keys(framework: Framework, instruments: Iterable[str] | None = None) -> dict[str, Provision]:
    """Provision key → provision (of the ``instruments`` given, or of all)."""
    return {p.key: p for p in provisions(framework, instruments)}
