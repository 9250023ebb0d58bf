"""Protection commands: encrypt, decrypt, seal and unseal; document passphrases for every command.

Passphrases never come from a command-line argument. A document's passphrase comes from
``--doc-passphrase-file`` (``--passphrase-file`` for ``new``, ``encrypt`` and ``decrypt``, which
have no other), the ``CYBERASSESS_DOC_PASSPHRASE`` environment variable, or a prompt that does not
echo; every command that opens an encrypted document asks for it that way. A signing or recipient
key's passphrase comes from ``--passphrase-file`` or ``CYBERASSESS_PASSPHRASE`` as for ``export-pdf``.

``unseal`` exits 0 when the package is intact and its signature valid; every failure (wrong key,
damaged or altered package) is an error that writes nothing.
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
from ..safetext import printable, safe_name
from .report_commands import MAX_PASSPHRASE_FILE, read_passphrase

DOC_PASSPHRASE_ENV = "CYBERASSESS_DOC_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret
DOC_PASSPHRASE_OPTION = "--doc-passphrase-file"  # noqa: S105 - an option name
_DOCUMENT_POSITIONALS = frozenset({"path", "inputs", "paths", "baseline"})
_DOCUMENT_OPTIONS = frozenset({"assessment"})  # library search --assessment PATH
NO_RECOVERY = (
    "There is no recovery: without the passphrase nobody, not even CyberAssess, can read the assessment. "
    "Keep the passphrase apart from the file."
)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "encrypt",
        allow_abbrev=False,
        help="encrypt an assessment file in place (SQLCipher, AES-256)",
        description="Replace a plain assessment by an encrypted copy. The new passphrase is asked twice, or comes "
        f"from --passphrase-file or {DOC_PASSPHRASE_ENV}. {NO_RECOVERY} Copies made before stay readable, and the "
        "medium may keep the old bytes: for full protection create assessments with 'new --encrypt'.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT")
    p.add_argument("--passphrase-file", dest="doc_passphrase_file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_encrypt)

    p = sub.add_parser(
        "decrypt",
        allow_abbrev=False,
        help="write a plain (unencrypted) copy of an encrypted assessment",
        description="Write a plain copy of an encrypted assessment; the encrypted file is left as it is.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PLAIN.cyberassess")
    p.add_argument("--passphrase-file", dest="doc_passphrase_file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_decrypt)

    p = sub.add_parser(
        "seal",
        allow_abbrev=False,
        help="make a sealed handover package: signed by you, encrypted to each recipient",
        description="Build the signed report, the matrix and optionally the assessment file, with a manifest of "
        "SHA-256 sums, sign them with your key and encrypt them to every recipient's certificate (standard CMS, "
        "AES-256). Recipients open it with 'cyberassess unseal' or OpenSSL. The key's passphrase comes from "
        "--passphrase-file, CYBERASSESS_PASSPHRASE or a prompt.",
    )
    p.add_argument("path", type=Path, metavar="ASSESSMENT")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PACKAGE.p7m")
    p.add_argument("--to", type=Path, action="append", required=True, metavar="RECIPIENT.pem", help="repeatable")
    p.add_argument("--key", type=Path, required=True, metavar="SIGNER.p12", help="your signing key")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the key's passphrase from this file")
    p.add_argument("--include", default="pdf,xlsx", help="pdf, xlsx and/or assessment (default: %(default)s)")
    p.add_argument("--language", default="en", choices=SUPPORTED, help="language of report and matrix")
    p.add_argument("--force", action="store_true", help="replace an existing package")
    p.set_defaults(handler=cmd_seal)

    p = sub.add_parser(
        "unseal",
        allow_abbrev=False,
        help="open a sealed package into a new folder, checking its signature and every file",
        description="Decrypt a package with your key, check the sender's signature and every file's SHA-256, and "
        "write the files into a new folder. A wrong key, a damaged or an altered package writes nothing.",
    )
    p.add_argument("package", type=Path, metavar="PACKAGE.p7m")
    p.add_argument("--key", type=Path, required=True, metavar="RECIPIENT.p12", help="your key (PKCS#12)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="a new (or empty) folder")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the key's passphrase from this file")
    p.set_defaults(handler=cmd_unseal)


def add_document_passphrase_options(sub: Any) -> None:
    """Give every command that opens an assessment (a ``path`` or ``inputs`` argument) ``--doc-passphrase-file``."""
    for parser in sub.choices.values():
        actions = parser._actions  # argparse keeps no public list of a parser's arguments
        subgroups = [a for a in actions if isinstance(a, argparse._SubParsersAction)]
        for group in subgroups:
            add_document_passphrase_options(group)
        opens = any(
            (not a.option_strings and a.dest in _DOCUMENT_POSITIONALS) or a.dest in _DOCUMENT_OPTIONS for a in actions
        )
        if opens and not subgroups and not any(a.dest == "doc_passphrase_file" for a in actions):
            parser.allow_abbrev = False  # "--doc-pass SECRET" must not pass for the option's file name
            parser.add_argument(
                DOC_PASSPHRASE_OPTION,
                dest="doc_passphrase_file",
                type=Path,
                metavar="FILE",
                help=f"passphrase of an encrypted assessment (else {DOC_PASSPHRASE_ENV} or a prompt)",
            )


def _read_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_PASSPHRASE_FILE:
            raise InputError(f"{path.name} is too large to be a passphrase file.", "Put only the passphrase in it.")
        data = path.read_bytes().removesuffix(b"\n").removesuffix(b"\r")
    except OSError as exc:
        raise InputError(f"Cannot read the passphrase file {path}: {exc.strerror}.", "Check the path.") from None
    if not data:
        raise InputError(f"The passphrase file {path.name} is empty.", "Put the passphrase on its first line.")
    return data


def document_passphrase_source(args: argparse.Namespace) -> Any:
    """What :meth:`.Assessment.open` asks for an encrypted file: the file, the environment, or a prompt."""
    asked: dict[Path, bytes] = {}

    def source(path: Path) -> bytes | None:
        file = getattr(args, "doc_passphrase_file", None)
        if file is not None:
            return _read_file(file)
        env = os.environ.get(DOC_PASSPHRASE_ENV)
        if env:
            return env.encode("utf-8")
        where = path.resolve()
        if where in asked:
            return asked[where]
        if not sys.stdin.isatty():
            return None
        typed = getpass.getpass(f"Passphrase of {safe_name(path.name)}: ").encode("utf-8")
        if typed:
            asked[where] = typed
        return typed or None

    return source


def new_document_passphrase(args: argparse.Namespace, name: str) -> bytes:
    """The passphrase to encrypt a new or existing assessment with (checked; asked twice at a prompt)."""
    from ..store.cipher import check_new_passphrase

    if args.doc_passphrase_file is not None:
        return check_new_passphrase(_read_file(args.doc_passphrase_file))
    env = os.environ.get(DOC_PASSPHRASE_ENV)
    if env:
        return check_new_passphrase(env)
    if not sys.stdin.isatty():
        raise InputError(
            "No passphrase given and none can be asked for (no terminal).",
            f"Use --passphrase-file FILE or set {DOC_PASSPHRASE_ENV}.",
        )
    print(NO_RECOVERY, file=sys.stderr)
    first = getpass.getpass(f"New passphrase for {safe_name(name)}: ")
    check_new_passphrase(first)
    if getpass.getpass("Repeat the passphrase: ") != first:
        raise InputError("The two passphrases differ.", "Run the command again and type the same passphrase twice.")
    return first.encode("utf-8")


def cmd_encrypt(args: argparse.Namespace) -> int:
    from ..store import Assessment
    from ..store.cipher import is_encrypted
    from ..store.protect import encrypt_file

    if is_encrypted(args.path):
        raise InputError(f"{safe_name(args.path.name)} is already encrypted.", "Nothing to do.")
    Assessment.open(args.path, read_only=True).close()  # not an assessment: say so before asking anything
    passphrase = new_document_passphrase(args, args.path.name)
    encrypt_file(args.path, passphrase)
    print(f"encrypted {args.path} (SQLCipher, AES-256); it now opens only with its passphrase")
    print("  Copies made before stay readable; the medium may still hold the old bytes.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from ..store.protect import decrypt_file

    decrypt_file(args.path, args.output)
    print(f"wrote {args.output}: a plain copy anyone with the file can read; {args.path.name} is unchanged")
    return 0


def _describe_include(text: str) -> list[str]:
    return [part for part in text.split(",") if part.strip()]


def cmd_seal(args: argparse.Namespace) -> int:
    from ..report import format_fingerprint
    from ..report.keys import check_key_file, open_key
    from ..seal import load_certificate, seal_assessment
    from ..store import Assessment

    if args.output.exists() and not args.force:
        raise InputError(f"{args.output} already exists.", "Choose another name, or add --force to replace it.")
    recipients = [load_certificate(path) for path in args.to]  # before any passphrase is asked
    check_key_file(args.key)
    key = open_key(args.key, read_passphrase(args.passphrase_file, prompt=f"Passphrase of {args.key.name}: "))
    with Assessment.open(args.path) as doc:
        result = seal_assessment(
            doc,
            args.output,
            recipients=recipients,
            key=key,
            include=_describe_include(args.include),
            language=args.language,
        )
        read_only = doc.read_only_reason
    print(f"sealed {result.path} for {'; '.join(printable(r) for r in result.recipients)}")
    fingerprint = format_fingerprint(key.info.certificate_sha256)
    print(f"  signed by {printable(result.signer)} (certificate SHA-256 {fingerprint})")
    for item in result.files:
        print(f"  {item.sha256}  {printable(item.name)} ({item.size} bytes)")
    print(f"  package SHA-256: {result.sha256}")
    if not result.logged:
        print(f"  not recorded in the assessment's report log: it is read-only ({read_only})")
    return 0


def cmd_unseal(args: argparse.Namespace) -> int:
    from ..report import format_fingerprint
    from ..report.keys import check_key_file, open_key
    from ..seal import unseal_package

    check_key_file(args.key)
    passphrase = read_passphrase(args.passphrase_file, prompt=f"Passphrase of {args.key.name}: ")
    key = open_key(args.key, passphrase, purpose="decrypt")
    result = unseal_package(args.package, key, args.output)
    sealer = result.sealer
    who = f"{sealer.subject} ({sealer.organisation})" if sealer.organisation else sealer.subject
    print(f"INTACT: {safe_name(args.package.name)} is unchanged since it was sealed; its signature is valid.")
    print(f"  Sealed by: {printable(who)}")
    print(f"  Certificate SHA-256: {format_fingerprint(sealer.certificate_sha256)}")
    if sealer.self_signed:
        print("  The certificate is self-signed: compare this fingerprint with the one the sender gave you.")
    if sealer.signing_time is not None:
        print(f"  Sealed at: {sealer.signing_time:%Y-%m-%d %H:%M:%S} UTC (sender's clock)")
    if result.country:
        print(f"  Assessment: {printable(result.country)} ({printable(result.file_uuid)})")
    print(f"  {len(result.files)} file(s), every SHA-256 checked, written to {result.folder}:")
    for item in result.files:
        print(f"    {printable(item.name)} ({item.size} bytes)")
    return 0
