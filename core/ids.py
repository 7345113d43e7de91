"""Ids as the database stores them.

Django checks plain integer lookups against the database's range, but not ids that are links to
another table (a Wagtail page's id is the link to its ``Page`` row) nor the ids of a multiple
choice: SQLite then refuses the number outright instead of finding nothing.
"""

# The largest id the database stores (a signed 64-bit integer on SQLite and PostgreSQL).
LARGEST_ID = 2**63 - 1


def past_the_id_range(value) -> bool:
    """Whether ``value`` is written as a whole number too large to be any stored id."""
    text = str(value).strip()
    digits = text.removeprefix("-")
    return text.isascii() and digits.isdigit() and int(digits) > LARGEST_ID
