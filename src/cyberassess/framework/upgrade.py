"""Moving an assessment to a newer version of its framework: the declarative migration map and the plan.

A framework folder may hold ``migrations/<from>-to-<to>.yaml``, written by the framework's
authors::

    from: "1.0.0"
    to: "1.1.0"
    renamed: {D1.4.2: D9.3.3}            # old id -> new id (the answer moves)
    merged: [{from: [D5.1.3, D7.4.1], into: D5.1.3}]   # answers proposed for the assessor to confirm
    split: [{from: D4.4.2, into: [D4.4.2, D7.4.3]}]    # the answer proposed for each new indicator
    retired: [D2.4.9]                    # no longer assessed; answers stay readable in an annex

Every old indicator that is not in the new version must be renamed, merged, split or retired, and
every target must exist in the new version, or the map is refused. :func:`plan_upgrade` says, for
one assessment, what happens to each of its answers; the store applies the plan in one
transaction after writing a backup copy (:func:`cyberassess.store.upgrade.upgrade_framework`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FrameworkError
from .loader import framework_dirs
from .model import Framework, tr

MAP_FOLDER = "migrations"


@dataclass(frozen=True)
class MigrationMap:
    from_version: str
    to_version: str
    renamed: dict[str, str] = field(default_factory=dict)
    merged: tuple[tuple[tuple[str, ...], str], ...] = ()
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()
    retired: tuple[str, ...] = ()


@dataclass(frozen=True)
class Move:
    """What happens to one answered indicator of the old version."""

    kind: str  # "kept", "renamed", "merged", "split", "retired"
    old_id: str
    new_ids: tuple[str, ...]  # empty when retired


@dataclass(frozen=True)
class UpgradePlan:
    framework_id: str
    from_version: str
    to_version: str
    moves: tuple[Move, ...]
    added: tuple[str, ...]  # indicators new in this version (to be answered)
    reworded: tuple[str, ...]  # kept indicators whose question or stage descriptors changed

    def count(self, kind: str) -> int:
        return sum(1 for m in self.moves if m.kind == kind)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise FrameworkError(f"{where}: expected an indicator id or a list of ids.")


def parse_map(raw: Any, source: str) -> MigrationMap:
    """A migration map from its YAML data, with errors that name the file and the field."""
    if not isinstance(raw, dict) or not {"from", "to"} <= raw.keys():
        raise FrameworkError(f"{source}: a migration map needs 'from' and 'to' versions.")
    unknown = set(raw) - {"from", "to", "renamed", "merged", "split", "retired", "notes"}
    if unknown:
        raise FrameworkError(f"{source}: unknown field(s) {', '.join(sorted(unknown))}.")
    renamed = raw.get("renamed") or {}
    if not isinstance(renamed, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in renamed.items()):
        raise FrameworkError(f"{source}: 'renamed' must map old ids to new ids.")
    merged, split = [], []
    for n, entry in enumerate(raw.get("merged") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("into"), str):
            raise FrameworkError(f"{source}: merged[{n}] needs 'from' (ids) and 'into' (one id).")
        merged.append((_strings(entry.get("from"), f"{source}: merged[{n}].from"), entry["into"]))
    for n, entry in enumerate(raw.get("split") or []):
        if not isinstance(entry, dict) or not isinstance(entry.get("from"), str):
            raise FrameworkError(f"{source}: split[{n}] needs 'from' (one id) and 'into' (ids).")
        split.append((entry["from"], _strings(entry.get("into"), f"{source}: split[{n}].into")))
    retired = _strings(raw.get("retired") or [], f"{source}: retired")
    return MigrationMap(str(raw["from"]), str(raw["to"]), dict(renamed), tuple(merged), tuple(split), retired)


def find_map(target: Framework, from_version: str) -> MigrationMap | None:
    """The map from ``from_version`` to ``target``'s version, from the target's framework folder."""
    import yaml

    for folder in framework_dirs():
        path = folder / MAP_FOLDER / f"{from_version}-to-{target.version}.yaml"
        if path.is_file() and _folder_id(folder) == target.id:
            return parse_map(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
    return None


def _folder_id(folder: Path) -> str | None:
    from .loader import load_framework

    try:
        return load_framework(folder).id
    except FrameworkError:
        return None


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def _texts(fw: Framework, indicator_id: str) -> tuple[str, ...]:
    ind = fw.indicator(indicator_id)
    return (tr(ind.question), *(tr(ind.stages[level]) for level in sorted(ind.stages)))


def plan_upgrade(old: Framework, new: Framework, mapping: MigrationMap | None, answered: set[str]) -> UpgradePlan:
    """What moving an assessment with answers for ``answered`` from ``old`` to ``new`` does.

    Refuses a different framework, a downgrade, and a map that does not account for every
    indicator that disappears or that points at indicators the new version does not have.
    """
    if old.id != new.id:
        raise FrameworkError(f"Framework '{old.id}' cannot be upgraded to another framework ('{new.id}').")
    if _version_key(new.version) < _version_key(old.version):
        raise FrameworkError(
            f"The assessment uses {old.id} {old.version}, newer than the installed {new.version}.",
            "Update CyberAssess instead; an assessment is never moved to an older framework.",
        )
    old_ids, new_ids = set(old.indicator_ids()), set(new.indicator_ids())
    mapping = mapping or MigrationMap(old.version, new.version)
    targets: dict[str, tuple[str, tuple[str, ...]]] = {}
    for old_id, new_id in mapping.renamed.items():
        targets[old_id] = ("renamed", (new_id,))
    for sources, into in mapping.merged:
        for old_id in sources:
            targets[old_id] = ("merged", (into,))
    for old_id, intos in mapping.split:
        targets[old_id] = ("split", intos)
    for old_id in mapping.retired:
        targets[old_id] = ("retired", ())
    source = f"migration map {mapping.from_version} to {mapping.to_version} of {new.id}"
    for old_id, (_kind, intos) in targets.items():
        if old_id not in old_ids:
            raise FrameworkError(f"{source}: {old_id} is not an indicator of version {old.version}.")
        missing = [i for i in intos if i not in new_ids]
        if missing:
            raise FrameworkError(f"{source}: {', '.join(missing)} is not an indicator of version {new.version}.")
    gone = sorted(old_ids - new_ids - set(targets))
    if gone:
        raise FrameworkError(
            f"Framework {new.id} {new.version} no longer has {', '.join(gone[:5])}"
            f"{' …' if len(gone) > 5 else ''}, and no migration map says where their answers go.",
            "The framework's authors must add them to its migration map; nothing was changed.",
        )
    moves = []
    for old_id in old.indicator_ids():
        if old_id not in answered:
            continue
        kind, intos = targets.get(old_id, ("kept", (old_id,)))
        moves.append(Move(kind, old_id, intos))
    reachable = {i for m in targets.values() for i in m[1]} | (old_ids & new_ids)
    added = tuple(i for i in new.indicator_ids() if i not in reachable)
    reworded = tuple(
        i for i in new.indicator_ids() if i in old_ids and i not in targets and _texts(old, i) != _texts(new, i)
    )
    return UpgradePlan(new.id, old.version, new.version, tuple(moves), added, reworded)
