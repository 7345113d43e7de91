"""Verification codes: random, unambiguous to read aloud or type, with a check character.

Codes use Crockford's base-32 alphabet (no I, L, O or U), 13 random characters (65 bits) and
one check character (Crockford's mod-37 check symbol), shown in groups: ``7KQ2-M9XD-4TPA-BW``.
Typing mistakes (one wrong character, two swapped) are caught before any database lookup.
"""

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
RANDOM_LENGTH = 13
# Characters people confuse, read the way Crockford's base 32 specifies.
READ_AS = {"O": "0", "I": "1", "L": "1"}


def _check_character(body: str) -> str:
    value = 0
    for character in body:
        value = value * 32 + ALPHABET.index(character)
    return CHECK_ALPHABET[value % 37]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + _check_character(body)


def normalise(text: str) -> str | None:
    """The canonical code for what someone typed, or None if it cannot be a valid code."""
    cleaned = "".join(character for character in text.upper() if character not in " -_")
    cleaned = "".join(READ_AS.get(character, character) for character in cleaned)
    if len(cleaned) != RANDOM_LENGTH + 1:
        return None
    body, check = cleaned[:-1], cleaned[-1]
    if any(character not in ALPHABET for character in body):
        return None
    return cleaned if _check_character(body) == check else None


def display(code: str) -> str:
    """Grouped for reading: 4-4-4-2."""
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4))
