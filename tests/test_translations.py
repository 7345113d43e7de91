import gettext
import re
from pathlib import Path

import pytest

CATALOG = Path(__file__).resolve().parent.parent / "locale" / "zh_Hans" / "LC_MESSAGES"


def _unquote(lines: list[str]) -> str:
    return (
        "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(lines)))
        .encode()
        .decode("unicode_escape")
        .encode("latin-1")
        .decode("utf-8")
    )


def _po_entries() -> list[dict]:
    """Entries of the Chinese .po file (header and obsolete entries left out)."""
    entries = []
    for block in (CATALOG / "django.po").read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if not line.startswith("#~")]
        if not any(line.startswith("msgid ") for line in lines):
            continue
        entry: dict = {"flags": [line for line in lines if line.startswith("#,")]}
        current = None
        parts: dict[str, list[str]] = {}
        for line in lines:
            if line.startswith("#"):
                continue
            keyword = line.split(" ", 1)[0]
            if not line.startswith('"'):
                current = keyword
                parts[current] = [line.split(" ", 1)[1]]
            elif current:
                parts[current].append(line)
        entry.update({key: _unquote(value) for key, value in parts.items()})
        if entry["msgid"]:
            entries.append(entry)
    return entries


def test_every_message_has_a_chinese_translation():
    untranslated = [
        entry["msgid"]
        for entry in _po_entries()
        if not (entry.get("msgstr") or entry.get("msgstr[0]"))
    ]

    assert untranslated == []


def test_no_translation_is_left_fuzzy():
    fuzzy = [entry["msgid"] for entry in _po_entries() if any("fuzzy" in f for f in entry["flags"])]

    assert fuzzy == []


def test_compiled_catalog_matches_the_po_file():
    with (CATALOG / "django.mo").open("rb") as compiled_file:
        compiled = gettext.GNUTranslations(compiled_file)
    singular = [e for e in _po_entries() if "msgstr" in e and "msgctxt" not in e]

    stale = [e["msgid"] for e in singular if compiled.gettext(e["msgid"]) != e["msgstr"]]

    assert singular
    assert stale == []


@pytest.mark.django_db
def test_interface_is_chinese_by_default_and_english_under_en(client):
    chinese = client.get("/").content.decode()
    english = client.get("/en/").content.decode()

    assert "搜索" in chinese and "登录" in chinese
    assert "Search" in english and "Sign in" in english
