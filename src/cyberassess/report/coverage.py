"""Does a PDF signature cover the whole file? Checked on the raw bytes, by position and form.

A PDF signature signs the file minus one gap, the signature value itself: ``/ByteRange
[0 a b c]`` names the signed bytes ``[0, a)`` and ``[b, b + c)``. "Unmodified since signing" holds
only when

* the first range starts at 0 and the second ends exactly at the end of the file (nothing was
  appended: no incremental update, no trailing bytes);
* the gap ``[a, b)`` is exactly one hex string ``<…>`` — the form every signer writes, because a
  hex string's length does not depend on its content — and nothing else;
* that hex string holds exactly the signature value the document's signature dictionary gives.

pyHanko's own "entire file" test compares lengths only (range lengths plus twice the value's
length plus two): a value rewritten as a shorter literal string ``(…)`` plus padding, sized to make
the sum match a file with an appended update, passes it (issue #14). This check does not trust
lengths; it reads the gap.
"""

from __future__ import annotations

from collections.abc import Sequence

_HEX_DIGITS = b"0123456789abcdefABCDEF"

APPENDED = (
    "The document was modified after signing: content was appended to the file (an incremental "
    "update), so what a reader shows may differ from what was signed."
)
NOT_WHOLE = "The signature does not cover the whole document."
GAP_FORGED = (
    "The document was modified after signing: the unsigned gap of the signature does not hold exactly "
    "the signature value as a hex string, the only form a signer writes; the file was rewritten to hide a change."
)


def coverage_problems(data: bytes, byte_range: Sequence[object], signature_value: bytes) -> list[str]:
    """The reasons why the signature does not cover all of ``data`` (none when it does).

    ``byte_range`` is the signature dictionary's /ByteRange as parsed; ``signature_value`` the
    bytes of its /Contents as the PDF parser decoded them.
    """
    values = list(byte_range)
    if len(values) != 4 or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values):
        return [NOT_WHOLE]
    start1, len1, start2, len2 = (int(v) for v in values)  # type: ignore[call-overload]
    if start1 != 0 or start2 <= len1 or start2 + len2 > len(data):
        return [NOT_WHOLE]
    problems: list[str] = []
    if start2 + len2 != len(data):
        problems.append(APPENDED)
    gap = data[len1:start2]
    digits = gap[1:-1]
    is_hex_string = (
        len(gap) >= 2
        and gap[:1] == b"<"
        and gap[-1:] == b">"
        and len(digits) % 2 == 0
        and not digits.translate(None, _HEX_DIGITS)
    )
    if not is_hex_string or bytes.fromhex(digits.decode("ascii")) != signature_value:
        problems.append(GAP_FORGED)
    return problems


__all__ = ["APPENDED", "GAP_FORGED", "NOT_WHOLE", "coverage_problems"]
