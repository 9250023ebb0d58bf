"""Scoring: weighted maturity per dimension, coverage, gaps and capacity-building priorities."""

from .scores import DimensionChange, DimensionScore, Priority, ScoreCard, compare, score, score_assessment, stage_of

__all__ = ["DimensionChange", "DimensionScore", "Priority", "ScoreCard", "compare", "score", "score_assessment", "stage_of"]
