"""The hostile-input corpus: one shared list of values every form field, query parameter, JSON
body and upload of the site is tried with (test_hostile_input.py). No value may produce a 500,
and no markup may come back unescaped.
"""

import csv
import io
import json
import zipfile

from tests.disclosure.test_list_import import xlsx_bytes

# Markers that must never appear raw in an HTML response: the markup of the payloads below.
XSS_SCRIPT = '<script>alert("cphub-xss")</script>'
XSS_ATTRIBUTE = '"><img src=x onerror=alert("cphub-xss")>'
RAW_MARKUP = ('<script>alert("cphub-xss")', '<img src=x onerror=alert("cphub-xss")')

LONG = "长" * 50_000 + "A" * 50_000  # 100,000 characters

# (what it tries, value). Every value goes to all fields of every form at once, and to every
# query parameter; the CORE values also to each field on its own where a view reads fields one
# by one (query parameters, small hand-written forms). Classes that cannot hide each other
# share a value, which keeps the corpus short enough to run on every page.
STRINGS: list[tuple[str, str]] = [
    ("quotes", "'\""),
    ("markup", XSS_ATTRIBUTE + XSS_SCRIPT),
    ("SQL and FTS operators", "') OR 1=1 -- AND OR NOT * \"phrase col:x ^ & | ! <-> :* NEAR("),
    ("NUL", "a\x00b"),
    # Apart from NUL, which the site refuses before any view (core.nul_guard) and would hide
    # what these do.
    ("control bytes and line breaks", "a\x01\x08\x0b\x1b\x7f\r\nb\u2028"),
    ("very long", LONG),
    (
        "RTL marks, emoji, CJK Extension B, template syntax, path traversal",
        "\u202eabc\u200f😀𠮷\U0002a6a5 {{ 7*7 }}{% now %}${7*7}%s ../../../etc/passwd",
    ),
    ("number too large for a float", "1e309"),
    ("negative", "-1"),
    ("2**63", str(2**63)),
    ("huge integer", "9" * 400),
    ("not a number", "NaN"),
    ("superscript digit", "²"),
    ("impossible date", "2024-02-30"),
]

# Each field on its own gets the values that break a parser reading one field at a time;
# markup and the rest already reach every field in the all-at-once sweep, where a page that
# echoes any field unescaped is caught.
CORE = {"quotes", "NUL", "2**63", "superscript digit"}
CORE_STRINGS = [(label, value) for label, value in STRINGS if label in CORE]
# Text taken from an address (a code, a number, a token) is looked up, not parsed field by
# field: the values that reach lookups in new ways.
PATH = CORE | {
    "single quote",
    "SQL and FTS operators",
    "very long",
    "RTL marks, emoji and CJK Extension B",
}
PATH_STRINGS = [(label, value) for label, value in STRINGS if label in PATH]


def short(value: object, limit: int = 40) -> str:
    """A payload as a failure message names it."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}…({len(text)} chars)"


# --- JSON -------------------------------------------------------------------------------------

# Values of the wrong type where a string (or a number) is expected.
JSON_VALUES: list[tuple[str, object]] = [
    ("null", None),
    ("true", True),
    ("list", ["a", "b"]),
    ("object", {"a": 1}),
    ("empty list", []),
    ("empty object", {}),
    ("float", 1.5),
    ("huge float", 1e308),
    ("negative", -1),
    ("2**63", 2**63),
    ("nested", [[[[{"a": [None]}]]]]),
    ("script tag", XSS_SCRIPT),
    ("NUL byte", "a\x00b"),
    ("very long", LONG),
    ("emoji and CJK Extension B", "😀𠮷"),
]

# Bodies that are not the JSON a client should send.
RAW_JSON_BODIES: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("not JSON", b"{'codes': ["),
    ("invalid UTF-8", b'{"codes": ["\xff\xfe"]}'),
    ("UTF-16", json.dumps({"codes": ["A"]}).encode("utf-16")),
    ("NaN", b"[NaN, Infinity, -Infinity]"),
    ("number too large", b'{"codes": [1e309], "position": 1e309}'),
    ("deeply nested", b"[" * 100_000 + b"]" * 100_000),
    ("scalar", b'"codes"'),
    ("NUL", b'["\\u0000"]'),
    ("lone surrogate", b'["\\ud800"]'),
]


# --- Uploads ----------------------------------------------------------------------------------


def _zip_without_workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return buffer.getvalue()


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode()


def _cycled(values: tuple[str, ...], count: int) -> list[str]:
    return [values[index % len(values)] for index in range(count)]


FORMULAS = (
    '=HYPERLINK("http://evil.example","x")',
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "=cmd|' /C calc'!A0",
)
HOSTILE_CELLS = (XSS_SCRIPT, "a\x01b", "1e309", "2024-02-30", "😀𠮷", "-1", str(2**63))


def bad_files(header: list[str], *, many_rows: int) -> list[tuple[str, str, bytes]]:
    """(what it tries, file name, content) for an importer whose CSV template has ``header``.
    ``many_rows`` is the importer's row limit: one file stays within it, one exceeds it."""
    head = ",".join(header)
    filler_row = ",".join("1" for _ in header)
    return [
        ("empty file", "empty.csv", b""),
        ("header only", "header.csv", head.encode()),
        ("binary garbage", "garbage.csv", bytes(range(256)) * 64),
        ("binary garbage as .xlsx", "garbage.xlsx", b"PK\x03\x04" + bytes(range(256)) * 16),
        ("zip that is not a workbook", "other.xlsx", _zip_without_workbook()),
        ("no extension", "file", head.encode()),
        ("GBK encoding", "gbk.csv", (head + "\n" + "测试,数据\n").encode("gbk")),
        ("UTF-16", "utf16.csv", (head + "\n1,2\n").encode("utf-16")),
        ("NUL bytes", "nul.csv", (head + "\n" + filler_row.replace("1", "1\x00", 1)).encode()),
        ("formula injection", "formulas.csv", _csv([header, _cycled(FORMULAS, len(header))])),
        ("hostile cells", "hostile.csv", _csv([header, _cycled(HOSTILE_CELLS, len(header))])),
        ("very long cell", "long.csv", f"{head}\n{'A' * 200_000}\n".encode()),
        ("unbalanced quote", "quote.csv", f'{head}\n"abc,def\n'.encode()),
        (
            "rows within the limit",
            "many.csv",
            (head + "\n" + "\n".join([filler_row] * many_rows) + "\n").encode(),
        ),
        (
            "rows over the limit",
            "toomany.csv",
            (head + "\n" + "\n".join([filler_row] * (many_rows + 1)) + "\n").encode(),
        ),
        ("hostile workbook", "hostile.xlsx", xlsx_bytes([header, [XSS_SCRIPT, "=1+1", 1e308, -1]])),
        ("empty workbook", "empty.xlsx", xlsx_bytes([])),
    ]


XML_FILES: list[tuple[str, str, bytes]] = [
    ("malformed XML", "broken.xml", b"<quiz><question type='multichoice'>"),
    (
        "external entity",
        "xxe.xml",
        b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<quiz><question type='essay'><name><text>&xxe;</text></name></question></quiz>",
    ),
    (
        "entity expansion",
        "laughs.xml",
        b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>',
    ),
]
