"""The review record on :class:`.Assessment`: what the assessors write beside the answers (schema 3).

:class:`ReviewRecordMixin` gathers :class:`.review_mission.MissionMixin` (the mission record, the
team, the institutions consulted, the documents reviewed) and :class:`.review_plan.PlanMixin`
(the narratives, the action plan, the treaty-compliance table). Every edit is one
``BEGIN IMMEDIATE`` transaction with its history row (actions ``mission``, ``team-add``,
``team-edit``, ``team-remove``, ``consulted-…``, ``document-…``, ``narrative``, ``action-add``,
``action-edit``, ``action-remove``, ``treaty``; old and new as JSON), checked before anything is
written: a refused value leaves the file as it was.
"""

from __future__ import annotations

from .review_mission import MissionMixin
from .review_plan import PlanMixin


class ReviewRecordMixin(MissionMixin, PlanMixin):
    """The review record's methods of :class:`.Assessment`."""
