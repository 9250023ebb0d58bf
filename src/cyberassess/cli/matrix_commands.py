"""Matrix commands (export-xlsx, import-xlsx, merge): registered by the Excel matrix feature."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """No matrix commands yet."""
