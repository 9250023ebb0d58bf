"""Report commands (export-pdf, verify, key create): registered by the signed-report feature."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """No report commands yet."""
