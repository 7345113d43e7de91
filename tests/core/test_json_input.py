"""core.json_input: JSON from outside is read one way, and what no endpoint can use is refused
with a reason instead of failing further on."""

import pytest

from core.json_input import MAX_DEPTH, MalformedJSON, parse_json


def test_ordinary_json_is_parsed():
    assert parse_json(b'{"codes": ["7KQ2M9XD4TPABW", "\xe8\xaf\x81"]}') == {
        "codes": ["7KQ2M9XD4TPABW", "证"]
    }


def test_a_blank_body_gives_the_empty_value():
    assert parse_json(b"  ", empty={}) == {}


@pytest.mark.parametrize(
    "raw",
    [
        b"{nope",
        b"\xff\xfe",
        b"[" * 100_000 + b"]" * 100_000,
        ("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode(),
        b'{"name": "a\\u0000b"}',
        b'{"a\\u0000": 1}',
        b'["\\ud800"]',
    ],
    ids=[
        "invalid",
        "not utf-8",
        "deeper than recursion",
        "too deep",
        "nul",
        "nul key",
        "surrogate",
    ],
)
def test_unusable_json_is_refused_with_a_reason(raw):
    with pytest.raises(MalformedJSON) as refused:
        parse_json(raw)

    assert str(refused.value)
