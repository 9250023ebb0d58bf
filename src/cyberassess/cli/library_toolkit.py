"""``cyberassess library show toolkit:CHAPTER``: one chapter of the good-practice toolkit."""

from __future__ import annotations

import json

from ..framework import builtin_framework, tr
from ..library.toolkit import chapter
from ..review.markdown import plain_text
from ..safetext import printable

KIND_NAMES = {"dimension": "dimension chapter", "topic": "topic chapter"}


def show_chapter(chapter_id: str, language: str, as_json: bool) -> int:
    """Print the chapter (in ``language``, else English): title, indicators served, provisions, text."""
    shown = chapter(chapter_id, language)
    framework = builtin_framework()
    served = [i for i in shown.indicators if framework.has_indicator(i)]
    questions = {i: tr(framework.indicator(i).question, language) for i in served}
    if as_json:
        out = {
            "format_version": 1,
            "id": shown.id,
            "language": shown.language,
            "kind": shown.kind,
            "title": shown.title,
            "indicators": [{"id": i, "question": questions[i]} for i in served],
            "provisions": list(shown.provisions),
            "body": shown.body,
            "text": plain_text(shown.body),
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"Toolkit: {printable(shown.title)}  [{KIND_NAMES.get(shown.kind, shown.kind)}, {shown.language}]")
    if shown.language != language:
        print(f"(not translated into '{language}': shown in English)")
    print()
    print(printable(plain_text(shown.body), keep_newlines=True))
    if shown.provisions:
        print("\nTreaty provisions ('cyberassess library show PROVISION'): " + ", ".join(shown.provisions))
    if served:
        print(f"\nServes {len(served)} indicator(s):")
        for indicator_id in served:
            print(f"  {indicator_id}  {printable(questions[indicator_id])}")
    return 0
