"""Build the shipped search index into the package resources (run when the package is built).

    .venv/bin/python scripts/build_index.py            # writes resources/library/<framework id>.index
    .venv/bin/python scripts/build_index.py --output DIR

The PyInstaller spec (``installer/cyberassess.spec``) runs this before it collects ``resources/``,
so every bundle carries the index of its built-in framework and its library texts: the first
search on an assessor's laptop opens it instead of building it into the user cache. The file is
stamped with :func:`cyberassess.library.index.content_key` (index format, framework content hash,
SHA-256 of each library text); at run time a file whose key does not match (a library text
changed since) is ignored and the index is built into the cache as before. The output is a build
product (``.gitignore``), rebuilt by every package build.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, help="folder to write into (default: resources/library/)")
    args = parser.parse_args(argv)
    if str(ROOT / "src") not in sys.path:
        sys.path.insert(0, str(ROOT / "src"))
    from cyberassess.framework import builtin_framework
    from cyberassess.library.index import write_shipped_index
    from cyberassess.library.texts import library_dir

    framework = builtin_framework()
    start = time.perf_counter()
    path = write_shipped_index(framework, args.output or library_dir())
    seconds = time.perf_counter() - start
    print(f"build_index: {path} ({path.stat().st_size / 2**20:.1f} MB, {seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
