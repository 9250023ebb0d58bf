"""Report commands: export-pdf, export-docx, verify and key create.

Passphrases are never taken from a command-line argument (they would show in the process list and
the shell history): they come from ``--passphrase-file``, the ``CYBERASSESS_PASSPHRASE``
environment variable, or a prompt that does not echo.

``verify`` exits 0 for VALID, 1 for INVALID (also for a file that is not a readable PDF) and 2 for
UNSIGNED; a file that does not exist is an error (exit 1).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..i18n import SUPPORTED
from ..inputfile import read_regular_file
from ..safetext import printable
from .argtypes import int_range

PASSPHRASE_ENV = "CYBERASSESS_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret
MAX_PASSPHRASE_FILE = 4096


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export-pdf",
        allow_abbrev=False,  # "--passphrase SECRET" must not pass for --passphrase-file
        help="build the PDF report of an assessment, signed when a key is given",
        description="Build the assessment report as PDF (cover, executive summary, methodology, findings, action "
        "plan, annexes, sign-off). Without --key the report is unsigned and says so; "
        "with --key it carries a PAdES signature. The passphrase of the key comes from --passphrase-file, the "
        f"{PASSPHRASE_ENV} environment variable or a prompt.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT", help="the .cyberassess file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.pdf", help="the PDF file to write")
    p.add_argument("--key", type=Path, metavar="KEY.p12", help="sign with this PKCS#12 key file")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the key's passphrase from this file")
    p.add_argument("--language", default="en", choices=SUPPORTED, help="language of the report (default: %(default)s)")
    p.set_defaults(handler=cmd_export_pdf)

    register_docx(sub)

    p = sub.add_parser(
        "verify",
        help="check the signature of a PDF report (exit 0 VALID, 1 INVALID, 2 UNSIGNED)",
        description="Check a report's signature offline. Prints VALID, INVALID (and why) or UNSIGNED and exits "
        "0, 1 or 2. A file that is not a readable PDF is INVALID (exit 1).",
    )
    p.add_argument("pdf", type=Path, metavar="REPORT.pdf")
    p.set_defaults(handler=cmd_verify)

    key = sub.add_parser("key", help="signing keys for reports")
    key_sub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    p = key_sub.add_parser(
        "create",
        allow_abbrev=False,
        help="make a signing key with a self-signed certificate (PKCS#12, passphrase-protected)",
        description="Make an RSA 3072 signing key and a self-signed certificate in a PKCS#12 file protected by a "
        f"passphrase (asked twice, or from --passphrase-file or {PASSPHRASE_ENV}). An organisation-issued .p12 "
        "file can be used for signing as it is.",
    )
    p.add_argument("out", type=Path, metavar="OUT.p12")
    p.add_argument("--name", required=True, help="the signer's name, shown in PDF readers")
    p.add_argument("--org", default="", help="the signer's organisation")
    p.add_argument(
        "--valid-days",
        type=int_range(1, 3650),
        default=1095,
        help="validity of the certificate in days, 1 to 3650 (default: %(default)s)",
    )
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the new passphrase from this file")
    p.add_argument("--force", action="store_true", help="replace an existing key file")
    p.set_defaults(handler=cmd_key_create)

    p = key_sub.add_parser(
        "export-cert",
        allow_abbrev=False,
        help="write the certificate of a key (PEM) to share: to check your reports, or to seal packages to you",
        description="Write the certificate (public part) of a PKCS#12 key as PEM. Give it to the people who check "
        "your reports, or to those who seal handover packages to you; it holds no secret. The key's passphrase "
        f"comes from --passphrase-file, {PASSPHRASE_ENV} or a prompt.",
    )
    p.add_argument("key", type=Path, metavar="KEY.p12")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="CERT.pem")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the key's passphrase from this file")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_key_export_cert)


def register_docx(sub: Any) -> None:
    p = sub.add_parser(
        "export-docx",
        help="write the report as an editable Word draft (.docx) for the comment cycle",
        description="Write the same report as the PDF as a Word document, for the ministry's comments before "
        "the final, signed PDF. It is never signed; while the mission is a draft it says DRAFT on every page.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT", help="the .cyberassess file")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="REPORT.docx", help="the Word file to write")
    p.add_argument("--language", default="en", choices=SUPPORTED, help="language of the report (default: %(default)s)")
    p.set_defaults(handler=cmd_export_docx)


def cmd_export_docx(args: argparse.Namespace) -> int:
    from ..report import export_docx
    from ..store import Assessment

    with Assessment.open(args.path) as doc:
        result = export_docx(doc, args.output, language=args.language)
        read_only = doc.read_only_reason
    print(f"wrote {result.path} (Word draft for comments, not signed)")
    print(f"  SHA-256: {result.sha256}")
    if result.logged:
        print("  recorded in the assessment's report log")
    else:
        print(f"  not recorded in the assessment's report log: it is read-only ({read_only})")
    return 0


def _from_file(path: Path) -> bytes:
    data = read_regular_file(
        path,
        max_bytes=MAX_PASSPHRASE_FILE,
        what="a passphrase file",
        error=InputError,
        too_large_hint="Put only the passphrase in it.",
    )
    data = data.removesuffix(b"\n").removesuffix(b"\r")
    if not data:
        raise InputError(
            f"The passphrase file {printable(path.name)} is empty.", "Put the passphrase on its first line."
        )
    return data


def read_passphrase(passphrase_file: Path | None, *, prompt: str, confirm: bool = False) -> bytes:
    """The passphrase from the file, else the environment, else a prompt (twice when ``confirm``)."""
    if passphrase_file is not None:
        return _from_file(passphrase_file)
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env.encode("utf-8")
    if not sys.stdin.isatty():
        raise InputError(
            "No passphrase given and none can be asked for (no terminal).",
            f"Use --passphrase-file FILE or set {PASSPHRASE_ENV}.",
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the passphrase: ") != first:
        raise InputError("The two passphrases differ.", "Run the command again and type the same passphrase twice.")
    if not first:
        raise InputError("No passphrase given.", "Type the passphrase of the key.")
    return first.encode("utf-8")


def cmd_export_pdf(args: argparse.Namespace) -> int:
    from ..report import export_pdf, format_fingerprint
    from ..report.keys import check_key_file
    from ..store import Assessment

    passphrase = None
    if args.key is not None:
        check_key_file(args.key)  # a missing or damaged key file is reported before the passphrase is asked
        passphrase = read_passphrase(args.passphrase_file, prompt=f"Passphrase of {printable(args.key.name)}: ")
    with Assessment.open(args.path) as doc:
        result = export_pdf(doc, args.output, language=args.language, key_file=args.key, passphrase=passphrase)
        read_only = doc.read_only_reason
    state = f"signed by {printable(result.signer)}" if result.signed else "UNSIGNED (no --key given)"
    print(f"wrote {printable(result.path)} ({result.pages} pages, {state})")
    if result.signed and result.certificate_sha256:
        print(f"  certificate SHA-256: {format_fingerprint(result.certificate_sha256)}")
    print(f"  report SHA-256: {result.sha256}")
    if result.logged:
        print("  recorded in the assessment's report log")
    else:
        print(f"  not recorded in the assessment's report log: it is read-only ({read_only})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ..report import verify_pdf

    result = verify_pdf(args.pdf)
    print(result.summary())
    return result.exit_code


def cmd_key_create(args: argparse.Namespace) -> int:
    from ..report import create_key, format_fingerprint
    from ..report.keys import certificate_name

    if args.out.exists() and not args.force:
        raise InputError(
            f"{printable(args.out)} already exists.", "Choose another file name, or add --force to replace it."
        )
    certificate_name("signer's name", args.name)  # refused before the passphrase is asked
    certificate_name("organisation", args.org)
    prompt = f"New passphrase for {printable(args.out.name)}: "
    passphrase = read_passphrase(args.passphrase_file, prompt=prompt, confirm=True)
    info = create_key(
        args.out, name=args.name, org=args.org, passphrase=passphrase, valid_days=args.valid_days, overwrite=args.force
    )
    who = f"{info.subject} ({info.organisation})" if info.organisation else info.subject
    print(f"created {printable(info.path)}: signing key and self-signed certificate for {who}")
    print(f"  valid until {info.not_after:%Y-%m-%d}")
    print(f"  certificate SHA-256: {format_fingerprint(info.certificate_sha256)}")
    print("  Give this fingerprint to the people who will check your reports;")
    print("  keep the key file and its passphrase safe.")
    return 0


def cmd_key_export_cert(args: argparse.Namespace) -> int:
    from cryptography.hazmat.primitives.serialization import Encoding

    from ..atomicfile import write_bytes
    from ..report import format_fingerprint
    from ..report.keys import check_key_file, open_key
    from ..safetext import printable

    if args.output.exists() and not args.force:
        raise InputError(f"{args.output} already exists.", "Choose another name, or add --force to replace it.")
    if args.output.suffix.lower() in (".p12", ".pfx"):
        raise InputError("The certificate would be written over a key file name.", "Give a name ending in .pem.")
    check_key_file(args.key)
    key = open_key(
        args.key, read_passphrase(args.passphrase_file, prompt=f"Passphrase of {args.key.name}: "), purpose="decrypt"
    )
    try:
        write_bytes(args.output, key.certificate.public_bytes(Encoding.PEM))
    except OSError as exc:
        raise InputError(f"Could not write {args.output.name}: {exc.strerror}.", "Choose another folder.") from None
    info = key.info
    who = f"{info.subject} ({info.organisation})" if info.organisation else info.subject
    print(f"wrote {args.output}: the certificate of {printable(who)}, valid until {info.not_after:%Y-%m-%d}")
    print(f"  certificate SHA-256: {format_fingerprint(info.certificate_sha256)}")
    print("  It holds no secret: share it, and read the fingerprint to the recipient by another channel.")
    return 0
