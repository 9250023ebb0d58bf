"""The Library page's HTML: search results with highlighted snippets, and the article view.

Local HTML for a QTextBrowser (no network, no remote resource). Links name what they open:

=================== ==================================================================
``article:KEY``     the article view of a provision (``article:budapest:16``)
``indicator:ID``    the indicator page
``evidence:ID``     the indicator page, that evidence file selected
``narrative:S``     the Findings page, on that section
``toolkit:ID``      a toolkit chapter (good practice), in the reader
``treatytable:KEY`` the Treaty table, on that provision
=================== ==================================================================

Text from the library, the framework, the toolkit and the assessment is escaped (and made
printable: no control or bidirectional override character reaches the view). A block of Arabic
text is laid out right-to-left (``dir="rtl"``) whatever the interface language.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from ..framework import tr
from ..library.index import Hit
from ..review.treaty import KEY_PREFIX
from ..safetext import printable
from .qt import QCoreApplication

if TYPE_CHECKING:
    from ..framework import Framework
    from ..library.provisions import Counterpart, ProvisionView
    from ..library.texts import Article
    from ..library.toolkit import Chapter

KIND_ORDER = ("article", "toolkit", "indicator", "answer", "narrative", "evidence")
STYLE = "a { text-decoration: none; }"  # the views' default style sheet: links are bold or coloured, not underlined
HIGHLIGHT = "#ffe082"  # amber 200: readable under black text, in light and dark palettes alike
MUTED = "#6b6b6b"
RTL_LANGUAGES = ("ar",)
MAX_SIDE_BY_SIDE = 3  # corresponding provisions shown in columns beside the article; the others listed


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def kind_labels() -> dict[str, str]:
    return {
        "article": QCoreApplication.translate("Library", "Treaty articles"),
        "toolkit": QCoreApplication.translate("Library", "Toolkit chapters"),
        "indicator": QCoreApplication.translate("Library", "Framework guidance"),
        "answer": QCoreApplication.translate("Library", "Justifications"),
        "narrative": QCoreApplication.translate("Library", "Narratives"),
        "evidence": QCoreApplication.translate("Library", "Evidence"),
    }


def _safe(text: str) -> str:
    return escape(printable(text, keep_newlines=True))


def _is_rtl(text: str, language: str = "") -> bool:
    if language:
        return language in RTL_LANGUAGES
    letters = [ch for ch in text[:400] if ch.isalpha()]
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return bool(letters) and arabic * 2 > len(letters)


def _dir(text: str, language: str = "") -> str:
    """The attributes of a block holding ``text``: right-to-left for Arabic."""
    return ' dir="rtl" align="right"' if _is_rtl(text, language) else ' dir="ltr"'


def snippet_html(hit: Hit) -> str:
    """The snippet with the matched words highlighted."""
    return "".join(
        f'<span style="background-color:{HIGHLIGHT}; font-weight:600">{_safe(text)}</span>' if marked else _safe(text)
        for text, marked in hit.parts()
    )


def hit_link(hit: Hit) -> str:
    if hit.kind == "article":
        return f"article:{hit.ref}"
    if hit.kind in ("indicator", "answer"):
        return f"indicator:{hit.ref}"
    return f"{hit.kind}:{hit.ref}"


def hit_title(hit: Hit, framework: Framework, language: str, sections: dict[str, str]) -> str:
    """A person's title for a result (the indicator's question, the section's name …)."""
    if hit.kind in ("indicator", "answer") and framework.has_indicator(hit.ref):
        question = tr(framework.indicator(hit.ref).question, hit.language or language)
        if hit.kind == "answer":
            return QCoreApplication.translate("Library", "{id} — your justification: {question}").format(
                id=hit.ref, question=question
            )
        return f"{hit.ref} {question}"
    if hit.kind == "narrative":
        return QCoreApplication.translate("Library", "Narrative: {section}").format(
            section=sections.get(hit.ref, hit.ref)
        )
    return hit.title


def results_html(hits: list[Hit], framework: Framework, language: str, sections: dict[str, str]) -> str:
    """Results grouped by kind (the group holding the best result first), best first within a group.

    The passages of one document (an indicator's question, guidance and stages; one evidence file's
    pages) are shown under one title, each with its snippet.
    """
    labels = kind_labels()
    groups: dict[str, dict[tuple[str, str], list[Hit]]] = {}
    for hit in hits:  # hits come best first: groups and documents are made in the order of their best hit
        groups.setdefault(hit.kind, {}).setdefault((hit.ref, hit.language), []).append(hit)
    parts = []
    for kind, documents in groups.items():
        label = labels.get(kind, kind)
        count = sum(len(members) for members in documents.values())
        parts.append(f"<h3>{escape(label)} <span style='color:{MUTED}; font-weight:normal'>({count})</span></h3>")
        for members in documents.values():
            first = members[0]
            title = hit_title(first, framework, language, sections)
            tag = f" <span style='color:{MUTED}'>{escape(first.language)}</span>" if first.language else ""
            parts.append(
                f"<p{_dir(title, first.language)} style='margin-top:6px; margin-bottom:2px'>"
                f'<a href="{escape(hit_link(first))}"><b>{_safe(title)}</b></a>{tag}</p>'
            )
            for hit in members:
                field = _field_label(hit)
                where = f"<span style='color:{MUTED}'>{escape(field)}:</span> " if field else ""
                parts.append(
                    f"<p{_dir(hit.plain_snippet(), hit.language)} style='margin-top:0; margin-bottom:2px; "
                    f"margin-left:14px; margin-right:14px'>{where}{snippet_html(hit)}</p>"
                )
    return "".join(parts)


def _field_label(hit: Hit) -> str:
    fields = {
        "question": QCoreApplication.translate("Library", "question"),
        "guidance": QCoreApplication.translate("Library", "guidance"),
        "documents": QCoreApplication.translate("Library", "documents to review"),
        "interviews": QCoreApplication.translate("Library", "whom to interview"),
        "stages": QCoreApplication.translate("Library", "stage descriptors"),
        "recommendations": QCoreApplication.translate("Library", "recommendations"),
    }
    if hit.kind == "indicator":
        return fields.get(hit.field, hit.field)
    return ""


def _article_block(article: Article, shown_title: str) -> str:
    """The article's paragraphs; its own heading when the text's title is not the one shown above."""
    paragraphs = "".join(
        f"<p{_dir(line, article.language)}>{_safe(line)}</p>" for line in article.text.split("\n") if line.strip()
    )
    if article.title.strip().casefold() == shown_title.strip().casefold():
        return paragraphs
    heading = QCoreApplication.translate("Library", "Article {number} – {title}").format(
        number=article.number, title=article.title
    )
    return f"<h3{_dir(heading, article.language)}>{_safe(heading)}</h3>{paragraphs}"


def _pick(texts: tuple[Article, ...] | list[Article], language: str) -> Article | None:
    return next((a for a in texts if a.language == language), texts[0] if texts else None)


def instrument_name(framework: Framework, instrument: str, language: str) -> str:
    found = next((i for i in framework.instruments if i.id == instrument), None)
    return tr(found.short, language) if found is not None else instrument


def article_html(
    shown: ProvisionView,
    framework: Framework,
    language: str,
    counterpart_texts: dict[str, list[Article]],
    chapters: list[tuple[str, str]],
    sources: dict[str, str],
) -> str:
    """The article view: the text, the citing indicators, the corresponding provisions side by side, chapters.

    ``counterpart_texts`` maps a counterpart's key to its shipped texts; ``chapters`` lists the toolkit
    chapters citing the provision as (id, title); ``sources`` maps a language to the text's source line.
    """
    name = instrument_name(framework, shown.instrument, language)
    cited = shown.cited
    title = cited.title_in(language) if cited else (shown.texts[0].title if shown.texts else "")
    head = QCoreApplication.translate("Library", "{instrument}, art. {number}").format(
        instrument=name, number=shown.article
    )
    parts = [f"<h2>{_safe(head)}{' – ' + _safe(title) if title else ''}</h2>"]
    to_table = QCoreApplication.translate("Library", "Open in the Treaty table")
    parts.append(f'<p><a href="treatytable:{escape(shown.key)}">{escape(to_table)}</a></p>')
    article = _pick(shown.texts, language)
    if article is not None:
        parts.append(_article_block(article, title))
        others = [a.language for a in shown.texts if a is not article]
        source = sources.get(article.language, "")
        if source:
            parts.append(f"<p style='color:{MUTED}'><small>{_safe(source)}</small></p>")
        if others:
            also = QCoreApplication.translate("Library", "Also in the library in: {languages}").format(
                languages=", ".join(others)
            )
            parts.append(f"<p style='color:{MUTED}'>{escape(also)}</p>")
    else:
        missing = QCoreApplication.translate("Library", "The text of this provision is not in the library.")
        parts.append(f"<p><i>{escape(missing)}</i></p>")
    if cited is not None:
        parts.append(_heading(QCoreApplication.translate("Library", "Indicators citing it")) + "<ul>")
        for indicator_id in cited.indicator_ids:
            question = tr(framework.indicator(indicator_id).question, language)
            link = f'<a href="indicator:{escape(indicator_id)}">{escape(indicator_id)}</a>'
            parts.append(f"<li>{link} {_safe(question)}</li>")
        parts.append("</ul>")
    if shown.counterparts:
        parts.append(_counterparts_html(shown, framework, language, counterpart_texts, article))
    if chapters:
        parts.append(_heading(QCoreApplication.translate("Library", "Toolkit chapters")) + "<ul>")
        parts.extend(f'<li><a href="toolkit:{escape(cid)}">{_safe(ctitle)}</a></li>' for cid, ctitle in chapters)
        parts.append("</ul>")
    return "".join(parts)


def _counterparts_html(
    shown: ProvisionView,
    framework: Framework,
    language: str,
    counterpart_texts: dict[str, list[Article]],
    article: Article | None,
) -> str:
    """The corresponding provisions: the best one of each other instrument in a column, the rest listed."""
    columns: list[Counterpart] = []
    rest: list[Counterpart] = []
    seen: set[str] = set()
    for counterpart in shown.counterparts:
        instrument = counterpart.provision.instrument
        if instrument in seen or len(columns) == MAX_SIDE_BY_SIDE:
            rest.append(counterpart)
        else:
            seen.add(instrument)
            columns.append(counterpart)
    parts = [_heading(QCoreApplication.translate("Library", "Corresponding provisions"))]
    note = QCoreApplication.translate("Library", "Provisions of the other instruments cited by the same indicators.")
    parts.append(f"<p style='color:{MUTED}'>{escape(note)}</p>")
    width = 100 // (len(columns) + 1)
    cells = []
    own_name = instrument_name(framework, shown.instrument, language)
    own = QCoreApplication.translate("Library", "{instrument}, art. {number}").format(
        instrument=own_name, number=shown.article
    )
    own_text = _excerpt(article) if article else _not_in_library()
    cells.append(_cell(f"<b>{_safe(own)}</b>", own_text, "", width, article.language if article else ""))
    for counterpart in columns:
        provision = counterpart.provision
        name = instrument_name(framework, provision.instrument, language)
        label = QCoreApplication.translate("Library", "{instrument}, art. {number}").format(
            instrument=name, number=provision.article or "–"
        )
        link = f'<a href="article:{escape(provision.key)}"><b>{_safe(label)}</b></a>'
        link += f"<br>{_safe(provision.title_in(language))}"
        text = _pick(counterpart_texts.get(provision.key, []), language)
        body = _excerpt(text) if text else _not_in_library()
        shared = QCoreApplication.translate("Library", "Cited with it by: {ids}").format(
            ids=", ".join(counterpart.shared)
        )
        cells.append(_cell(link, body, shared, width, text.language if text else ""))
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='6' border='1' style='border-collapse:collapse; "
        f"border-color:#c8c8c8'><tr>{''.join(cells)}</tr></table>"
    )
    if rest:
        parts.append("<p>" + escape(QCoreApplication.translate("Library", "Also corresponding:")) + "</p><ul>")
        for counterpart in rest:
            provision = counterpart.provision
            name = instrument_name(framework, provision.instrument, language)
            label = QCoreApplication.translate("Library", "{instrument}, art. {number}").format(
                instrument=name, number=provision.article or "–"
            )
            link = f'<a href="article:{escape(provision.key)}">{_safe(label)}</a>'
            shared = escape(", ".join(counterpart.shared))
            parts.append(
                f"<li>{link} {_safe(provision.title_in(language))} <span style='color:{MUTED}'>({shared})</span></li>"
            )
        parts.append("</ul>")
    return "".join(parts)


def _not_in_library() -> str:
    note = QCoreApplication.translate("Library", "The text is not in the library.")
    return f"<i>{escape(note)}</i>"


def _excerpt(article: Article, limit: int = 700) -> str:
    text = article.text if len(article.text) <= limit else article.text[:limit].rsplit(" ", 1)[0] + " …"
    return "<br>".join(_safe(line) for line in text.split("\n") if line.strip())


def _cell(head: str, body: str, foot: str, width: int, language: str) -> str:
    direction = ' dir="rtl" align="right"' if language in RTL_LANGUAGES else ""
    foot_html = f"<p style='color:{MUTED}'><small>{escape(foot)}</small></p>" if foot else ""
    return f"<td width='{width}%' valign='top'{direction}><p>{head}</p><p>{body}</p>{foot_html}</td>"


def markdown_html(text: str, language: str = "") -> str:
    """A body in the narratives' Markdown subset (:mod:`cyberassess.review.markdown`) as escaped HTML."""
    from ..review.markdown import parse

    parts: list[str] = []
    open_list = ""
    for block in parse(text):
        tag = {"bullet": "ul", "numbered": "ol"}.get(block.kind, "")
        if tag != open_list:
            if open_list:
                parts.append(f"</{open_list}>")
            if tag:
                parts.append(f"<{tag}{_dir(block.text, language)}>")
            open_list = tag
        spans = "".join(_span_html(span.text, span.bold, span.italic) for span in block.spans)
        parts.append(f"<li>{spans}</li>" if tag else f"<p{_dir(block.text, language)}>{spans}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "".join(parts)


def _span_html(text: str, bold: bool, italic: bool) -> str:
    out = _safe(text)
    if italic:
        out = f"<i>{out}</i>"
    if bold:
        out = f"<b>{out}</b>"
    return out


def chapter_html(chapter: Chapter, framework: Framework, language: str) -> str:
    """A toolkit chapter: its body, the indicators it serves and the provisions it discusses, as links."""
    kind = (
        QCoreApplication.translate("Library", "Good practice: dimension")
        if chapter.kind == "dimension"
        else QCoreApplication.translate("Library", "Good practice: topic")
    )
    parts = [
        f"<p style='color:{MUTED}'>{escape(kind)}</p>",
        f"<h2{_dir(chapter.title, chapter.language)}>{_safe(chapter.title)}</h2>",
    ]
    if chapter.language != language:
        note = QCoreApplication.translate("Library", "This chapter is not yet translated; it is shown in English.")
        parts.append(f"<p style='color:{MUTED}'><i>{escape(note)}</i></p>")
    parts.append(markdown_html(chapter.body, chapter.language))
    indicators = [i for i in chapter.indicators if framework.has_indicator(i)]
    if indicators:
        parts.append(_heading(QCoreApplication.translate("Library", "Indicators it serves")) + "<ul>")
        for indicator_id in indicators:
            question = tr(framework.indicator(indicator_id).question, language)
            link = f'<a href="indicator:{escape(indicator_id)}">{escape(indicator_id)}</a>'
            parts.append(f"<li>{link} {_safe(question)}</li>")
        parts.append("</ul>")
    if chapter.provisions:
        parts.append(_heading(QCoreApplication.translate("Library", "Treaty provisions it discusses")) + "<p>")
        links = []
        for key in chapter.provisions:
            prefix, _, number = key.partition(":")
            instrument = {short: long for long, short in KEY_PREFIX.items()}.get(prefix, prefix)
            label = QCoreApplication.translate("Library", "{instrument}, art. {number}").format(
                instrument=instrument_name(framework, instrument, language), number=number
            )
            links.append(f'<a href="article:{escape(key)}">{_safe(label)}</a>')
        parts.append(" · ".join(links) + "</p>")
    return "".join(parts)
