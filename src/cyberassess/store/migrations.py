"""Schema migrations: an ordered list of steps from each old version to the next.

Before migrating, :func:`migrate` has the caller write a backup copy; every step runs inside one
transaction together with the ``user_version`` bump, so a failed migration leaves the file as it
was. Add a step here (and a fixture in ``tests/fixtures/``) whenever :data:`SCHEMA_VERSION` grows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from .fileformat import SCHEMA_VERSION
from .framework_copy import fill_framework_copy, instruments_of_file_framework

Step = Callable[[sqlite3.Connection], None]


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema 2: remember where the assessor left off; keep merge provenance."""
    conn.execute("ALTER TABLE meta ADD COLUMN last_indicator_id VARCHAR")
    conn.execute(
        "CREATE TABLE merge_input ("
        " id INTEGER NOT NULL PRIMARY KEY, source_uuid VARCHAR NOT NULL, source_name VARCHAR NOT NULL,"
        " assessor VARCHAR NOT NULL, indicator_id VARCHAR NOT NULL, value VARCHAR NOT NULL,"
        " justification VARCHAR NOT NULL, confidence VARCHAR, updated_at VARCHAR NOT NULL,"
        " CONSTRAINT merge_input_once UNIQUE (source_uuid, indicator_id))"
    )


NARRATIVE_INPUT_DDL = (
    "CREATE TABLE narrative_input ("
    " id INTEGER NOT NULL, source_uuid VARCHAR NOT NULL, source_name VARCHAR NOT NULL, assessor VARCHAR NOT NULL,"
    " section VARCHAR NOT NULL, text VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (id),"
    " CONSTRAINT narrative_input_once UNIQUE (source_uuid, section))"
)
"""Merge provenance of the narratives; not required on open (files made by pre-release builds of format 3
lack it: :meth:`.Assessment.record_narrative_inputs` creates it when missing)."""

_REVIEW_TABLES_V3 = (
    "CREATE TABLE mission ("
    " id INTEGER NOT NULL, mission_type VARCHAR, start_date VARCHAR, end_date VARCHAR,"
    " host VARCHAR NOT NULL, marking VARCHAR NOT NULL, status VARCHAR NOT NULL, limitations VARCHAR NOT NULL,"
    " PRIMARY KEY (id), CONSTRAINT mission_single_row CHECK (id = 1),"
    " CONSTRAINT mission_type CHECK (mission_type IS NULL OR"
    " mission_type IN ('self-assessment','peer-review','ncr-mission','follow-up')),"
    " CONSTRAINT mission_status CHECK (status IN ('draft','final')))",
    "CREATE TABLE team_member ("
    " id INTEGER NOT NULL, name VARCHAR NOT NULL, role VARCHAR NOT NULL, organisation VARCHAR NOT NULL,"
    " PRIMARY KEY (id))",
    "CREATE TABLE consulted ("
    " id INTEGER NOT NULL, institution VARCHAR NOT NULL, name VARCHAR NOT NULL, role VARCHAR NOT NULL,"
    " date VARCHAR, place VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE document_reviewed ("
    " id INTEGER NOT NULL, title VARCHAR NOT NULL, issuer VARCHAR NOT NULL, date VARCHAR, evidence_id INTEGER,"
    " evidence_sha256 VARCHAR, PRIMARY KEY (id))",
    "CREATE TABLE narrative ("
    " section VARCHAR NOT NULL, text VARCHAR NOT NULL, assessor VARCHAR NOT NULL, updated_at VARCHAR NOT NULL,"
    " PRIMARY KEY (section))",
    NARRATIVE_INPUT_DDL,
    "CREATE TABLE action ("
    " id INTEGER NOT NULL, title VARCHAR NOT NULL, indicator_ids VARCHAR NOT NULL, owner VARCHAR NOT NULL,"
    " partners VARCHAR NOT NULL, horizon VARCHAR, effort VARCHAR, cost_amount FLOAT,"
    " cost_currency VARCHAR NOT NULL, priority INTEGER, status VARCHAR NOT NULL, notes VARCHAR NOT NULL,"
    " updated_at VARCHAR NOT NULL, PRIMARY KEY (id),"
    " CONSTRAINT action_horizon CHECK (horizon IS NULL OR horizon IN ('short','medium','long')),"
    " CONSTRAINT action_effort CHECK (effort IS NULL OR effort IN ('low','medium','high')),"
    " CONSTRAINT action_status CHECK (status IN ('planned','in-progress','done','dropped')))",
    "CREATE TABLE treaty_entry ("
    " provision VARCHAR NOT NULL, national_provision VARCHAR NOT NULL, compliance VARCHAR NOT NULL,"
    " note VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (provision),"
    " CONSTRAINT treaty_compliance CHECK (compliance IN ('full','partial','none','not-assessed')))",
)


_FRAMEWORK_TABLES_V3 = (
    "CREATE TABLE framework_copy (id INTEGER NOT NULL PRIMARY KEY, framework_id VARCHAR NOT NULL,"
    " version VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, data BLOB NOT NULL,"
    " CONSTRAINT single_framework_copy CHECK (id = 1))",
    "CREATE TABLE retired_answer (id INTEGER NOT NULL PRIMARY KEY, framework_version VARCHAR NOT NULL,"
    " indicator_id VARCHAR NOT NULL, question TEXT NOT NULL, value VARCHAR, justification VARCHAR NOT NULL,"
    " confidence VARCHAR, assessor VARCHAR NOT NULL, updated_at VARCHAR NOT NULL)",
)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Schema 3: the review record (mission, team, consulted, documents, narratives and their merge
    provenance, action plan, treaty table), the copy of the framework the file was answered against,
    and answers retired by framework upgrades.

    The DDL is frozen here as it was in version 3, whatever the models become later.
    """
    for ddl in _REVIEW_TABLES_V3 + _FRAMEWORK_TABLES_V3:
        conn.execute(ddl)
    fill_framework_copy(conn)


_BASELINE_TABLES_V4 = (
    "CREATE TABLE baseline ("
    " id INTEGER NOT NULL, file_uuid VARCHAR NOT NULL, file_name VARCHAR NOT NULL, country VARCHAR NOT NULL,"
    " mission VARCHAR NOT NULL, assessors VARCHAR NOT NULL, framework_id VARCHAR NOT NULL,"
    " framework_version VARCHAR NOT NULL, target_stage INTEGER NOT NULL, created_at VARCHAR NOT NULL,"
    " modified_at VARCHAR NOT NULL, start_date VARCHAR, end_date VARCHAR, scores VARCHAR NOT NULL,"
    " linked_at VARCHAR NOT NULL, linked_by VARCHAR NOT NULL,"
    " PRIMARY KEY (id), CONSTRAINT baseline_single_row CHECK (id = 1))",
    "CREATE TABLE baseline_answer ("
    " indicator_id VARCHAR NOT NULL, value VARCHAR, justification VARCHAR NOT NULL, confidence VARCHAR,"
    " assessor VARCHAR NOT NULL, updated_at VARCHAR NOT NULL, PRIMARY KEY (indicator_id),"
    " CONSTRAINT baseline_answer_value CHECK (value IS NULL OR value IN ('1','2','3','4','5','na','unknown')))",
    "CREATE TABLE carried_over (indicator_id VARCHAR NOT NULL, PRIMARY KEY (indicator_id))",
    "CREATE TABLE carried_action ("
    " action_id INTEGER NOT NULL, baseline_action_id INTEGER NOT NULL, baseline_status VARCHAR NOT NULL,"
    " PRIMARY KEY (action_id))",
)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Schema 4: a follow-up's link to its baseline (details, scores, answers), and what is carried over.

    The DDL is frozen here as it was in version 4, whatever the models become later.
    """
    for ddl in _BASELINE_TABLES_V4:
        conn.execute(ddl)


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """Schema 5: the instruments that apply to the assessment's country (``meta.instruments``).

    A file made before the choice existed showed every instrument of its framework; it gets
    exactly those, so that its guidance, report and treaty table stay as they were. The ids are
    read from the file's framework copy (or the archived or installed framework with its hash);
    with none of them, the column stays NULL, which also means "every instrument".
    """
    conn.execute("ALTER TABLE meta ADD COLUMN instruments VARCHAR")
    ids = instruments_of_file_framework(conn)
    if ids is not None:
        conn.execute("UPDATE meta SET instruments = ?", (json.dumps(list(ids)),))


STEPS: dict[int, Step] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}


def migrate(conn: sqlite3.Connection, from_version: int) -> int:
    """Bring ``conn`` from ``from_version`` to :data:`SCHEMA_VERSION`; returns the new version."""
    version = from_version
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < SCHEMA_VERSION:
            STEPS[version](conn)
            version += 1
        conn.execute("UPDATE meta SET schema_version = ?", (version,))
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return version
