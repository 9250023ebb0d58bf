"""Regenerate the translation sources and compile them.

* The Qt layer: ``pyside6-lupdate`` extracts every ``tr()`` string of ``src/cyberassess/app`` and
  ``ui/*.ui`` into ``resources/translations/app_<lang>.ts`` (existing translations are kept), and
  ``pyside6-lrelease`` compiles them to ``.qm``.
* The core (reports, matrices, verify): the English source strings are collected by reading the
  code (literal arguments of ``gettext(lang, "…")`` and ``t("…")``) and by recording every string
  the report, the matrix and verify ask for while producing the demo's outputs; they are merged
  into ``resources/translations/core_<lang>.json`` (existing translations kept, new ones empty,
  obsolete ones dropped).

Usage: ``.venv/bin/python scripts/update_translations.py [--check]``. With ``--check`` nothing is
written; the exit code says whether anything is missing or out of date.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar")
BIN = Path(sys.executable).parent


def qt_sources() -> list[str]:
    files = sorted((ROOT / "src" / "cyberassess" / "app").glob("*.py")) + sorted((ROOT / "ui").glob("*.ui"))
    return [str(f.relative_to(ROOT)) for f in files]


def unfinished_messages(ts: Path) -> list[str]:
    """Sources of the messages of ``ts`` that have no finished translation."""
    from defusedxml.ElementTree import parse

    missing = []
    for message in parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def update_qt(check: bool) -> list[str]:
    problems = []
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"app_{lang}.ts"
        if check:
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            unfinished = unfinished_messages(ts)
            if unfinished:
                problems.append(f"{ts.name}: {len(unfinished)} unfinished, e.g. {unfinished[0]!r}")
            continue
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *qt_sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return problems


class _Literals(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: set[str] = set()

    def visit_Call(self, node: ast.Call) -> None:
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        index = {"gettext": 1, "t": 0}.get(name)
        if index is not None and len(node.args) > index:
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.strip():
                self.found.add(arg.value)
        self.generic_visit(node)


def literal_msgids() -> set[str]:
    visitor = _Literals()
    for path in (ROOT / "src" / "cyberassess").rglob("*.py"):
        if "app" not in path.relative_to(ROOT / "src" / "cyberassess").parts:
            visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
    return visitor.found


def recorded_msgids() -> set[str]:
    """Every core string the demo's report, matrices and verify outcomes actually ask for."""
    sys.path.insert(0, str(ROOT / "src"))
    from cyberassess import i18n

    seen: set[str] = set()
    original = i18n.gettext

    def recording(language: str, text: str, **values: object) -> str:
        seen.add(text)
        return original(language, text, **values)

    i18n.gettext = recording  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CYBERASSESS_HOME"] = str(Path(tmp) / "home")
        from cyberassess.demo import write_demo
        from cyberassess.framework import builtin_framework
        from cyberassess.matrix import export_blank, export_matrix
        from cyberassess.report import create_key, export_pdf, verify_pdf
        from cyberassess.store import Assessment

        work = Path(tmp)
        demo = write_demo(work / "demo.cyberassess")
        key = create_key(work / "k.p12", name="Translator", org="CyberAssess", passphrase=b"translate")
        from cyberassess.report.keys import open_key

        with Assessment.open(demo) as doc:
            export_pdf(doc, work / "signed.pdf", key_file=key.path, passphrase=b"translate")
            export_pdf(doc, work / "unsigned.pdf")
            export_matrix(doc, work / "m.xlsx")
            export_matrix(doc, work / "signed.xlsx", key=open_key(key.path, b"translate"))
        export_blank(builtin_framework(), work / "blank.xlsx")
        signed = (work / "signed.pdf").read_bytes()
        (work / "tampered.pdf").write_bytes(signed[:2000] + b"X" + signed[2001:])
        (work / "appended.pdf").write_bytes(signed + b"\n% appended\n")
        for name in ("signed.pdf", "unsigned.pdf", "tampered.pdf", "appended.pdf", "demo.cyberassess"):
            verify_pdf(work / name).summary()
    i18n.gettext = original  # type: ignore[assignment]
    return seen


def update_core(check: bool) -> list[str]:
    msgids = sorted(literal_msgids() | recorded_msgids())
    problems = []
    for lang in LANGUAGES:
        path = TRANSLATIONS / f"core_{lang}.json"
        existing = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        merged = {m: existing.get(m, "") for m in msgids}
        # Strings the code builds at run time are found neither in its literals nor in the demo's
        # outputs: translated entries are kept, never pruned (an unused one costs nothing).
        merged.update({m: v for m, v in existing.items() if v and m not in merged})
        merged = dict(sorted(merged.items()))
        missing = [m for m, v in merged.items() if not v]
        if missing:
            problems.append(f"{path.name}: {len(missing)} of {len(msgids)} strings untranslated")
        if not check:
            path.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if anything is missing")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    problems = update_qt(args.check) + update_core(args.check)
    for problem in problems:
        print(problem)
    print("translations up to date" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
