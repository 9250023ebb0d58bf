"""A realistic, fully answered demo assessment of a fictional country (the Republic of Meridia).

Deterministic: the same framework always gives the same demo, so screenshots, benchmarks and
tests can rely on it.
"""

from __future__ import annotations

import random
from pathlib import Path

from .framework import Framework, builtin_framework, tr
from .store import Assessment

COUNTRY = "Republic of Meridia"
MISSION = "National Cyber Review 2026"
ASSESSORS = ("Amina Mensah", "Carlos Duarte", "Léa Fontaine")

# Where Meridia stands, dimension by dimension: (typical stage, spread). A country with a modern
# cybercrime law but thin forensic capacity and slow mutual legal assistance.
PROFILE = {
    "D1": (3, 1),
    "D2": (3, 1),
    "D3": (4, 1),
    "D4": (3, 1),
    "D5": (2, 1),
    "D6": (3, 1),
    "D7": (2, 1),
    "D8": (2, 1),
    "D9": (2, 1),
}
SOURCES = (
    "the Ministry of Justice legal drafting unit",
    "the National Police cybercrime unit",
    "the Office of the Prosecutor-General",
    "the national CERT (MeriCERT)",
    "the Ministry of ICT and Digital Economy",
    "the Supreme Court registry",
    "the Data Protection Commission",
    "two internet service providers and the bankers' association",
)
EVIDENCE_NAME = "Meridia Computer Misuse and Cybercrimes Act 2019 (excerpt).txt"
EVIDENCE_TEXT = """REPUBLIC OF MERIDIA
COMPUTER MISUSE AND CYBERCRIMES ACT, 2019 (Act No. 14 of 2019)
Excerpt supplied by the Ministry of Justice, legal drafting unit, for the National Cyber Review.

PART II - OFFENCES
4. Unauthorised access.
(1) A person who intentionally and without right accesses the whole or any part of a computer
    system commits an offence and is liable on conviction to a fine not exceeding five million
    meridian francs or to imprisonment for a term not exceeding three years, or to both.
(2) Subsection (1) does not apply to access authorised by the owner of the computer system for
    the purpose of security testing.
5. Unauthorised interception.
    A person who intentionally and without right intercepts, by technical means, non-public
    transmissions of computer data to, from or within a computer system commits an offence.

PART IV - INVESTIGATION PROCEDURES
21. Expedited preservation.
    An authorised officer may, where there are reasonable grounds to believe that stored computer
    data relevant to a criminal investigation is vulnerable to loss or modification, by written
    notice require a person in control of the data to preserve it for a period not exceeding
    ninety days, renewable once by order of a judge.
"""


def _level(rng: random.Random, dimension_id: str) -> int:
    centre, spread = PROFILE.get(dimension_id, (2, 1))
    return max(1, min(5, centre + rng.randint(-spread, spread)))


def _justification(fw: Framework, indicator_id: str, level: int, rng: random.Random) -> str:
    ind = fw.indicator(indicator_id)
    stage = tr(fw.stage(level).label)
    source = rng.choice(SOURCES)
    month = rng.choice(("February", "March", "April"))
    observed = tr(ind.stages[level]).rstrip(".")
    return (
        f"Assessed as {stage} after interviews with {source} ({month} 2026) and review of the documents "
        f"provided. Observed: {observed[0].lower() + observed[1:]}."
    )


def write_demo(path: Path | str, *, overwrite: bool = False, framework: Framework | None = None) -> Path:
    """Create the demo assessment at ``path`` and return the path."""
    fw = framework or builtin_framework()
    rng = random.Random(20260314)  # noqa: S311 - reproducible demo data, not security
    path = Path(path)
    ids = fw.indicator_ids()
    special = rng.sample(ids, 6)
    not_applicable, unknown = set(special[:2]), set(special[2:6])
    confidences = ("high", "high", "medium", "medium", "medium", "low")
    with Assessment.create(
        path,
        country=COUNTRY,
        mission=MISSION,
        assessors=list(ASSESSORS),
        framework=fw,
        target_stage=3,
        overwrite=overwrite,
    ) as doc:
        for n, indicator_id in enumerate(ids):
            assessor = ASSESSORS[n % len(ASSESSORS)]
            if indicator_id in not_applicable:
                doc.set_answer(
                    indicator_id,
                    "na",
                    assessor=assessor,
                    source="demo",
                    confidence="high",
                    justification="Not applicable to Meridia's legal system and institutions; "
                    "confirmed with the Ministry of Justice legal drafting unit.",
                )
            elif indicator_id in unknown:
                doc.set_answer(
                    indicator_id,
                    "unknown",
                    assessor=assessor,
                    source="demo",
                    confidence="low",
                    justification="No data: the responsible agency did not answer before the end of "
                    "the mission. Follow up in writing.",
                )
            else:
                level = _level(rng, fw.dimension_of(indicator_id).id)
                doc.set_answer(
                    indicator_id,
                    level,
                    assessor=assessor,
                    source="demo",
                    confidence=rng.choice(confidences),
                    justification=_justification(fw, indicator_id, level, rng),
                )
        first_d3 = next(fw.dimensions[2].indicators()).id if len(fw.dimensions) > 2 else ids[0]
        doc.add_evidence(first_d3, data=EVIDENCE_TEXT.encode("utf-8"), name=EVIDENCE_NAME, assessor=ASSESSORS[0])
        doc.set_last_position(ids[0])
    return path
