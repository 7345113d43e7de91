"""CJK-aware indexing for Wagtail's search backends.

Chinese is written without spaces, so the database backends (SQLite FTS5, PostgreSQL
``simple`` configuration) would index a whole sentence as one token and a query for a word
inside it would never match. We index every CJK character and character pair as its own token,
and turn a Chinese query into the same pairs, which are then all required.
"""

import re

from django.utils.html import strip_tags

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]+")
WORD = re.compile(r"\w+")


def query_words(query: str) -> list[str]:
    """The words of what someone typed into a search box: runs of letters and digits.

    Quotes, brackets, stars, colons and control characters are dropped, so nothing typed is
    ever read as the search backend's own query syntax (an unbalanced quote is an SQLite FTS5
    syntax error; a NUL character is refused by PostgreSQL)."""
    return WORD.findall(query or "")


def cjk_tokens(text: str) -> str:
    """Space-separated single characters and bigrams of every CJK run in ``text``."""
    tokens: list[str] = []
    for run in CJK_RUN.findall(text or ""):
        tokens.extend(run)
        tokens.extend(run[i : i + 2] for i in range(len(run) - 1))
    return " ".join(tokens)


def cjk_query(query: str) -> str:
    """Rewrite the CJK parts of a query as the tokens :func:`cjk_tokens` indexes."""

    def as_tokens(match: re.Match) -> str:
        run = match.group(0)
        if len(run) == 1:
            return run
        return " ".join(run[i : i + 2] for i in range(len(run) - 1))

    return CJK_RUN.sub(lambda m: f" {as_tokens(m)} ", query).strip()


def plain_text(value) -> str:
    """Text of a rich text or StreamField value, without markup."""
    return strip_tags(str(value or "")).replace("\xa0", " ")
