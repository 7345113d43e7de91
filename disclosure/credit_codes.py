"""Unified social credit codes (统一社会信用代码, GB 32100-2015).

18 characters from a 31-character alphabet (digits and capitals without I, O, S, V, Z):
registration authority (1), organisation type (1), administrative region (6), organisation
code (9) and a check character computed over the first 17 with weights 3^i mod 31.
"""

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [pow(3, index, 31) for index in range(17)]
LENGTH = 18


def normalise(text: str) -> str:
    """Upper case without spaces or hyphens, as people copy it from licences."""
    return "".join((text or "").split()).replace("-", "").upper()


def check_character(first_17: str) -> str:
    total = sum(
        ALPHABET.index(char) * weight for char, weight in zip(first_17, WEIGHTS, strict=True)
    )
    return ALPHABET[(31 - total % 31) % 31]


def problem(code: str) -> str | None:
    """Why ``code`` (already normalised) is not a valid credit code, or None if it is."""
    from django.utils.translation import gettext as _

    if len(code) != LENGTH:
        return _("A unified social credit code has 18 characters; this has %(count)d.") % {
            "count": len(code)
        }
    wrong = sorted({char for char in code if char not in ALPHABET})
    if wrong:
        return _("A unified social credit code cannot contain %(chars)s.") % {
            "chars": ", ".join(wrong)
        }
    if not code[2:8].isdigit():
        return _("Characters 3 to 8 of a credit code are the 6-digit region code.")
    if check_character(code[:17]) != code[17]:
        return _("The last character (check character) does not match: check for a typing mistake.")
    return None


def is_valid(code: str) -> bool:
    return problem(normalise(code)) is None


def validate_credit_code(value: str) -> None:
    """Model and form field validator."""
    from django.core.exceptions import ValidationError

    message = problem(normalise(value))
    if message:
        raise ValidationError(message, code="invalid_credit_code")


def region_code(code: str) -> str:
    return normalise(code)[2:8]


def build(*, region: str, organisation: str, authority: str = "9", kind: str = "1") -> str:
    """A well-formed code from its parts (for generated demo and benchmark data)."""
    first_17 = f"{authority}{kind}{region}{organisation}"
    if len(first_17) != 17 or any(char not in ALPHABET for char in first_17):
        raise ValueError(f"Cannot build a credit code from {first_17!r}")
    return first_17 + check_character(first_17)
