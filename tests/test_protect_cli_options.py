"""Every command that opens an assessment takes the encrypted file's passphrase from a file."""

from __future__ import annotations

from cyberassess.cli import build_parser


def test_commands_that_open_assessments_take_a_document_passphrase_file() -> None:
    sub = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in ("status", "score", "answer", "export-pdf", "export-xlsx", "merge", "compare", "follow-up", "mission"):
        assert "--doc-passphrase-file" in sub[name].format_help(), name
    library = sub["library"]._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert "--doc-passphrase-file" in library["search"].format_help()
