from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cyberassess import __version__
from cyberassess.cli import main
from cyberassess.framework import builtin_framework
from cyberassess.store import Assessment


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_new_answer_status_score(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "land.cyberassess"
    code, out, _ = run(
        capsys,
        "new",
        str(path),
        "--country",
        "Freedonia",
        "--mission",
        "NCR",
        "--assessor",
        "Ada",
        "--assessor",
        "Bo",
        "--target-stage",
        "4",
    )
    assert code == 0 and f"{len(builtin_framework().indicator_ids())} indicators" in out and "target stage 4" in out
    code, out, _ = run(capsys, "answer", str(path), "D3.1.1", "4", "--note", "Act 2019 s.4", "--confidence", "high")
    assert (code, out.strip()) == (0, "saved")
    code, out, _ = run(capsys, "answer", str(path), "D3.1.2", "na", "--assessor", "Bo")
    assert code == 0
    with Assessment.open(path, read_only=True) as doc:
        answers = doc.answers()
        assert answers["D3.1.1"].value == 4 and answers["D3.1.1"].assessor == "Ada"
        assert answers["D3.1.2"].value == "na" and answers["D3.1.2"].assessor == "Bo"
        assert doc.history()[-1].source == "cli"
    code, out, _ = run(capsys, "status", str(path))
    assert code == 0 and "Freedonia" in out and f"2/{len(builtin_framework().indicator_ids())}" in out
    code, out, _ = run(capsys, "score", str(path), "--json")
    data = json.loads(out)
    assert data["target_stage"] == 4 and data["rated"] == 1 and data["not_applicable"] == 1
    assert data["dimensions"][2]["score"] == 4.0


def test_demo_is_complete_and_varied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.cyberassess"
    assert run(capsys, "demo", str(path))[0] == 0
    with Assessment.open(path, read_only=True) as doc:
        values = [a.value for a in doc.answers().values()]
        assert len(values) == len(doc.framework.indicator_ids())
        assert values.count("na") >= 1 and values.count("unknown") >= 2
        assert {1, 2, 3, 4} <= {v for v in values if isinstance(v, int)}
        assert all(a.justification for a in doc.answers().values())
        assert len({e.indicator_id[:2] for e in doc.evidence()}) >= 4  # evidence files in several dimensions
    code, _, err = run(capsys, "demo", str(path))
    assert code == 1 and "already exists" in err
    assert run(capsys, "demo", str(path), "--force")[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["answer", "{f}", "D1.1.1", "7"], "not a valid answer"),
        (["answer", "{f}", "D99.1.1", "3"], "not an indicator"),
        (["answer", "{missing}", "D1.1.1", "3"], "no such file"),
        (["status", "{junk}"], "not a CyberAssess assessment"),
        (["new", "{f}", "--country", "X"], "already exists"),
        (["new", "{dir}/nofolder/x.cyberassess", "--country", "X"], "does not exist"),
        (["new", "{dir}/y.cyberassess", "--country", "X", "--framework", "nope"], "not installed"),
        (["framework", "check", "{dir}"], "no framework.yaml"),
    ],
)
def test_bad_input_gives_one_clear_line_and_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    f = tmp_path / "a.cyberassess"
    Assessment.create(f, country="X", mission="").close()
    junk = tmp_path / "junk.cyberassess"
    junk.write_bytes(os.urandom(3000))
    values = {"f": str(f), "missing": str(tmp_path / "missing.cyberassess"), "junk": str(junk), "dir": str(tmp_path)}
    code, _out, err = run(capsys, *[a.format(**values) for a in args])
    assert code != 0
    assert message in err
    assert "Traceback" not in err and err.startswith("cyberassess: error: ")


def test_answer_refuses_a_file_open_elsewhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.cyberassess"
    with Assessment.create(f, country="X", mission=""):
        code, out, err = run(capsys, "answer", str(f), "D1.1.1", "2")
    assert code == 1 and "open for editing" in err
    assert "saved" not in out


def test_framework_check_reports_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    from cyberassess.paths import resource

    code, out, _ = run(capsys, "framework", "check", str(resource("frameworks", "cybercrime-capacity")))
    assert code == 0 and "valid - 9 dimensions" in out
    assert "en: " in out and "(100%)" in out and "fr: " in out


def test_console_script_exit_codes(tmp_path: Path) -> None:
    junk = tmp_path / "junk.cyberassess"
    junk.write_text("not sqlite")
    result = subprocess.run(
        [sys.executable, "-m", "cyberassess", "status", str(junk)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("cyberassess: error:") and "Traceback" not in result.stderr
