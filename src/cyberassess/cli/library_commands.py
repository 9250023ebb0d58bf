"""The library on the command line: ``cyberassess library search`` and ``cyberassess library show``.

``library show`` shows a treaty provision (``budapest:16``) or a toolkit chapter (``toolkit:preservation-orders``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..i18n import SUPPORTED
from ..safetext import printable
from .argtypes import int_range

KIND_LABELS = {
    "indicator": "Indicator",
    "article": "Treaty",
    "answer": "Justification",
    "narrative": "Narrative",
    "evidence": "Evidence",
    "toolkit": "Toolkit",
}
TOOLKIT_PREFIX = "toolkit:"


def register(sub: Any) -> None:
    p = sub.add_parser("library", help="the offline library: search it, show a treaty provision or a toolkit chapter")
    lib = p.add_subparsers(dest="library_command", metavar="SUBCOMMAND", required=True)

    s = lib.add_parser(
        "search",
        help="full-text search of the framework, the treaty texts and an assessment",
        description="Search the framework's questions, guidance, documents, interviews, stages and recommendations "
        "(in its four languages), the treaty texts and the good-practice toolkit of the library and, with "
        "--assessment, that assessment's "
        "justifications, narratives and the text of its evidence files (plain text, CSV, PDF, DOCX, XLSX). "
        "Accents and Arabic letter variants do not matter; every word must appear; end a word with * to match "
        "words beginning with it (preserv*). Results are ranked, best first.",
    )
    s.add_argument("query", nargs="+", metavar="WORD")
    s.add_argument("--assessment", type=Path, metavar="PATH", help="also search this .cyberassess file")
    s.add_argument("--language", choices=SUPPORTED, help="only framework and treaty texts in this language")
    s.add_argument("--limit", type=int_range(1, 500), default=20, help="at most this many results (default: 20)")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(handler=cmd_search)

    v = lib.add_parser(
        "show",
        help="a treaty provision (its text, the indicators citing it, the corresponding provisions) "
        "or a toolkit chapter",
        description="Show a provision such as budapest:16 or un:41: its text where the library has it, the "
        "framework's indicators that cite it, the provisions of the other instruments cited by the same "
        "indicators and the toolkit chapters discussing it. Or show a chapter of the good-practice toolkit, such "
        "as toolkit:preservation-orders (an unknown name lists the chapters).",
    )
    v.add_argument(
        "provision",
        metavar="PROVISION",
        help="instrument:article, e.g. budapest:16, un:41, malabo:29; "
        "or toolkit:CHAPTER, e.g. toolkit:preservation-orders",
    )
    v.add_argument(
        "--language", choices=SUPPORTED, default="en", help="language of titles and of the chapter (default: en)"
    )
    v.add_argument("--json", action="store_true", help="machine-readable output")
    v.set_defaults(handler=cmd_show)


def _highlighter() -> tuple[str, str]:
    if sys.stdout is not None and sys.stdout.isatty() and "NO_COLOR" not in os.environ:
        return "\x1b[1m", "\x1b[0m"
    return "**", "**"


def _hit_title(hit: Any, framework: Any, language: str) -> str:
    from ..framework import tr

    if hit.kind == "indicator" and framework.has_indicator(hit.ref):
        return f"{hit.ref} {tr(framework.indicator(hit.ref).question, hit.language or language)}"
    if hit.kind == "answer":
        return f"{hit.ref} (justification)"
    if hit.kind == "article":
        return f"{hit.ref} {hit.title}"
    if hit.kind == "narrative":
        return f"narrative: {hit.ref}"
    if hit.kind == "toolkit":
        from ..library.toolkit import chapter

        return f"{TOOLKIT_PREFIX}{hit.ref} {chapter(hit.ref, hit.language or language).title}"
    return str(hit.title)


def cmd_search(args: argparse.Namespace) -> int:
    from ..framework import builtin_framework
    from ..library.index import EvidenceTexts, Index
    from ..store.document import Assessment

    query = " ".join(args.query)
    evidence_text = EvidenceTexts()
    unreadable: list[dict[str, Any]] = []
    if args.assessment is not None:
        with Assessment.open(args.assessment, read_only=True) as doc:
            framework = doc.framework
            index = Index(framework, doc, evidence_text=evidence_text)
            for record in doc.evidence():
                problem = evidence_text.problems.get(record.sha256)
                if problem:
                    unreadable.append({"evidence_id": record.id, "file_name": record.file_name, "problem": problem})
    else:
        framework = builtin_framework()
        index = Index(framework)
    with index:
        hits = index.search(query, language=args.language, limit=args.limit)
    language = args.language or "en"
    if args.json:
        out = {
            "format_version": 1,
            "query": query,
            "results": [
                {
                    "kind": h.kind,
                    "ref": h.ref,
                    "language": h.language or None,
                    "field": h.field,
                    "title": _hit_title(h, framework, language),
                    "snippet": h.plain_snippet(),
                    "highlights": _offsets(h.parts()),
                    "score": round(h.score, 4),
                }
                for h in hits
            ],
            "unreadable_evidence": unreadable,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for item in unreadable:
        print(
            f"note: evidence {printable(item['file_name'])} is not searched: {printable(item['problem'])}",
            file=sys.stderr,
        )
    if not hits:
        print(f"Nothing found for {printable(query)}.")
        return 0
    bold, plain = _highlighter()
    for n, hit in enumerate(hits, start=1):
        where = f"{KIND_LABELS.get(hit.kind, hit.kind)}, {hit.field}" + (f", {hit.language}" if hit.language else "")
        print(f"{n}. {printable(_hit_title(hit, framework, language))}  [{where}]")
        snippet = "".join(
            f"{bold}{printable(text)}{plain}" if marked else printable(text) for text, marked in hit.parts()
        )
        print(f"   {snippet}")
    return 0


def _offsets(parts: list[tuple[str, bool]]) -> list[list[int]]:
    spans, at = [], 0
    for text, marked in parts:
        if marked:
            spans.append([at, at + len(text)])
        at += len(text)
    return spans


def cmd_show(args: argparse.Namespace) -> int:
    from ..framework import builtin_framework, tr
    from ..library.provisions import view
    from ..library.toolkit import chapters_citing

    if args.provision.strip().lower().startswith(TOOLKIT_PREFIX):
        from .library_toolkit import show_chapter

        return show_chapter(args.provision.strip()[len(TOOLKIT_PREFIX) :], args.language, args.json)
    framework = builtin_framework()
    shown = view(framework, args.provision)
    lang = args.language
    cited = shown.cited
    toolkit = chapters_citing(shown.key, lang)
    if args.json:
        out = {
            "format_version": 1,
            "provision": shown.key,
            "instrument": shown.instrument,
            "article": shown.article,
            "title": cited.title_in(lang) if cited else (shown.texts[0].title if shown.texts else ""),
            "texts": [{"language": a.language, "title": a.title, "text": a.text} for a in shown.texts],
            "indicators": [
                {"id": i, "question": tr(framework.indicator(i).question, lang)}
                for i in (cited.indicator_ids if cited else ())
            ],
            "counterparts": [
                {"provision": c.provision.key, "title": c.provision.title_in(lang), "shared_indicators": list(c.shared)}
                for c in shown.counterparts
            ],
            "toolkit": [{"id": ch.id, "language": ch.language, "title": ch.title} for ch in toolkit],
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    name = framework.instrument(shown.instrument).short if _has_instrument(framework, shown.instrument) else {}
    title = cited.title_in(lang) if cited else shown.texts[0].title
    heading = f"{printable(tr(name, lang) or shown.instrument)} art. {printable(shown.article)}"
    print(f"{heading} – {printable(title)}" if title else heading)
    for article in shown.texts:
        # Some instruments (the ICCPR) give their articles no title.
        dash = f" – {printable(article.title)}" if article.title else ""
        print(f"\n[{article.language}] Article {printable(article.number)}{dash}")
        print(printable(article.text, keep_newlines=True))
    if not shown.texts:
        print("\nThe text of this provision is not in the library (see the README's list of shipped texts).")
    if cited is not None:
        print(f"\nCited by {len(cited.indicator_ids)} indicator(s):")
        for indicator_id in cited.indicator_ids:
            print(f"  {indicator_id}  {printable(tr(framework.indicator(indicator_id).question, lang))}")
    else:
        print("\nNo indicator of the framework cites this provision.")
    if shown.counterparts:
        print("\nCorresponding provisions (cited by the same indicators):")
        for c in shown.counterparts:
            shared = ", ".join(c.shared)
            print(f"  {c.provision.key:<16} {printable(c.provision.title_in(lang))}  ({shared})")
    if toolkit:
        print("\nToolkit chapters discussing it ('cyberassess library show toolkit:CHAPTER'):")
        for ch in toolkit:
            print(f"  {TOOLKIT_PREFIX}{ch.id:<40} {printable(ch.title)}")
    return 0


def _has_instrument(framework: Any, instrument: str) -> bool:
    return any(i.id == instrument for i in framework.instruments)
