"""Compile the Qt Designer forms ``ui/*.ui`` into ``src/cyberassess/app/forms/ui_<name>.py``.

    .venv/bin/python scripts/update_forms.py          # after editing a form in Qt Designer
    .venv/bin/python scripts/update_forms.py --check  # exit 1 if a compiled form is out of date

The ``.ui`` files are the source: edit them in Qt Designer, then run this script. It runs Qt's own
User Interface Compiler (``pyside6-uic``) and rewrites the generated imports so that a form imports
only the Qt names it uses, through ``cyberassess.app.qt`` like the rest of the app. Compiled forms
build a window several times faster than loading the XML at run time (QUiLoader), which matters
for the start-up time. The version line uic writes is dropped so that the output depends only on
the form.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS_UI = ROOT / "ui"
FORMS_PY = ROOT / "src" / "cyberassess" / "app" / "forms"
UIC = Path(sys.executable).parent / "pyside6-uic"

HEADER = '''"""Compiled from ``ui/{ui}`` by ``scripts/update_forms.py`` (Qt's uic).

Edit the .ui file in Qt Designer and run that script; never edit this file.
"""

# mypy: ignore-errors
'''
_IMPORT = re.compile(r"^from PySide6\.(\w+) import (\([^)]*\)|[^\n]*)\n", re.MULTILINE)


def compile_form(ui: Path) -> str:
    """The Python module for one form."""
    generated = subprocess.run([str(UIC), "-g", "python", str(ui)], capture_output=True, text=True, check=True).stdout
    imported: set[str] = set()
    for match in _IMPORT.finditer(generated):
        imported |= set(re.findall(r"\b\w+\b", match.group(2)))
    body = generated[generated.index("class Ui_") :]
    used = sorted(name for name in imported if re.search(rf"\b{name}\b", body))
    return HEADER.format(ui=ui.name) + "\nfrom ..qt import " + ", ".join(used) + "\n\n\n" + body.rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the compiled forms are up to date")
    args = parser.parse_args()
    expected = {FORMS_PY / f"ui_{ui.stem}.py": compile_form(ui) for ui in sorted(FORMS_UI.glob("*.ui"))}
    present = set(FORMS_PY.glob("ui_*.py"))
    stale = sorted(str(p.relative_to(ROOT)) for p in expected if not p.is_file() or p.read_text("utf-8") != expected[p])
    orphans = sorted(str(p.relative_to(ROOT)) for p in present - set(expected))
    if args.check:
        for name in stale:
            print(f"out of date: {name} (run scripts/update_forms.py)")
        for name in orphans:
            print(f"no .ui file for {name}")
        return 1 if stale or orphans else 0
    for path, text in expected.items():
        if path.is_file() and path.read_text("utf-8") == text:
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    for name in orphans:
        (ROOT / name).unlink()
        print(f"removed {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
