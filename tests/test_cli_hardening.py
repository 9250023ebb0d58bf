"""Issue #14, the command line: closed pipes, numbers out of range, names a certificate cannot hold.

Each runs the real ``cyberassess`` in its own process: what a person (or a shell pipeline) sees.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cyberassess.errors import InputError
from cyberassess.report import create_key

PASSPHRASE = "correct horse battery"


def cli(*args: str, env_passphrase: bool = False) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, **({"CYBERASSESS_PASSPHRASE": PASSPHRASE} if env_passphrase else {})}
    return subprocess.run(
        [sys.executable, "-m", "cyberassess", *args], capture_output=True, text=True, timeout=120, check=False, env=env
    )


# ----------------------------------------------------------------------------- a reader that stops early
@pytest.mark.parametrize(
    "args",
    [["score", "{demo}"], ["status", "{demo}"], ["score", "{demo}", "--json"], ["framework", "list"]],
)
def test_output_into_a_closed_pipe_ends_quietly(demo_file: Path, args: list[str]) -> None:
    """``cyberassess score X | head -1``: the reader goes away; no 'internal error', no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cyberassess", *[a.format(demo=demo_file) for a in args]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like head after its first line: nobody reads any more
    errors = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert errors == ""
    assert code == 141  # as a shell reports a tool ended by SIGPIPE


def test_output_into_head_keeps_the_first_lines(demo_file: Path) -> None:
    run = subprocess.run(
        f"'{sys.executable}' -m cyberassess score '{demo_file}' | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.stdout.startswith("overall ") and run.stdout.count("\n") == 1
    assert run.stderr == ""


# ----------------------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["score", "{demo}", "--top", "-1"], "--top"),
        (["score", "{demo}", "--top", "0"], "--top"),
        (["score", "{demo}", "--top", "ten"], "--top"),
        (["new", "{dir}/x.cyberassess", "--country", "X", "--target-stage", "9"], "--target-stage"),
        (["new", "{dir}/x.cyberassess", "--country", "X", "--target-stage", "0"], "--target-stage"),
        (["key", "create", "{dir}/k.p12", "--name", "N", "--valid-days", "-5"], "--valid-days"),
    ],
)
def test_numbers_out_of_range_are_usage_errors(demo_file: Path, tmp_path: Path, args: list[str], option: str) -> None:
    run = cli(*[a.format(demo=demo_file, dir=tmp_path) for a in args])
    assert run.returncode == 2, run.stdout + run.stderr
    assert f"argument {option}:" in run.stderr
    assert "out of range" in run.stderr or "not a whole number" in run.stderr
    assert not (tmp_path / "x.cyberassess").exists() and not (tmp_path / "k.p12").exists()


def test_top_one_lists_one_priority(demo_file: Path) -> None:
    run = cli("score", str(demo_file), "--top", "1")
    assert run.returncode == 0
    assert "top 1 capacity-building priorities:" in run.stdout


# ----------------------------------------------------------------------------- evidence
def test_extracting_all_evidence_of_a_file_without_any_says_so(tmp_path: Path) -> None:
    created = cli("new", str(tmp_path / "empty.cyberassess"), "--country", "Nowhere")
    assert created.returncode == 0, created.stderr
    run = cli("evidence", str(tmp_path / "empty.cyberassess"), "--extract", "all", "--to", str(tmp_path))
    assert run.returncode == 1
    assert "There is no evidence in empty.cyberassess" in run.stderr
    assert "number all" not in run.stderr


# ----------------------------------------------------------------------------- key names
@pytest.mark.parametrize(
    ("name", "org", "message"),
    [
        ("A" * 100, "", "The signer's name is too long for a certificate (100 characters; at most 64)"),
        ("Ada", "O" * 65, "The organisation is too long for a certificate (65 characters; at most 64)"),
        ("Eve\x1b[31m", "", "The signer's name contains a control character (U+001B)"),
        ("Eve", "QA\nVALID: forged", "The organisation contains a control character (U+000A)"),
        ("Eve\u202egpj.exe", "", "The signer's name contains a right-to-left override (U+202E)"),
    ],
)
def test_key_names_a_certificate_cannot_hold_are_refused(tmp_path: Path, name: str, org: str, message: str) -> None:
    run = cli("key", "create", str(tmp_path / "k.p12"), "--name", name, "--org", org, env_passphrase=True)
    assert run.returncode == 1
    assert message in run.stderr
    assert "internal error" not in run.stderr and "\x1b" not in run.stderr
    assert not (tmp_path / "k.p12").exists()
    with pytest.raises(InputError):
        create_key(tmp_path / "k.p12", name=name, org=org, passphrase=PASSPHRASE.encode())


def test_a_name_of_64_characters_is_accepted(tmp_path: Path) -> None:
    info = create_key(tmp_path / "k.p12", name="N" * 64, org="O" * 64, passphrase=PASSPHRASE.encode())
    assert info.subject == "N" * 64 and info.organisation == "O" * 64


# ----------------------------------------------------------------------------- messages quote file names
def test_error_messages_escape_what_they_quote(tmp_path: Path) -> None:
    run = cli("status", str(tmp_path / "x\x1b[2J\nsaved.cyberassess"))
    assert run.returncode != 0
    assert "\x1b" not in run.stderr
    assert not any(line.startswith("saved") for line in run.stderr.splitlines())
