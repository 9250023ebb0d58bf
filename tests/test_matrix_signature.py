"""A signed matrix proves its answers, assessors and times; an unkeyed hash is never presented as proof.

The attack: edit answers, write a future time and an assessor's name, compute the unkeyed hashes
again. Before signing, the import said "unchanged since the export" and ``--prefer newer`` took the
forged answers.
"""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from cyberassess.cli import main
from cyberassess.matrix import apply_import, export_matrix, merge, plan_import, read_matrix
from cyberassess.matrix import layout as L
from cyberassess.matrix import signature as S
from cyberassess.report import SigningKeyError, create_key
from cyberassess.report.keys import KeyInfo, LoadedKey, describe_certificate, open_key
from cyberassess.store import Assessment

PASS = b"matrix-passphrase"
FUTURE = "2099-12-31T23:59:59+00:00"


@pytest.fixture
def answered(mini_doc: Assessment) -> Assessment:
    mini_doc.set_answer("D1.1.1", 2, justification="two", confidence="low", assessor="Ada")
    mini_doc.set_answer("D1.1.2", 3, justification="three", assessor="Ada")
    return mini_doc


@pytest.fixture
def key(tmp_path: Path) -> LoadedKey:
    create_key(tmp_path / "ada.p12", name="Ada Assessor", org="Mission", passphrase=PASS)
    return open_key(tmp_path / "ada.p12", PASS)


def _indicator_rows(wb: Any) -> dict[str, tuple[Any, int]]:
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=L.FIRST_ROW):
            value = row[0].value
            if isinstance(value, str) and value.count(".") == 2 and ws.title[:1] == "D":
                found[value] = (ws, row[0].row)
    return found


def forge(matrix: Path, indicator_id: str, stage: int, assessor: str, at: str) -> None:
    """What an attacker does: change an answer, its assessor and time, then recompute every unkeyed hash."""
    wb = openpyxl.load_workbook(matrix)
    rows = _indicator_rows(wb)
    ws, number = rows[indicator_id]
    col = L.COLUMN_INDEX
    ws.cell(number, col["level"]).value = stage
    ws.cell(number, col["justification"]).value = "forged"
    ws.cell(number, col["assessor"]).value = assessor
    ws.cell(number, col["updated_at"]).value = at
    parser = L.ValueParser(_framework())
    cells, checksums = [], {}
    for iid, (sheet, n) in rows.items():
        value = parser.level(sheet.cell(n, col["level"]).value)
        confidence = parser.confidence(sheet.cell(n, col["confidence"]).value)
        answer = L.answer_cells(iid, value, sheet.cell(n, col["justification"]).value or "", confidence)
        cells.append(answer)
        checksums[f"row:{iid}"] = L.row_checksum(answer, (sheet.cell(n, col["assessor"]).value or "").strip())
    meta = next(w for w in wb.worksheets if w["A1"].value == L.MARKER)
    for line in meta.iter_rows(min_row=2):
        if line[0].value == "answers_sha256":
            line[1].value = L.answers_sha256(_framework(), cells)
        elif line[0].value in checksums:
            line[1].value = checksums[line[0].value]
    buffer = io.BytesIO()
    wb.save(buffer)
    matrix.write_bytes(buffer.getvalue())


def _framework() -> Any:
    from cyberassess.framework import get_framework

    return get_framework("mini")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


# ------------------------------------------------------------------ the attack, unsigned and signed
def test_a_forged_unsigned_matrix_is_never_called_unchanged_and_its_future_time_does_not_win(
    answered: Assessment, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    forge(matrix, "D1.1.1", 5, "Ada", FUTURE)
    plan = plan_import(answered, matrix)
    assert plan.hash_status == "unchanged"  # the unkeyed hash was recomputed: it cannot tell
    assert plan.signature.status == "unsigned" and not plan.times_proven
    conflict = next(c for c in plan.conflicts if c.indicator_id == "D1.1.1")
    assert conflict.theirs.updated_at == FUTURE and conflict.theirs.assessor == "Ada"
    apply_import(answered, plan, prefer="newer")
    assert answered.answers()["D1.1.1"].value == 2  # the forged future time is not believed
    code, text = _cli(capsys, "import-xlsx", str(answered.path), str(matrix), "--dry-run", "--prefer", "newer")
    assert code == 0
    assert "not signed: the hash shows only accidental changes, not tampering" in text
    assert "unchanged since the export" not in text
    assert "warning: 1 conflict(s) are settled by the matrix's times, which prove nothing" in text


def test_a_forged_signed_matrix_says_the_answers_were_changed_after_signing(
    answered: Assessment, tmp_path: Path, key: LoadedKey, capsys: pytest.CaptureFixture[str]
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=key)
    assert read_matrix(matrix).signature.signed
    forge(matrix, "D1.1.1", 5, "Ada", (datetime.now(UTC) - timedelta(seconds=1)).isoformat(timespec="seconds"))
    plan = plan_import(answered, matrix)
    assert plan.hash_status == "unchanged"
    assert plan.signature.status == "broken" and plan.signature.reason == "the answers were changed after signing"
    assert plan.signature.signer == "Ada Assessor" and not plan.times_proven
    _code, text = _cli(capsys, "import-xlsx", str(answered.path), str(matrix), "--dry-run", "--prefer", "newer")
    assert "signature does not match: the answers were changed after signing" in text
    assert "unchanged since signing" not in text and "warning:" in text


@pytest.mark.parametrize(
    ("cell", "value"),
    [("assessor", "Mallory"), ("updated_at", FUTURE), ("justification", "two, and more")],
)
def test_every_signed_cell_counts(answered: Assessment, tmp_path: Path, key: LoadedKey, cell: str, value: str) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=key)
    wb = openpyxl.load_workbook(matrix)
    ws, number = _indicator_rows(wb)["D1.1.1"]
    ws.cell(number, L.COLUMN_INDEX[cell]).value = value
    wb.save(matrix)
    assert read_matrix(matrix).signature.status == "broken"


@pytest.mark.parametrize(("field", "value"), [("country", "Elsewhere"), ("exported_at", FUTURE), ("signed_at", FUTURE)])
def test_the_signed_metadata_counts(
    answered: Assessment, tmp_path: Path, key: LoadedKey, field: str, value: str
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=key)
    wb = openpyxl.load_workbook(matrix)
    meta = next(w for w in wb.worksheets if w["A1"].value == L.MARKER)
    next(r for r in meta.iter_rows(min_row=2) if r[0].value == field)[1].value = value
    wb.save(matrix)
    assert read_matrix(matrix).signature.status == "broken"


def test_the_cover_name_counts_when_rows_name_no_assessor(mini_doc: Assessment, tmp_path: Path, key: LoadedKey) -> None:
    mini_doc.set_answer("D1.1.1", 2, justification="two")  # no assessor in the row: the cover's name would be used
    matrix = export_matrix(mini_doc, tmp_path / "m.xlsx", key=key)
    wb = openpyxl.load_workbook(matrix)
    cover = wb.worksheets[0]
    target = next(r[1] for r in cover.iter_rows() if r[0].value and "Filled in by" in str(r[0].value))
    target.value = "Mallory"
    wb.save(matrix)
    assert read_matrix(matrix).signature.status == "broken"


# ------------------------------------------------------------------ a good signature
def test_a_signed_export_is_signed_unchanged_and_its_key_known(
    answered: Assessment, tmp_path: Path, key: LoadedKey, capsys: pytest.CaptureFixture[str]
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=key)
    log = answered.reports()[-1]
    assert (log.kind, log.signer, log.certificate_sha256) == ("xlsx", "Ada Assessor", key.info.certificate_sha256)
    wb = openpyxl.load_workbook(matrix)  # opened and saved by a spreadsheet program, nothing changed
    wb.save(matrix)
    plan = plan_import(answered, matrix)
    assert plan.signature.signed and plan.times_proven and plan.signer_known
    assert plan.signature.certificate_sha256 == key.info.certificate_sha256
    code, text = _cli(capsys, "import-xlsx", str(answered.path), str(matrix), "--dry-run")
    assert code == 0 and "signed by Ada Assessor (Mission) (certificate SHA-256 " in text
    assert "unchanged since signing" in text and "the same key signed earlier exports" in text


def test_re_signing_with_another_key_in_the_same_name_shows_an_unknown_fingerprint(
    answered: Assessment, tmp_path: Path, key: LoadedKey, capsys: pytest.CaptureFixture[str]
) -> None:
    export_matrix(answered, tmp_path / "first.xlsx", key=key)  # the real signer's key is in the report log
    create_key(tmp_path / "fake.p12", name="Ada Assessor", org="Mission", passphrase=PASS)
    fake = open_key(tmp_path / "fake.p12", PASS)
    path = answered.path
    answered.close()
    with Assessment.open(path, read_only=True) as doc:  # the attacker's copy: nothing is logged in the original
        matrix = export_matrix(doc, tmp_path / "m.xlsx", key=fake)
    with Assessment.open(path) as doc:
        plan = plan_import(doc, matrix)
        assert plan.signature.signed and not plan.signer_known
        assert plan.signature.certificate_sha256 != key.info.certificate_sha256
    _code, text = _cli(capsys, "import-xlsx", str(path), str(matrix), "--dry-run")
    assert "this key signed no earlier export of this assessment: compare the certificate's fingerprint" in text


def test_elliptic_curve_keys_sign_too(answered: Assessment, tmp_path: Path) -> None:
    private = ec.generate_private_key(ec.SECP256R1())
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=_loaded(private, "EC Signer"))
    check = read_matrix(matrix).signature
    assert check.signed and check.signer == "EC Signer"


# ------------------------------------------------------------------ bad signatures
def test_a_weak_key_neither_signs_nor_proves(answered: Assessment, tmp_path: Path, key: LoadedKey) -> None:
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(SigningKeyError, match="RSA 1024 bits, too weak"):
        export_matrix(answered, tmp_path / "w.xlsx", key=_loaded(weak, "Weak"))
    fields = {"signature_algorithm": "rsa-pss-sha256"}
    data = b"anything"
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
    fields["signature"] = base64.b64encode(weak.sign(data, pss, hashes.SHA256())).decode()
    fields["signer_certificate"] = base64.b64encode(_certificate(weak, "Weak").public_bytes(Encoding.DER)).decode()
    check = S.verify(fields, data)
    assert check.status == "broken" and "too weak" in check.reason


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"signature": None}, "incomplete"),
        ({"signature": "not base64!"}, "not base64"),
        ({"signer_certificate": base64.b64encode(b"garbage").decode()}, "certificate cannot be read"),
        ({"signature_algorithm": "ed25519"}, "does not fit the signer's key"),
        ({"signature": base64.b64encode(bytes(384)).decode()}, "changed after signing"),
        ({"signer_certificate": "A" * 20_000}, "far too long"),
    ],
)
def test_damaged_signature_rows_are_broken_with_the_reason(
    answered: Assessment, tmp_path: Path, key: LoadedKey, change: dict[str, str | None], reason: str
) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=key)
    wb = openpyxl.load_workbook(matrix)
    meta = next(w for w in wb.worksheets if w["A1"].value == L.MARKER)
    for line in meta.iter_rows(min_row=2):
        if line[0].value in change:
            line[1].value = change[line[0].value]
    wb.save(matrix)
    check = read_matrix(matrix).signature
    assert check.status == "broken" and reason in check.reason, check


def test_certificate_text_is_escaped_where_it_is_shown(answered: Assessment, tmp_path: Path) -> None:
    private = ec.generate_private_key(ec.SECP256R1())
    matrix = export_matrix(answered, tmp_path / "m.xlsx", key=_loaded(private, "Eve\nVALID: Ada\x1b[2K"))
    text = read_matrix(matrix).signature.describe()
    assert "\n" not in text and "\x1b" not in text and "Eve\\nVALID: Ada\\x1b[2K" in text


# ------------------------------------------------------------------ merge and the command line
def test_merge_by_newer_warns_about_unsigned_workbooks(answered: Assessment, tmp_path: Path) -> None:
    matrix = export_matrix(answered, tmp_path / "m.xlsx")
    forge(matrix, "D1.1.1", 5, "Ada", FUTURE)
    other = tmp_path / "bea.cyberassess"
    with Assessment.create(other, country="Testland", mission="Unit", framework=answered.framework) as doc:
        doc.set_answer("D1.1.1", 1, justification="one", assessor="Bea")
    result = merge(tmp_path / "out.cyberassess", [other, matrix], prefer="newer")
    assert any("m.xlsx: not signed" in w and "anyone could have changed them" in w for w in result.warnings)
    with Assessment.open(tmp_path / "out.cyberassess", read_only=True) as doc:
        assert doc.answers()["D1.1.1"].value == 1  # the forged future time lost


def test_export_xlsx_with_a_key_on_the_command_line(
    answered: Assessment, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_key(tmp_path / "k.p12", name="Ada Assessor", org="", passphrase=PASS)
    path = answered.path
    answered.close()
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", PASS.decode())
    code, text = _cli(
        capsys, "export-xlsx", str(path), "-o", str(tmp_path / "s.xlsx"), "--key", str(tmp_path / "k.p12")
    )
    assert code == 0 and "(signed by Ada Assessor)" in text and "certificate SHA-256:" in text
    assert read_matrix(tmp_path / "s.xlsx").signature.signed
    code, text = _cli(
        capsys, "export-xlsx", "--blank", "-o", str(tmp_path / "b.xlsx"), "--key", str(tmp_path / "k.p12")
    )
    assert code == 1 and "a blank matrix has none" in text
    monkeypatch.setenv("CYBERASSESS_PASSPHRASE", "wrong passphrase")
    code, text = _cli(
        capsys, "export-xlsx", str(path), "-o", str(tmp_path / "t.xlsx"), "--key", str(tmp_path / "k.p12")
    )
    assert code == 1 and "passphrase" in text and not (tmp_path / "t.xlsx").exists()


# ------------------------------------------------------------------ helpers
def _certificate(private: Any, name: str) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(private, hashes.SHA256())
    )


def _loaded(private: Any, name: str) -> LoadedKey:
    certificate = _certificate(private, name)
    info: KeyInfo = describe_certificate(certificate, Path("test.p12"))
    return LoadedKey(info=info, private_key=private, certificate=certificate)
