"""Narrative text written by the review team, as report blocks (the safe Markdown subset).

:func:`cyberassess.review.markdown.parse` gives paragraphs, bullets and numbered items with bold
and italic spans; consecutive items become one list. The text stays user text: renderers escape
it and apply the emphasis flags themselves.
"""

from __future__ import annotations

from ...review import markdown
from ..model import Block, ItemList, ListItem, Paragraph, Span


def _spans(block: markdown.Block) -> tuple[Span, ...]:
    return tuple(Span(s.text, s.bold, s.italic) for s in block.spans)


def narrative_blocks(text: str) -> list[Block]:
    """Paragraphs, bullet lists and numbered lists from a narrative."""
    blocks: list[Block] = []
    items: list[ListItem] = []
    kind: str = ""
    start = 1

    def flush() -> None:
        nonlocal items, kind
        if items:
            blocks.append(ItemList("numbered" if kind == "numbered" else "bullet", tuple(items), start=start))
        items, kind = [], ""

    for block in markdown.parse(text):
        if block.kind in ("bullet", "numbered"):
            if kind and kind != block.kind:
                flush()
            if not items:
                start = block.number or 1
            kind = block.kind
            items.append(ListItem(block.text, _spans(block), user=True))
            continue
        flush()
        blocks.append(Paragraph(block.text, "body", user=True, spans=_spans(block)))
    flush()
    return blocks
