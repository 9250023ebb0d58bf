"""The app in English, French, Spanish and Arabic: translated, mirrored for Arabic, no clipped text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
KEYS = {  # one-letter answer keys: N/A, unknown, confidence high/medium/low, justification
    "en": "NUHMLJ",
    "fr": "NIEMFJ",  # non applicable, inconnu, élevée, moyenne, faible
    "es": "NDAMBJ",  # no aplicable, desconocido, alta, media, baja
    "ar": "NUHMLJ",  # Latin letters: Qt matches them on an Arabic layout too
}
MENUS = {
    "en": ["&File", "&Edit"],
    "fr": ["&Fichier", "É&dition"],
    "es": ["&Archivo", "&Edición"],
    "ar": ["&ملف", "&تحرير"],
}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_main_window_in_each_language(lang: str, demo_file: Path, tmp_path: Path) -> None:
    png = tmp_path / f"{lang}.png"
    env = {**os.environ, "CYBERASSESS_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.language_probe", lang, str(demo_file), str(png)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["menus"][:2] == MENUS[lang]
    assert seen["rtl"] is (lang == "ar")
    assert seen["clipped"] == []
    assert "".join(seen["keys"].values()) == KEYS[lang]
    assert len(set(KEYS[lang])) == len(KEYS[lang])  # no two answers share a key
    assert seen["confidence_after_keys"] == ["low", "high"]
    assert png.stat().st_size > 10_000


def test_every_translation_is_finished_and_compiled(tmp_path: Path) -> None:
    from defusedxml.ElementTree import parse

    translations = ROOT / "resources" / "translations"
    for lang in ("fr", "es", "ar"):
        ts = translations / f"app_{lang}.ts"
        messages = list(parse(ts).iter("message"))
        assert len(messages) > 300
        for message in messages:
            source, translation = message.findtext("source") or "", message.find("translation")
            assert translation is not None and translation.get("type") is None and (translation.text or "").strip(), (
                f"{ts.name}: {source!r} is not translated"
            )
            for token in ("{", "%1", "%n"):
                assert source.count(token) == (translation.text or "").count(token), f"{ts.name}: {source!r}"
            if "&" in source.replace("&&", ""):
                assert (translation.text or "").replace("&&", "").count("&") == 1, f"{ts.name}: accelerator {source!r}"
        compiled = tmp_path / f"{lang}.qm"
        lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(compiled)], check=True)
        assert compiled.read_bytes() == (translations / f"app_{lang}.qm").read_bytes(), f"app_{lang}.qm is stale"


def test_a_stage_card_keeps_its_badge_room_on_the_leading_side_through_changes(qtbot) -> None:
    """The card reacts to direction and font changes (through ``changeEvent``): Arabic puts the badge right."""
    from cyberassess.app.qt import QFont, Qt
    from cyberassess.app.stage_cards import ChoiceCard

    card = ChoiceCard(1, "1", "Stage 1", "Initial")
    qtbot.addWidget(card)

    def margins() -> tuple[int, int]:
        m = card.layout().contentsMargins()
        return m.left(), m.right()

    lead, trail = margins()
    assert lead > 2 * trail
    card.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert margins() == (trail, lead)
    bigger = QFont(card.font())
    bigger.setPointSizeF(card.font().pointSizeF() * 2)
    card.setFont(bigger)
    assert margins()[1] > lead  # room for the badge grows with the font
