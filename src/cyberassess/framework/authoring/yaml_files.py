"""Framework files in their canonical form: the YAML that ``framework from-xlsx`` writes.

The input is a framework as plain data (``dataclasses.asdict`` of a :class:`~..model.Framework`,
every text a mapping language -> text) and the names of its dimension files; the output maps each
file's path inside the framework folder to its bytes:

* ``framework.yaml`` and ``dimensions/<file>.yaml`` hold the English texts;
* ``framework.<lang>.yaml`` and ``dimensions/<file>.<lang>.yaml`` are the translation overlays
  (:mod:`..translations`), written only for a language that has at least one text.

The form is stable, so that a file under version control changes only where its content does:
keys in a fixed order (the order of the model's fields), one key per line, long or multi-line
texts as folded block scalars (``>-``) wrapped at about 90 columns, UTF-8, a fixed header comment.
Writing the same data twice gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from ..model import LANGUAGES

HEADER = (
    "# A CyberAssess framework (resources/frameworks/FORMAT.md describes the format).\n"
    '# Every user-visible text is a mapping language -> text; English ("en") is required here and\n'
    "# the translations are in the overlays beside each file (framework.fr.yaml, d1-….fr.yaml).\n"
    "# Written by `cyberassess framework from-xlsx`, which can also rewrite it from a workbook.\n"
)
WIDTH = 90  # PyYAML breaks a line at the first space past this column
BLOCK_FROM = 60  # texts longer than this, or with a line break, are folded block scalars


def _dumper() -> Any:
    import yaml

    class Dumper(yaml.SafeDumper):
        """Block style, keys in the given order, long texts folded, list items indented."""

        def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
            super().increase_indent(flow, False)

    def text(dumper: Any, value: str) -> Any:
        style = ">" if len(value) > BLOCK_FROM or "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return Dumper


def dump(data: Any) -> bytes:
    """``data`` as canonical YAML (mappings keep their insertion order)."""
    import yaml

    out = yaml.dump(
        data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, width=WIDTH, default_flow_style=False, indent=2
    )
    return str(out).encode("utf-8")


def _en(text: dict[str, str] | None) -> dict[str, str]:
    return {"en": (text or {}).get("en", "")}


def _manifest(fw: dict[str, Any], files: list[str]) -> dict[str, Any]:
    return {
        "id": fw["id"],
        "version": fw["version"],
        "name": _en(fw["name"]),
        "description": _en(fw["description"]),
        "default_target_stage": fw["default_target_stage"],
        "stages": [
            {"level": s["level"], "label": _en(s["label"]), "description": _en(s["description"])} for s in fw["stages"]
        ],
        "instruments": [{"id": i["id"], "short": _en(i["short"]), "name": _en(i["name"])} for i in fw["instruments"]],
        **({"actors": [{"id": a["id"], "name": _en(a["name"])} for a in fw["actors"]]} if fw.get("actors") else {}),
        "dimensions": [f"dimensions/{name}" for name in files],
    }


def _manifest_overlay(fw: dict[str, Any], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("name", "description"):
        if fw[key].get(lang):
            out[key] = fw[key][lang]
    for key, id_key, fields in (
        ("stages", "level", ("label", "description")),
        ("instruments", "id", ("short", "name")),
        ("actors", "id", ("name",)),
    ):
        table = {}
        for item in fw.get(key) or ():
            texts = {f: item[f][lang] for f in fields if item[f].get(lang)}
            if texts:
                table[item[id_key]] = texts
        if table:
            out[key] = table
    return out


def _reference(ref: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"instrument": ref["instrument"]}
    if ref.get("article") is not None:
        out["article"] = ref["article"]
    if ref.get("provision") is not None:
        out["provision"] = _en(ref["provision"])
    return out


def _indicator(ind: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": ind["id"], "weight": float(ind["weight"])}
    for key in ("question", "guidance", "documents", "interviews"):
        out[key] = _en(ind[key])
    out["stages"] = {int(level): _en(text) for level, text in sorted(ind["stages"].items(), key=lambda i: int(i[0]))}
    out["recommendations"] = {
        int(level): _en(text) for level, text in sorted(ind["recommendations"].items(), key=lambda i: int(i[0]))
    }
    plan = ind.get("recommendation_plan") or {}
    if plan:
        out["recommendation_plan"] = {
            int(level): {"actor": p["actor"], "horizon": p["horizon"], "effort": p["effort"]}
            for level, p in sorted(plan.items(), key=lambda i: int(i[0]))
        }
    if ind.get("references"):
        out["references"] = [_reference(r) for r in ind["references"]]
    return out


def _dimension(dim: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": dim["id"],
        "number": dim["number"],
        "title": _en(dim["title"]),
        "summary": _en(dim["summary"]),
        "sections": [
            {"id": s["id"], "title": _en(s["title"]), "indicators": [_indicator(i) for i in s["indicators"]]}
            for s in dim["sections"]
        ],
    }


def _indicator_overlay(ind: dict[str, Any], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("question", "guidance", "documents", "interviews"):
        if ind[key].get(lang):
            out[key] = ind[key][lang]
    for key in ("stages", "recommendations"):
        texts = {int(level): t[lang] for level, t in sorted(ind[key].items(), key=lambda i: int(i[0])) if t.get(lang)}
        if texts:
            out[key] = texts
    names: list[str | None] = [(r.get("provision") or {}).get(lang) for r in ind.get("references") or ()]
    while names and names[-1] is None:
        names.pop()
    if names:
        out["references"] = names
    return out


def _dimension_overlay(dim: dict[str, Any], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    head = {key: dim[key][lang] for key in ("title", "summary") if dim[key].get(lang)}
    if head:
        out[dim["id"]] = head
    for section in dim["sections"]:
        if section["title"].get(lang):
            out[section["id"]] = {"title": section["title"][lang]}
        for ind in section["indicators"]:
            texts = _indicator_overlay(ind, lang)
            if texts:
                out[ind["id"]] = texts
    return out


def framework_files(fw: dict[str, Any], files: list[str]) -> dict[str, bytes]:
    """Every file of the framework ``fw`` (plain data), by path inside its folder.

    ``files`` names the dimension files (``d1-policy-strategy.yaml``), one per dimension, in order.
    """
    out = {"framework.yaml": HEADER.encode() + dump(_manifest(fw, files))}
    for lang in LANGUAGES[1:]:
        overlay = _manifest_overlay(fw, lang)
        if overlay:
            out[f"framework.{lang}.yaml"] = dump({"language": lang, **overlay})
    for dim, name in zip(fw["dimensions"], files, strict=True):
        stem = name.removesuffix(".yaml")
        out[f"dimensions/{name}"] = dump(_dimension(dim))
        for lang in LANGUAGES[1:]:
            overlay = _dimension_overlay(dim, lang)
            if overlay:
                out[f"dimensions/{stem}.{lang}.yaml"] = dump({"language": lang, **overlay})
    return out
