"""Sealed handover packages: signed by the assessor, encrypted to each recipient (standard CMS).

* :func:`seal_assessment` builds a ``.p7m`` package of the report, the matrix and optionally the
  assessment file, with a manifest of SHA-256 sums.
* :func:`unseal_package` opens one into a new folder after checking the signature and every sum.
* :func:`load_certificate` reads a recipient's certificate (PEM or DER).

OpenSSL opens the same packages (``openssl cms -decrypt`` then ``openssl cms -verify``): see the
README. ``cryptography`` and ``asn1crypto`` are imported only when a package is made or opened.
"""

from .cms import Sealer, describe, load_certificate
from .errors import PackageDamagedError, SealError, WrongRecipientError
from .package import (
    DEFAULT_INCLUDE,
    INCLUDE_CHOICES,
    PACKAGE_SUFFIX,
    PackedFile,
    SealResult,
    UnsealResult,
    seal_assessment,
    unseal_package,
)

__all__ = [
    "DEFAULT_INCLUDE",
    "INCLUDE_CHOICES",
    "PACKAGE_SUFFIX",
    "PackageDamagedError",
    "PackedFile",
    "SealError",
    "SealResult",
    "Sealer",
    "UnsealResult",
    "WrongRecipientError",
    "describe",
    "load_certificate",
    "seal_assessment",
    "unseal_package",
]
