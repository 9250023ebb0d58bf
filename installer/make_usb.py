"""Lay out a USB stick folder: bundle(s), a printable quick guide, a sample assessment, checksums.

Usage: ``installer/make-usb [--bundle dist/CyberAssess ...] [--setup dist/CyberAssess-X-setup.exe] [--out dist/usb]``.

* ``--bundle`` (repeatable): a onedir bundle from ``installer/build`` (Linux), or one built by the CI
  workflow on Windows (a folder with ``CyberAssess.exe``) or macOS (``CyberAssess.app``, packed here
  into a .zip that keeps its symbolic links, since USB sticks formatted FAT32/exFAT cannot hold them).
* ``--setup``: the Windows per-user installer made by Inno Setup, copied as it is.

Writes ``QUICK-GUIDE.pdf`` (with the report's fonts and styles) and ``QUICK-GUIDE.txt``, the demo
assessment in ``sample/``, ``verify.sh`` (Linux, macOS) and ``verify.ps1`` (Windows), and ``SHA256SUMS``
listing every other file. The verify scripts check the sums offline and refuse files added inside a
program folder (a planted library would be loaded by the program). Prints the SHA-256 of
``SHA256SUMS`` itself: give it to recipients by another channel (phone, letter) so that they can tell
a damaged or altered stick from a good one.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import stat
import sys
import textwrap
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cyberassess import __version__  # noqa: E402

SAMPLE = "sample/Meridia-demo.cyberassess"


def guide(folders: dict[str, str], setups: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The quick guide as sections of blocks: ("p", text), ("item", text) or ("cmd", text)."""
    linux, windows, macos = folders.get("linux"), folders.get("windows"), folders.get("macos")
    label = {"linux": "Linux", "windows": "Windows", "macos": "macOS"}
    on_stick = [
        ("item", f"{name}{'.zip' if system == 'macos' else '/'}  the program for {label[system]}")
        for system, name in folders.items()
    ]
    on_stick += [("item", f"{name}  installs CyberAssess on Windows for you only (no administrator rights)")
                 for name in setups]  # fmt: skip
    start: list[tuple[str, str]] = []
    if windows:
        start += [
            ("p", f"Windows: open the folder {windows} and double-click CyberAssess.exe. Windows may warn "
                  "that the program is unrecognised: choose More info, then Run anyway."
                  + (f" Or install it for yourself only with {setups[0]}: no administrator rights needed."
                     if setups else "")),
        ]  # fmt: skip
    if linux:
        start += [
            ("p", f"Linux: open the folder {linux} and double-click CyberAssess, or in a terminal:"),
            ("cmd", f"./{linux}/CyberAssess"),
            ("p", "If the stick is mounted without permission to run programs, copy the folder to your disk "
                  "first."),
        ]  # fmt: skip
    if macos:
        start += [
            ("p", f"macOS: double-click {macos}.zip to unpack CyberAssess.app onto your disk, then right-click "
                  "it and choose Open (the first time only)."),
        ]  # fmt: skip
    start += [("p", "The start screen offers a new assessment, opening a file, your recent assessments and the "
                    "demo. It works entirely offline: it never uses the network.")]  # fmt: skip
    return [
        (
            "What is on this stick",
            [
                *on_stick,
                ("item", "sample/  a fully answered demo assessment of a fictional country"),
                ("item", "QUICK-GUIDE.pdf, QUICK-GUIDE.txt  this guide"),
                ("item", "SHA256SUMS, verify.sh, verify.ps1  checksums of every file, and the scripts that check them"),
            ],
        ),
        (
            "1. Check the stick before you run anything",
            [
                (
                    "p",
                    "Open a terminal in the stick's folder and run the check. It needs no network.",
                ),
                ("p", "Linux or macOS:"),
                ("cmd", "sh verify.sh"),
                ("p", "Windows: right-click verify.ps1 and choose Run with PowerShell, or in PowerShell:"),
                ("cmd", "powershell -ExecutionPolicy Bypass -File verify.ps1"),
                (
                    "p",
                    'It must end with "All files are intact". If it reports FAILED or NOT LISTED, do not run the '
                    "program: ask the sender for a new copy. The check also prints the fingerprint of SHA256SUMS: "
                    "if the sender gave you that fingerprint by phone or letter, compare the two.",
                ),
            ],
        ),
        ("2. Start CyberAssess", start),
        (
            "3. Work",
            [
                (
                    "p",
                    "Every answer, note and evidence file is saved the moment you enter it (the status bar says "
                    '"Saved" once it is on disk); there is no Save button to forget. Keep the .cyberassess file on '
                    "the computer's disk while you work and copy it to the stick at the end of the day, or use "
                    "File > Save As. A file on a read-only stick opens read-only; Save As continues on a copy.",
                ),
            ],
        ),
        (
            "4. Portable mode: keep everything on the stick",
            [
                (
                    "p",
                    "Create an empty file named portable.txt next to the program (CyberAssess or CyberAssess.exe). "
                    "Settings, recent files, logs and signing keys are then kept in the folder CyberAssessData "
                    "beside it, and nothing is written to the computer. Without portable.txt the program writes "
                    "nothing next to itself (it runs from a read-only stick) and keeps its settings in your user "
                    "folder. Neither needs administrator rights.",
                ),
            ],
        ),
        (
            "5. Deliver",
            [
                (
                    "p",
                    "On the Export page: the signed PDF report (choose or create your .p12 signing key and its "
                    "passphrase) and the Excel matrix for the development partners. Anyone can check a report "
                    "offline, with any PDF reader's signature panel or with:",
                ),
                ("cmd", "CyberAssess verify REPORT.pdf"),
                (
                    "p",
                    "Everything the window does, the command line does too: CyberAssess --help (on Windows "
                    "cyberassess-cli.exe --help).",
                ),
            ],
        ),
    ]


def guide_text(version: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> str:
    title = f"CyberAssess {version} - quick guide"
    lines = [title, "=" * len(title), ""]
    for heading, blocks in sections:
        lines += [heading, "-" * len(heading)]
        for n, (kind, text) in enumerate(blocks):
            if kind == "cmd":
                lines += [f"    {text}", ""]
            elif kind == "item":
                lines += textwrap.wrap(text, 78, initial_indent="  - ", subsequent_indent="    ")
            else:
                lines += textwrap.wrap(text, 80)
                if n + 1 < len(blocks) and blocks[n + 1][0] == "p":
                    lines.append("")
        if lines[-1]:
            lines.append("")
    return "\n".join(lines) + "\n"


def write_guide_pdf(version: str, sections: list[tuple[str, list[tuple[str, str]]]], target: Path) -> None:
    """The quick guide as a printable A4 PDF, with the report's embedded fonts, palette and styles."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from cyberassess.report.fonts import MONO, SANS
    from cyberassess.report.styles import GREY, MARGIN_BOTTOM, MARGIN_X, MM, PALE, make_styles

    styles = make_styles(rtl=False)
    title = ParagraphStyle("guide_title", parent=styles.title, fontSize=22, leading=27, spaceAfter=2)
    body = ParagraphStyle("guide_body", parent=styles.body, fontSize=9, leading=12.3, spaceAfter=4)
    bullet = ParagraphStyle("guide_bullet", parent=styles.bullet, fontSize=9, leading=12.3, spaceAfter=2)
    heading = ParagraphStyle("guide_heading", parent=styles.h2, spaceBefore=8, spaceAfter=4)
    command = ParagraphStyle(
        "command", parent=styles.body, fontName=MONO, fontSize=8.5, leading=11, backColor=colors.HexColor(PALE),
        borderPadding=(3, 4, 3, 4), leftIndent=10, spaceBefore=2, spaceAfter=8,
    )  # fmt: skip

    def footer(canvas, doc) -> None:  # reportlab's page callback
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.HexColor(GREY))
        canvas.drawString(MARGIN_X, 12 * MM, f"CyberAssess {version} - quick guide - works offline")
        canvas.drawRightString(doc.pagesize[0] - MARGIN_X, 12 * MM, f"page {doc.page}")
        canvas.restoreState()

    story = [
        Paragraph(f"CyberAssess {escape(version)}", title),
        Paragraph("Quick guide for assessors: check, start, work, deliver", styles.subtitle),
        Spacer(1, 2),
    ]
    for title_text, blocks in sections:
        part = [Paragraph(escape(title_text), heading)]
        for kind, text in blocks:
            if kind == "cmd":
                part.append(Paragraph(escape(text), command))
            elif kind == "item":  # "name  what it is"
                name, _, what = text.partition("  ")
                line = f'<font name="{MONO}">{escape(name)}</font> \u2013 {escape(what)}'
                part.append(Paragraph(line, bullet, bulletText="\u2022"))
            else:
                part.append(Paragraph(escape(text), body))
        story.append(KeepTogether(part))
    doc = SimpleDocTemplate(
        str(target), pagesize=(595.2756, 841.8898), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=15 * MM, bottomMargin=MARGIN_BOTTOM, title=f"CyberAssess {version} quick guide",
        author="CyberAssess", subject="Quick guide", creator="CyberAssess installer/make_usb.py",
    )  # fmt: skip
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


VERIFY_SH = """#!/bin/sh
# Check every file of this USB folder against SHA256SUMS, offline (Linux, macOS): sh verify.sh
cd "$(dirname "$0")" || exit 2
if command -v sha256sum >/dev/null 2>&1; then sum="sha256sum"; else sum="shasum -a 256"; fi
[ -f SHA256SUMS ] || { echo "SHA256SUMS is missing: do not run the program."; exit 1; }
echo "Checking $(grep -c . SHA256SUMS) files ..."
out=$($sum -c SHA256SUMS 2>&1)
status=$?
printf '%s\\n' "$out" | grep -v ': OK$'
# Files added inside a program folder (a planted library would be loaded by the program).
added=0
listed=$(sed 's/^[0-9a-f]*  //' SHA256SUMS)
unlisted=$(for dir in CyberAssess-*; do
  [ -d "$dir" ] || continue
  find "$dir" -type f ! -path '*/CyberAssessData/*' ! -name portable.txt ! -name .DS_Store ! -name '._*' \
    ! -name Thumbs.db ! -name desktop.ini | while IFS= read -r f; do
    printf '%s\n' "$listed" | grep -qxF "$f" || echo "$f: NOT LISTED (added after the stick was made)"
  done
done)
if [ -n "$unlisted" ]; then printf '%s\n' "$unlisted"; added=1; fi
echo "Fingerprint of SHA256SUMS: $($sum SHA256SUMS | cut -d' ' -f1)"
if [ $status -eq 0 ] && [ $added -eq 0 ]; then
  echo "All files are intact."
  exit 0
fi
echo "Some files are damaged, missing or added: do not run the program; ask for a new copy."
exit 1
"""

VERIFY_PS1 = """# Check every file of this USB folder against SHA256SUMS, offline (Windows PowerShell 5 or later).
# Right-click > Run with PowerShell, or: powershell -ExecutionPolicy Bypass -File verify.ps1 [-NoPause]
param([switch]$NoPause)
$ErrorActionPreference = "Stop"
Set-Location -LiteralPath $PSScriptRoot
$failed = 0
$listed = @{}
$lines = @(Get-Content -LiteralPath "SHA256SUMS" -Encoding UTF8)
Write-Host "Checking $($lines.Count) files ..."
foreach ($line in $lines) {
    if ($line -notmatch '^([0-9a-f]{64}) [ *](.+)$') { continue }
    $expected = $Matches[1]; $file = $Matches[2]
    $listed[$file] = $true
    $path = Join-Path $PSScriptRoot ($file -replace '/', '\\')
    if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
        Write-Host "${file}: FAILED (missing)"; $failed++; continue
    }
    $actual = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLowerInvariant()
    if ($actual -ne $expected) { Write-Host "${file}: FAILED"; $failed++ }
}
# Files added inside a program folder (a planted DLL would be loaded by the program).
$root = (Get-Item -LiteralPath $PSScriptRoot).FullName.TrimEnd('\\') + '\\'
Get-ChildItem -LiteralPath $PSScriptRoot -Directory -Filter "CyberAssess-*" | ForEach-Object {
    Get-ChildItem -LiteralPath $_.FullName -Recurse -File -Force | ForEach-Object {
        $relative = $_.FullName.Substring($root.Length) -replace '\\\\', '/'
        $skip = ($relative -match '/CyberAssessData/') -or ($_.Name -like '._*') -or
            ($_.Name -in @('portable.txt', '.DS_Store', 'Thumbs.db', 'desktop.ini'))
        if (-not $skip -and -not $listed.ContainsKey($relative)) {
            Write-Host "${relative}: NOT LISTED (added after the stick was made)"; $failed++
        }
    }
}
$fingerprint = (Get-FileHash -LiteralPath "SHA256SUMS" -Algorithm SHA256).Hash.ToLowerInvariant()
Write-Host "Fingerprint of SHA256SUMS: $fingerprint"
if ($failed -eq 0) { Write-Host "All files are intact." } else {
    Write-Host "$failed file(s) are damaged, missing or added: do not run the program; ask for a new copy."
}
if (-not $NoPause) { Read-Host "Press Enter to close" | Out-Null }
if ($failed -eq 0) { exit 0 } else { exit 1 }
"""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def bundle_system(bundle: Path) -> str:
    """linux, windows or macos: from the bundle's layout and its executable's format."""
    if bundle.suffix == ".app" or (bundle / "Contents" / "MacOS").is_dir():
        return "macos"
    if (bundle / "CyberAssess.exe").is_file():
        return "windows"
    if (bundle / "CyberAssess").is_file():
        magic = (bundle / "CyberAssess").read_bytes()[:4]
        return "linux" if magic == b"\x7fELF" else "macos"  # Mach-O: a macOS onedir bundle
    raise SystemExit(f"make-usb: {bundle} is not a CyberAssess bundle; run installer/build first")


def zip_keeping_links(folder: Path, target: Path) -> None:
    """Zip ``folder`` (a macOS .app) with its symbolic links stored as links and its permissions kept."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted([folder, *folder.rglob("*")]):
            name = path.relative_to(folder.parent).as_posix()
            info = zipfile.ZipInfo(name + ("/" if path.is_dir() and not path.is_symlink() else ""))
            info.create_system = 3  # Unix: the external attributes carry the mode, and links
            mode = path.lstat().st_mode
            info.external_attr = (stat.S_IFMT(mode) | stat.S_IMODE(mode)) << 16
            if path.is_symlink():
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                archive.writestr(info, b"")
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, path.read_bytes())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, action="append", help="a built bundle (repeatable)")
    parser.add_argument("--setup", type=Path, action="append", default=[], help="a Windows setup program")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "usb")
    args = parser.parse_args()
    bundles = args.bundle or [ROOT / "dist" / "CyberAssess"]
    for bundle in bundles:
        if not bundle.exists():
            print(f"make-usb: no bundle at {bundle}; run installer/build first", file=sys.stderr)
            return 1
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)

    folders: dict[str, str] = {}
    for bundle in bundles:
        system = bundle_system(bundle)
        native = {"Linux": "linux", "Darwin": "macos", "Windows": "windows"}.get(platform.system()) == system
        name = f"CyberAssess-{__version__}-{system}" + (f"-{platform.machine().lower()}" if native else "")
        if system == "macos":
            zip_keeping_links(bundle, args.out / f"{name}.zip")  # FAT32/exFAT cannot hold the .app's links
        else:
            shutil.copytree(bundle, args.out / name, symlinks=False)  # regular files only: FAT32/exFAT sticks
        folders[system] = name
    for setup in args.setup:
        shutil.copy2(setup, args.out / setup.name)

    sections = guide(folders, [setup.name for setup in args.setup])
    (args.out / "QUICK-GUIDE.txt").write_text(guide_text(__version__, sections), encoding="utf-8")
    write_guide_pdf(__version__, sections, args.out / "QUICK-GUIDE.pdf")

    from cyberassess.demo import write_demo

    sample = args.out / SAMPLE
    sample.parent.mkdir()
    write_demo(sample)
    for leftover in sample.parent.iterdir():  # the document closes cleanly; no journal or lock beside it
        if leftover != sample:
            leftover.unlink()

    (args.out / "verify.sh").write_text(VERIFY_SH, encoding="utf-8", newline="\n")
    (args.out / "verify.sh").chmod(0o755)
    (args.out / "verify.ps1").write_text(VERIFY_PS1, encoding="ascii", newline="\r\n")
    files = sorted(p for p in args.out.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    lines = [f"{sha256(p)}  {p.relative_to(args.out).as_posix()}" for p in files]
    (args.out / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    total = sum(p.stat().st_size for p in files)
    print(f"USB folder: {args.out}  ({len(files) + 1} files, {total / 2**20:.0f} MB): {', '.join(folders.values())}")
    print(f"fingerprint of SHA256SUMS (give it to recipients by another channel): {sha256(args.out / 'SHA256SUMS')}")
    print(f"check it with: sh {args.out}/verify.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
