"""Lay out a USB stick folder: bundle(s), a printable quick guide, a sample assessment, checksums.

Usage: ``installer/make-usb [--bundle dist/CyberAssess] [--out dist/usb]``. Every file on the stick
is listed in ``SHA256SUMS``; ``verify.sh`` (Linux/macOS) and ``verify.ps1`` (Windows) check them
offline, before anything is run.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cyberassess import __version__  # noqa: E402

GUIDE = """CyberAssess {version} - quick guide
=====================================

What is on this stick
  {bundle_dir}/     the program (no installation, no admin rights, no network needed)
  sample/           a fully answered demo assessment of a fictional country
  QUICK-GUIDE.pdf   this guide, printable
  SHA256SUMS        a checksum of every file; verify.sh / verify.ps1 check them

1. Check the stick before you run anything
  Linux/macOS:  open a terminal in the stick's folder and run   sh verify.sh
  Windows:      right-click verify.ps1 > Run with PowerShell    (or: powershell -File verify.ps1)
  Every line must say OK. If one says FAILED, do not run the program: ask for a new copy.

2. Start CyberAssess
  Linux:   {bundle_dir}/CyberAssess            (double-click, or run it in a terminal)
  Windows: {bundle_dir}\\CyberAssess.exe        (or install per user with CyberAssess-setup.exe: no admin)
  macOS:   CyberAssess.app
  The start screen offers: New assessment, Open, recent files, and Open the demo.

3. Work
  Every answer, note and evidence file is saved the moment you enter it ("Saved" shows when it is
  on disk). There is no Save button to forget. Keep your .cyberassess file on the laptop's disk
  while you work; copy it to the stick at the end of the day, or use File > Save As.

4. Portable mode (keep everything on the stick)
  Create an empty file named portable.txt next to the program. Settings, recent files and signing
  keys are then kept in CyberAssessData/ beside it, and nothing is written to the computer.
  Without it, the program writes nothing next to itself and can run from a read-only stick.

5. Deliver
  Export page: a signed PDF report (choose your .p12 signing key and its passphrase) and the Excel
  matrix for the development partners. Anyone can check the report with: CyberAssess verify REPORT.pdf
  or with any PDF reader's signature panel.

Command line (same program): CyberAssess --help
"""

VERIFY_SH = """#!/bin/sh
# Check every file of this USB folder against SHA256SUMS, offline.
cd "$(dirname "$0")" || exit 2
if command -v sha256sum >/dev/null 2>&1; then
  sha256sum -c SHA256SUMS
else
  shasum -a 256 -c SHA256SUMS
fi
status=$?
[ $status -eq 0 ] && echo "All files are intact." || echo "Some files are damaged or changed: do not run them."
exit $status
"""

VERIFY_PS1 = """# Check every file of this USB folder against SHA256SUMS, offline (Windows PowerShell 5+).
$ErrorActionPreference = "Stop"
Set-Location -LiteralPath $PSScriptRoot
$failed = 0
foreach ($line in Get-Content -LiteralPath "SHA256SUMS" -Encoding UTF8) {
    if ($line -notmatch '^([0-9a-f]{64}) [ *](.+)$') { continue }
    $expected = $Matches[1]; $file = $Matches[2]
    $path = Join-Path $PSScriptRoot ($file -replace '/', '\\')
    if (-not (Test-Path -LiteralPath $path)) { Write-Host "${file}: FAILED (missing)"; $failed++; continue }
    $actual = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLower()
    if ($actual -eq $expected) { Write-Host "${file}: OK" } else { Write-Host "${file}: FAILED"; $failed++ }
}
if ($failed -eq 0) { Write-Host "All files are intact." ; exit 0 }
Write-Host "$failed file(s) are damaged or changed: do not run them."
exit 1
"""


def write_guide_pdf(text: str, target: Path) -> None:
    """The quick guide as a printable PDF, with the app's embedded fonts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, Preformatted, SimpleDocTemplate, Spacer

    fonts = ROOT / "resources" / "fonts"
    pdfmetrics.registerFont(TTFont("GuideSans", str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("GuideSansBold", str(fonts / "DejaVuSans-Bold.ttf")))
    title = ParagraphStyle("title", fontName="GuideSansBold", fontSize=16, leading=20, spaceAfter=6)
    body = ParagraphStyle("body", fontName="GuideSans", fontSize=9, leading=12)
    lines = text.splitlines()
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="CyberAssess quick guide", author="CyberAssess")  # fmt: skip
    doc.build([Paragraph(lines[0], title), Spacer(1, 4), Preformatted("\n".join(lines[2:]), body)])


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "CyberAssess")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "usb")
    args = parser.parse_args()
    if not (args.bundle / "CyberAssess").exists() and not (args.bundle / "CyberAssess.exe").exists():
        print(f"make-usb: no bundle in {args.bundle}; run installer/build first", file=sys.stderr)
        return 1
    system = {"Linux": "linux", "Darwin": "macos", "Windows": "windows"}.get(platform.system(), "other")
    bundle_dir = f"CyberAssess-{__version__}-{system}-{platform.machine().lower()}"
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    shutil.copytree(args.bundle, args.out / bundle_dir, symlinks=True)
    guide = GUIDE.format(version=__version__, bundle_dir=bundle_dir)
    (args.out / "QUICK-GUIDE.txt").write_text(guide, encoding="utf-8")
    write_guide_pdf(guide, args.out / "QUICK-GUIDE.pdf")
    (args.out / "sample").mkdir()
    os.environ.setdefault("CYBERASSESS_RESOURCES", str(ROOT))
    from cyberassess.demo import write_demo

    write_demo(args.out / "sample" / "Meridia-demo.cyberassess")
    (args.out / "verify.sh").write_text(VERIFY_SH, encoding="utf-8")
    (args.out / "verify.sh").chmod(0o755)
    (args.out / "verify.ps1").write_text(VERIFY_PS1.replace("\n", "\r\n"), encoding="utf-8")
    files = sorted(p for p in args.out.rglob("*") if p.is_file() and not p.is_symlink() and p.name != "SHA256SUMS")
    lines = [f"{sha256(p)}  {p.relative_to(args.out).as_posix()}" for p in files]
    (args.out / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in files)
    print(f"USB folder: {args.out}  ({len(files)} files, {total / 2**20:.0f} MB); check it with: sh verify.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
