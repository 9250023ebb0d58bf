"""Narrative text written by the review team, as report blocks (the safe Markdown subset)."""

from __future__ import annotations

from ..model import Block, ItemList, ListItem, Paragraph, Span


def _spans(block: object) -> tuple[Span, ...]:
    spans = getattr(block, "spans", ())
    return tuple(Span(str(s.text), bool(getattr(s, "bold", False)), bool(getattr(s, "italic", False))) for s in spans)


def narrative_blocks(text: str) -> list[Block]:
    """Paragraphs, bullet lists and numbered lists from a narrative (user text: never markup)."""
    try:
        from ...review.markdown import parse
    except ImportError:  # the review package without its Markdown subset: paragraphs as written
        return [Paragraph(part.strip(), "body", user=True) for part in text.split("\n\n") if part.strip()]

    blocks: list[Block] = []
    pending: list[ListItem] = []
    pending_kind = ""

    def flush() -> None:
        nonlocal pending, pending_kind
        if pending:
            blocks.append(ItemList("numbered" if pending_kind == "numbered" else "bullet", tuple(pending)))
        pending, pending_kind = [], ""

    for block in parse(text):
        if block.kind in ("bullet", "numbered"):
            if pending_kind and pending_kind != block.kind:
                flush()
            pending_kind = block.kind
            pending.append(ListItem(block.text, _spans(block), user=True))
            continue
        flush()
        blocks.append(Paragraph(block.text, "body", user=True, spans=_spans(block)))
    flush()
    return blocks
