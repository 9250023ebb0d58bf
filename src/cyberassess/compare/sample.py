"""Sample regional assessments of fictional countries, to try comparisons (and to test and benchmark them).

Deterministic for a seed: each country gets its own profile (a typical stage per dimension), and
its answers are drawn around it with a few Not applicable and Unknown, as real missions give.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..framework import Framework, builtin_framework
from ..store.document import Assessment

COUNTRIES = (
    "Republic of Meridia",
    "Kingdom of Austral",
    "Borealia",
    "Federal Republic of Casmir",
    "Dunmore",
    "Republic of Eskaria",
    "Fennland",
    "Galvania",
    "Hollin Islands",
    "Istria Nova",
    "Jadeport",
    "Kestral",
    "Lumen",
    "Marovia",
    "Norland",
    "Ostrava Coast",
    "Pellucia",
    "Quessa",
    "Rovan",
    "Solmark",
)


def country_name(index: int) -> str:
    base = COUNTRIES[index % len(COUNTRIES)]
    return base if index < len(COUNTRIES) else f"{base} {index // len(COUNTRIES) + 1}"


def write_country(
    path: Path, country: str, *, seed: int, framework: Framework | None = None, mission: str = "National Cyber Review"
) -> Path:
    """One fully answered assessment of ``country`` at ``path``."""
    fw = framework or builtin_framework()
    rng = random.Random(seed)  # noqa: S311 - reproducible sample data, not security
    profile = {d.id: rng.choice((1, 2, 2, 3, 3, 4)) for d in fw.dimensions}
    with Assessment.create(
        path, country=country, mission=mission, assessors=["Sample assessor"], framework=fw, target_stage=3
    ) as doc:
        for ind in fw.indicators():
            roll = rng.random()
            if roll < 0.02:
                value: int | str = "na"
            elif roll < 0.06:
                value = "unknown"
            else:
                centre = profile[fw.dimension_of(ind.id).id]
                value = max(1, min(5, centre + rng.choice((-1, 0, 0, 0, 1))))
            doc.set_answer(ind.id, value, justification="Sample answer.", confidence="medium", source="sample")
    return path


def write_region(folder: Path, count: int = 10, *, seed: int = 2027, framework: Framework | None = None) -> list[Path]:
    """``count`` sample assessments of different fictional countries in ``folder``."""
    paths = []
    for n in range(count):
        name = country_name(n)
        path = folder / f"{name.replace(' ', '-')}.cyberassess"
        paths.append(write_country(path, name, seed=seed + n, framework=framework))
    return paths
