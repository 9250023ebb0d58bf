"""The Excel matrix: export (signed or not) for upload, blank matrices for the field, import and merge.

openpyxl is imported by this package's modules only, never by the core, so the rest of the
application starts without it.
"""

from .archive import XML_HARDENED
from .errors import MatrixConflictError, MatrixError, UnsafeWorkbookError
from .importer import (
    PREFER_CHOICES,
    Conflict,
    ImportPlan,
    ImportResult,
    IncomingAnswer,
    Prefer,
    apply_import,
    plan_import,
)
from .merge import MergeConflict, MergeResult, merge
from .reader import MatrixContent, MatrixRow, RejectedRow, read_matrix
from .signature import SignatureCheck
from .writer import export_blank, export_matrix

__all__ = [
    "PREFER_CHOICES",
    "XML_HARDENED",
    "Conflict",
    "ImportPlan",
    "ImportResult",
    "IncomingAnswer",
    "MatrixConflictError",
    "MatrixContent",
    "MatrixError",
    "MatrixRow",
    "MergeConflict",
    "MergeResult",
    "Prefer",
    "RejectedRow",
    "SignatureCheck",
    "UnsafeWorkbookError",
    "apply_import",
    "export_blank",
    "export_matrix",
    "merge",
    "plan_import",
    "read_matrix",
]
