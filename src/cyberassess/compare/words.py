"""Words shared by the comparison's PDF and workbook, in the output's language (``t``: its gettext)."""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[..., str]

# Behind an action's current status: grey planned, amber in progress, green done, red dropped.
STATUS_TINTS = {"planned": "#ECECEC", "in-progress": "#F7EDC4", "done": "#D3F0DE", "dropped": "#F6D5D1"}


def kind_words(t: Translate) -> dict[str, str]:
    """How an indicator changed (:data:`.progress.CHANGE_KINDS`), in words."""
    return {
        "improved": t("Improved"),
        "declined": t("Declined"),
        "unchanged": t("Unchanged"),
        "newly-rated": t("Newly rated"),
        "no-longer-rated": t("No longer rated"),
        "not-rated": t("Not rated either time"),
    }


def status_words(t: Translate) -> dict[str, str]:
    """An action's status (:data:`cyberassess.store.ACTION_STATUSES`), in words."""
    return {"planned": t("Planned"), "in-progress": t("In progress"), "done": t("Done"), "dropped": t("Dropped")}
