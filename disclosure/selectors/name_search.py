"""Finding enterprises by part of their name (Chinese or English) or the start of their
unified social credit code, through an index on every database instead of a scan of names.

- A query that could be the start of a credit code (``91320583``, typed with spaces, hyphens
  or in lower case) is looked up on the code column's index: a range on SQLite (whose
  ``LIKE`` cannot use a case-sensitive index), ``LIKE 'X%'`` on PostgreSQL (Django gives a
  unique ``CharField`` a ``varchar_pattern_ops`` index there).
- A name substring of three characters or more goes through the trigram index of migration
  ``0002_enterprise_name_search``: the FTS5 trigram table on SQLite, the pg_trgm GIN indexes
  on PostgreSQL (which serve Django's ``icontains``).
- One or two characters (``化工``) have no trigram: they are compared with ``LIKE`` over the
  index that covers both names (``disclosure_enterprise_names``, one entry per enterprise, not
  per enterprise and year: a third of the bytes of the table), once per query as a subquery.

``enterprise_match`` gives a condition on a model with an ``enterprise`` foreign key, so the
search over enterprise-years filters by a list of enterprise ids found through the index.
"""

from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from disclosure import credit_codes
from disclosure.models import Enterprise

FTS_TABLE = "disclosure_enterprise_name_search"
# The query text is always a bound parameter; only the fixed table name is in the SQL.
FTS_IDS_SQL = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608
# The trigram tokenizer indexes substrings of three characters; shorter ones match nothing.
TRIGRAM = 3
# A code prefix shorter than this is more likely part of a name ("91" in a name is rare, but
# a two-character code prefix matches a fifth of all enterprises and tells nobody anything).
MIN_CODE_PREFIX = 4
# Every code character sorts before this one, so [prefix, prefix + END) holds exactly the
# codes that start with prefix (SQLite compares bytes).
END = "~"


def credit_code_prefix(query: str) -> str:
    """The normalised query if it could be the start of a unified social credit code (its
    alphabet, and digits where the region code stands), else ""."""
    code = credit_codes.normalise(query)
    if not MIN_CODE_PREFIX <= len(code) <= credit_codes.LENGTH:
        return ""
    if any(char not in credit_codes.ALPHABET for char in code):
        return ""
    if not code[2:8].isdigit():
        return ""
    return code


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: every character literal (quotes doubled), so operators,
    wildcards and column filters in the input mean nothing."""
    return '"' + text.replace('"', '""') + '"'


def _code_starts_with(code: str) -> Q:
    if connection.vendor == "sqlite":
        return Q(credit_code__gte=code, credit_code__lt=code + END)
    return Q(credit_code__startswith=code)


def _names_containing(text: str) -> Q:
    if connection.vendor == "sqlite" and len(text) >= TRIGRAM:
        return Q(pk__in=RawSQL(FTS_IDS_SQL, (fts_phrase(text),)))  # noqa: S611
    if len(text) < TRIGRAM and text.upper() == text.lower():
        # Nothing to fold (Chinese, digits, signs): a plain LIKE, without UPPER() of every
        # name (half the time of a scan on PostgreSQL).
        return Q(name__contains=text) | Q(name_en__contains=text)
    # PostgreSQL: the trigram GIN indexes serve icontains (UPPER(name) LIKE UPPER('%x%'))
    # from three characters on. One or two letters: a LIKE over the names.
    return Q(name__icontains=text) | Q(name_en__icontains=text)


def matching_enterprise_ids(*, query: str):
    """The ids of enterprises whose name contains ``query`` or whose credit code starts with
    it (a values queryset, for use as a subquery)."""
    matches = _names_containing(query)
    code = credit_code_prefix(query)
    if code:
        matches |= _code_starts_with(code)
    return Enterprise.objects.filter(matches).order_by().values("pk")


def enterprise_match(*, query: str, field: str = "enterprise_id") -> Q:
    """A condition on ``field`` (an enterprise id column) for rows of the enterprises that
    ``query`` finds."""
    return Q(**{f"{field}__in": matching_enterprise_ids(query=query)})
