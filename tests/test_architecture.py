"""The core is headless: nothing outside ``cyberassess.app`` imports Qt, and only ``app/qt.py`` imports PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "cyberassess"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        qt = {n for n in _imports(path) if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")}
        if qt and relative.parts[0] != "app":
            offenders.append(f"{relative}: {sorted(qt)}")
        if qt and relative.parts[0] == "app" and relative.name != "qt.py":
            offenders.append(f"{relative} imports {sorted(qt)} directly instead of through app/qt.py")
    assert offenders == []


def test_the_core_runs_without_loading_qt(tmp_path: Path) -> None:
    script = (
        "import sys, os\n"
        "from cyberassess.cli import main\n"
        f"d = r'{tmp_path}'\n"
        "assert main(['demo', d + '/demo.cyberassess']) == 0\n"
        "assert main(['score', d + '/demo.cyberassess']) == 0\n"
        "assert main(['export-pdf', d + '/demo.cyberassess', '-o', d + '/r.pdf']) == 0\n"
        "assert main(['export-xlsx', d + '/demo.cyberassess', '-o', d + '/m.xlsx']) == 0\n"
        "assert main(['verify', d + '/r.pdf']) == 2\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(loaded)\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-2000:]


def test_every_qt_name_the_app_imports_is_provided_by_app_qt() -> None:
    """``app/qt.py`` hands out names lazily from its NAMES table; a name missing there fails at run time."""
    from cyberassess.app.qt import NAMES

    provided = {name for names in NAMES.values() for name in names}
    root = PACKAGE.parent.parent
    missing = []
    for folder in ("src", "tests", "benchmarks", "scripts", "installer"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                module = node.module or "" if isinstance(node, ast.ImportFrom) else ""
                relative = isinstance(node, ast.ImportFrom) and node.level > 0
                if module == "cyberassess.app.qt" or (relative and (module == "qt" or module.endswith(".qt"))):
                    names = [a.name for a in node.names if a.name != "NAMES"]  # type: ignore[attr-defined]
                    missing += [f"{path.relative_to(root)}: {name}" for name in names if name not in provided]
    assert missing == []
    assert len(provided) == sum(len(names) for names in NAMES.values())  # no name listed twice
    stub = ast.parse((PACKAGE / "app" / "qt.pyi").read_text(encoding="utf-8"))
    typed = {
        node.module.removeprefix("PySide6."): tuple(a.name for a in node.names)
        for node in stub.body
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert typed == NAMES  # what type checkers see is what exists at run time


def test_the_compiled_forms_match_the_designer_files() -> None:
    """``ui/*.ui`` is the source; ``app/forms/ui_*.py`` must be what ``scripts/update_forms.py`` makes of it."""
    script = PACKAGE.parent.parent / "scripts" / "update_forms.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
