"""The last section: the sign-off block (prepared by, validated by) and the digital signature details."""

from __future__ import annotations

from ..keys import format_fingerprint
from ..model import Block, Cell, Heading, ItemList, KeyValues, ListItem, Paragraph, Section, Signatory, SignOff
from .context import Words, cell
from .front import team_names


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def signer_is_assessor(w: Words) -> bool:
    signer = w.data.signer
    if signer is None:
        return True
    people = [*team_names(w), *w.data.info.assessors]
    return any(_same_person(signer.name, name) for name in people)


def sign_off(w: Words) -> Section:
    t, d = w.t, w.data
    blocks: list[Block] = [Heading(t("Sign-off and authentication"), 1, "signature")]
    blocks.append(
        Paragraph(
            t(
                "The review team signs the report it prepared; the government counterpart signs to record that "
                "the report was validated with the host institutions."
            )
        )
    )
    prepared: list[Signatory] = []
    for member in d.review.team:
        prepared.append(Signatory(t("Prepared by"), member.name, member.role or member.organisation))
    if not prepared:
        prepared = [Signatory(t("Prepared by"), name, "") for name in d.info.assessors]
    if not prepared:
        prepared = [Signatory(t("Prepared by"), "", "")]
    host = d.review.mission.host.strip() if d.review.mission is not None else ""
    validated = Signatory(t("Validated by"), "", host or t("Government counterpart"))
    blocks.append(
        SignOff(
            (*prepared, validated),
            name_label=t("Name"),
            signature_label=t("Signature"),
            date_label=t("Date"),
            place_label=t("Place"),
        )
    )
    blocks.append(Heading(t("Digital signature"), 2, "signature-digital"))
    if d.signer is not None:
        signer = d.signer
        blocks.append(
            Paragraph(
                t(
                    "This report carries a digital signature (PAdES) made with the key of the signer below. Any "
                    "change to the file after signing, even of a single character, makes the signature invalid."
                )
            )
        )
        if not signer_is_assessor(w):
            blocks.append(
                Paragraph(
                    t(
                        "The signer, {name}, is not one of the assessors or members of the review team recorded "
                        "in this assessment. Make sure the signer was entitled to issue the report.",
                        name=signer.name,
                    ),
                    "warning",
                )
            )
        rows: list[tuple[str, Cell]] = [
            (t("Signed by"), Cell(signer.name, style="bold", user=True)),
            (t("Organisation"), Cell(signer.organisation or "–", user=True)),
            (t("Certificate SHA-256 fingerprint"), cell(format_fingerprint(signer.certificate_sha256), style="mono")),
            (t("Certificate valid until"), cell(w.date(signer.not_after))),
            (
                t("Certificate issuer"),
                cell(
                    t("Self-signed by the signer")
                    if signer.self_signed
                    else t("Issued by an organisation's certification authority")
                ),
            ),
        ]
        blocks.append(KeyValues(tuple(rows)))
        blocks.append(Heading(t("How to check it"), 3))
        steps = [
            t(
                "Open the report in a PDF reader and look at its signature panel: it must say that the document "
                "has not been modified since it was signed."
            ),
            t("Or run: cyberassess verify REPORT.pdf (it prints VALID, INVALID or UNSIGNED)."),
            t(
                "Compare the certificate fingerprint above with the one the signer gave you by another channel (in "
                "person, by letter, on an official website)."
            ),
        ]
        if signer.self_signed:
            steps.append(
                t(
                    "The certificate is self-signed: no authority vouches for the signer's identity, so a PDF "
                    "reader may call the signer \u201cunknown\u201d or \u201cnot trusted\u201d. The signature still "
                    "proves that the report is unchanged; the fingerprint check proves who signed it."
                )
            )
        blocks.append(ItemList("bullet", tuple(ListItem(s) for s in steps)))
    else:
        blocks.append(Paragraph(t("This report is not signed."), "warning"))
        blocks.append(
            Paragraph(
                t(
                    "It was exported without a signing key, so nothing in the file shows who produced it or that it "
                    "is unchanged. A signed copy can be made with: cyberassess export-pdf ASSESSMENT -o REPORT.pdf "
                    "--key KEY.p12"
                )
            )
        )
    blocks.append(
        Paragraph(
            t(
                "The SHA-256 of this PDF file is recorded in the report log of assessment {uuid}, so the assessors "
                "can confirm that a copy is the one they issued.",
                uuid=d.info.file_uuid,
            ),
            "note",
        )
    )
    return Section("signature", tuple(blocks))
