"""Every shipped language is complete, and every string the code shows is in the translation sources."""
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SOURCES = sorted((ROOT / "i18n").glob("*.ts"))
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
MARKED = re.compile(r"\btr\(|QT_TRANSLATE_NOOP|QT_TR_NOOP|\.translate\(")  # what lupdate extracts


def lupdate_inputs() -> list[Path]:
    """The files `make update-translations` gives lupdate (the Makefile's TRANSLATED)."""
    line = next(line for line in (ROOT / "Makefile").read_text("utf-8").splitlines()
                if line.startswith("TRANSLATED :="))
    return sorted(path for pattern in line.partition(":=")[2].split() for path in ROOT.glob(pattern))


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        texts = [translation.text] + [f.text for f in translation.findall("numerusform")]
        if translation.get("type") == "unfinished" or not any(t and t.strip() for t in texts):
            missing.append(message.find("source").text)
    return missing


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.name)
def test_shipped_language_is_complete(ts):
    assert unfinished(ts) == []


@pytest.mark.parametrize("ts", SOURCES, ids=lambda p: p.name)
def test_every_string_in_the_code_is_in_the_sources(ts, tmp_path):
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    subprocess.run([str(LUPDATE), *map(str, lupdate_inputs()), "-ts", str(copy)], check=True,
                   capture_output=True)
    assert unfinished(copy) == [], "run `make update-translations` and translate the new strings"


def test_lupdate_reads_every_file_with_strings_to_translate():
    marked = {path for path in (ROOT / "kiosk").rglob("*.py") if MARKED.search(path.read_text("utf-8"))}
    assert ROOT / "kiosk" / "adapters" / "vocabulary.py" in marked
    assert sorted(marked - set(lupdate_inputs())) == []


def test_simplified_and_traditional_chinese_and_english_ship():
    assert {p.stem for p in SOURCES} >= {"kiosk_zh_CN", "kiosk_zh_TW", "kiosk_en"}


def test_every_language_the_default_branch_offers_has_its_screens():
    from kiosk.core.config import default_branch
    from kiosk.core.languages import catalog

    for lang in default_branch().languages:
        assert (ROOT / "i18n" / f"kiosk_{catalog().find(lang).screens}.ts") in SOURCES, lang
