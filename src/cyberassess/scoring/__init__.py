"""Scoring: weighted maturity per dimension, coverage, gaps and capacity-building priorities."""

from .disagreement import Disagreement, find_disagreements
from .scores import DimensionChange, DimensionScore, Priority, ScoreCard, compare, score, score_assessment, stage_of

__all__ = [
    "DimensionChange",
    "DimensionScore",
    "Disagreement",
    "Priority",
    "ScoreCard",
    "compare",
    "find_disagreements",
    "score",
    "score_assessment",
    "stage_of",
]
