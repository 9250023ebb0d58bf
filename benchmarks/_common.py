"""Small helpers shared by the benchmark scripts: timing, percentiles and a scratch folder."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def scratch_dir(base: str | None = None) -> Path:
    """A temporary folder on the disk under test (default: the current folder's disk, not /tmp)."""
    return Path(tempfile.mkdtemp(prefix="cyberassess-bench-", dir=base or Path.cwd()))


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.3f} ms"


def summary(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), percentile(samples, 99), max(samples)
