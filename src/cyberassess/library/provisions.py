"""What the library knows of one provision: its text, the indicators citing it, its counterparts.

A provision is named as in the treaty-compliance table (:mod:`cyberassess.review.treaty`):
``budapest:16``, ``un:41``, ``malabo:29``. The **counterparts** of a provision are the
provisions of the other instruments cited by the same indicators (Budapest art. 16 ↔ UN art. 25
↔ Malabo …), the one sharing the most indicators first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..framework import Framework
from ..review.treaty import KEY_PREFIX, Provision, provision_keys, provisions
from .texts import Article, articles_for

_KEY = re.compile(r"^([a-z0-9][a-z0-9-]*):([a-z0-9][a-z0-9()-]*)$")
_INSTRUMENT_OF_PREFIX = {prefix: instrument for instrument, prefix in KEY_PREFIX.items()}


@dataclass(frozen=True)
class Counterpart:
    provision: Provision
    shared: tuple[str, ...]  # the indicators citing both


@dataclass(frozen=True)
class ProvisionView:
    key: str
    instrument: str
    article: str
    cited: Provision | None  # None when no indicator of the framework cites it
    texts: tuple[Article, ...]  # the shipped text, one per language
    counterparts: tuple[Counterpart, ...]


def parse_key(text: str) -> tuple[str, str, str]:
    """``"Budapest:16"`` → ("budapest:16", "budapest", "16"); InputError for anything else."""
    key = text.strip().lower().replace(" ", "")
    match = _KEY.match(key)
    if match is None:
        raise InputError(
            f"'{text}' is not a provision.",
            "Give an instrument and an article, such as budapest:16 or un:41 "
            "('cyberassess review treaty' lists the provisions the framework cites).",
        )
    prefix, article = match.groups()
    article = re.sub(r"^(?:art(?:icle)?\.?)", "", article)
    return f"{prefix}:{article}", _INSTRUMENT_OF_PREFIX.get(prefix, prefix), article


def view(framework: Framework, text: str) -> ProvisionView:
    """The text, citing indicators and counterparts of the provision named ``text``."""
    key, instrument, article = parse_key(text)
    cited = provision_keys(framework).get(key)
    if cited is not None:
        instrument, article = cited.instrument, cited.article or article
    shipped = tuple(articles_for(instrument, article)) if article else ()
    if cited is None and not shipped:
        known = sorted({p.key.split(":")[0] for p in provisions(framework)})
        raise InputError(
            f"No indicator cites {key} and its text is not in the library.",
            f"The instruments cited are: {', '.join(known)}.",
        )
    counterparts: list[Counterpart] = []
    if cited is not None:
        citing = set(cited.indicator_ids)
        for other in provisions(framework):
            if other.instrument == instrument:
                continue
            shared = tuple(i for i in other.indicator_ids if i in citing)
            if shared:
                counterparts.append(Counterpart(other, shared))
        counterparts.sort(key=lambda c: -len(c.shared))  # stable: framework order among equals
    return ProvisionView(key, instrument, article, cited, shipped, tuple(counterparts))
