"""Finding enterprises by name or credit code through an index (selectors.name_search): what
it finds on SQLite (FTS5 trigram table kept by triggers) and PostgreSQL (pg_trgm GIN indexes),
that hostile text is only ever text, that the SQLite index follows every change of a name, and
that the database plans use the indexes."""

import uuid

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from disclosure.models import Enterprise
from disclosure.selectors.name_search import (
    credit_code_prefix,
    enterprise_match,
    fts_phrase,
    matching_enterprise_ids,
)
from disclosure.selectors.searches import SearchFilters, search
from tests.disclosure.builders import list_enterprise, make_enterprise
from tests.security.corpus import STRINGS

pytestmark = pytest.mark.django_db

YEAR = 2004  # a year no other test file lists enterprises for
sqlite_only = pytest.mark.skipif("connection.vendor != 'sqlite'")
postgres_only = pytest.mark.skipif("connection.vendor != 'postgresql'")
MIGRATION = ("disclosure", "0002_enterprise_name_search")
BEFORE = ("disclosure", "0001_initial")


def tag() -> str:
    """Letters no other enterprise's name holds (no digits: never a credit-code prefix)."""
    return "".join(chr(ord("A") + int(digit, 16)) for digit in uuid.uuid4().hex[:8])


def found(query: str) -> set[Enterprise]:
    return set(Enterprise.objects.filter(enterprise_match(query=query, field="pk")))


@pytest.fixture
def named():
    """Three enterprises with names in both languages and a token of their own."""
    token = tag()
    chemical = make_enterprise(
        name=f"江苏{token}精细化工有限公司", name_en=f"Jiangsu {token} Fine Chemicals Co., Ltd."
    )
    cement = make_enterprise(
        name=f"广东{token}水泥股份有限公司",
        name_en=f"Guangdong {token} Cement Co., Ltd.",
        region_code="440300",
    )
    short = make_enterprise(name=f"{token}化", name_en="")
    return {"token": token, "chemical": chemical, "cement": cement, "short": short}


# --- what a query finds ----------------------------------------------------------------------


def test_a_chinese_substring_in_the_middle_of_a_name_finds_it(named):
    assert found(f"{named['token']}精细化工") == {named["chemical"]}


def test_an_english_substring_finds_it_whatever_its_case(named):
    assert found(f"{named['token'].lower()} cement") == {named["cement"]}


def test_a_token_in_both_languages_finds_each_enterprise_once(named):
    assert found(named["token"]) == {named["chemical"], named["cement"], named["short"]}


def test_two_chinese_characters_find_every_name_that_holds_them(named):
    other = make_enterprise(name="某某精细化工有限公司")

    result = found("化工")

    assert {named["chemical"], other} <= result
    assert named["cement"] not in result
    assert all("化工" in enterprise.name for enterprise in result)


def test_one_character_finds_names_that_end_with_it(named):
    result = found("化")

    assert named["short"] in result
    assert all("化" in enterprise.name or "化" in enterprise.name_en for enterprise in result)


def test_two_latin_letters_match_without_regard_to_case(named):
    result = found(named["token"][:2].lower())

    assert {named["chemical"], named["cement"], named["short"]} <= result


def test_a_credit_code_prefix_finds_the_enterprises_with_that_code(named):
    code = named["cement"].credit_code
    prefix = code[:10]

    result = found(prefix)

    assert named["cement"] in result
    assert all(enterprise.credit_code.startswith(prefix) for enterprise in result)


def test_a_credit_code_is_found_as_people_type_it(named):
    code = named["chemical"].credit_code
    typed = f"{code[:4]} {code[4:10].lower()}-{code[10:]}"

    assert found(typed) == {named["chemical"]}


def test_a_text_that_is_not_a_code_prefix_is_not_looked_up_as_one():
    assert credit_code_prefix("91320583") == "91320583"
    assert credit_code_prefix("9132 0583-ab") == "913205 83AB".replace(" ", "")
    assert credit_code_prefix("913") == ""  # too short to tell anyone anything
    assert credit_code_prefix("PTAB1234") == ""  # letters where the region code stands
    assert credit_code_prefix("91320583I") == ""  # I is not in the alphabet
    assert credit_code_prefix("9" * 19) == ""  # longer than a code


def test_a_search_combines_the_name_with_the_other_filters(named):
    for enterprise in (named["chemical"], named["cement"]):
        list_enterprise(enterprise, YEAR)

    rows = search(filters=SearchFilters(query=named["token"], year=YEAR, province="44"))

    assert [row.enterprise for row in rows] == [named["cement"]]


# --- hostile text is text --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["%", "_", "%%", "__", "%_%", "___", "\\", "\\%", "'", "'''", '"', '"*"', "*"]
)
def test_wildcards_and_quotes_only_match_themselves(named, query):
    literal = make_enterprise(name=f"字面{query}{named['token']}公司")

    assert found(query) == {literal}


@pytest.mark.parametrize(
    "query",
    ['"', '""', 'a"b', "AND", "NEAR(a b)", "name:江苏", "name_en:x", "^江苏", "江苏*", "- x", "()"],
)
def test_fts_syntax_in_a_query_is_matched_literally(named, query):
    result = found(query)

    assert all(query.lower() in f"{e.name} {e.name_en}".lower() for e in result)


@pytest.mark.parametrize(("label", "value"), [s for s in STRINGS if "\x00" not in s[1]])
def test_every_hostile_value_is_a_search_that_finds_only_what_holds_it(named, label, value):
    query = value.strip()[:100]

    result = found(query)

    assert all(query.lower() in f"{e.name} {e.name_en}".lower() for e in result), label


def test_fts_phrases_double_their_quotes():
    assert fts_phrase('a"b') == '"a""b"'


@pytest.mark.parametrize(("label", "value"), STRINGS)
def test_every_hostile_value_in_q_is_answered_without_a_server_error(client, label, value):
    portal = client.get("/disclosure/", {"q": value})
    api = client.get("/api/v1/enterprises", {"q": value})
    csv = client.get("/api/v1/disclosures.csv", {"q": value})

    assert portal.status_code in (200, 400), label
    assert api.status_code in (200, 400), label
    assert csv.status_code in (200, 400), label


def test_a_query_of_100_characters_is_searched_and_a_longer_one_refused_by_the_api(client, named):
    longest = ("江苏" + named["token"] + "精细化工有限公司" * 20)[:100]

    assert client.get("/api/v1/enterprises", {"q": longest}).status_code == 200
    assert client.get("/disclosure/", {"q": longest + "x"}).status_code == 200
    assert client.get("/api/v1/enterprises", {"q": longest + "x"}).status_code == 400


# --- the index follows every change ----------------------------------------------------------


def test_a_new_enterprise_is_found_at_once():
    token = tag()
    enterprise = make_enterprise(name=f"新建{token}有限公司")

    assert found(f"新建{token}") == {enterprise}


def test_a_renamed_enterprise_is_found_by_its_new_name_only():
    old, new = tag(), tag()
    enterprise = make_enterprise(name=f"旧名{old}有限公司", name_en=f"Old {old} Ltd")

    enterprise.name = f"新名{new}有限公司"
    enterprise.name_en = f"New {new} Ltd"
    enterprise.save()

    assert found(old) == set()
    assert found(f"新名{new}") == {enterprise}
    assert found(f"new {new}") == {enterprise}


def test_a_bulk_update_of_names_is_followed_too():
    old, new = tag(), tag()
    enterprise = make_enterprise(name=f"批量{old}公司")

    Enterprise.objects.filter(pk=enterprise.pk).update(name=f"批量{new}公司")

    assert found(old) == set()
    assert found(new) == {enterprise}


def test_a_change_of_other_fields_keeps_the_enterprise_findable():
    token = tag()
    enterprise = make_enterprise(name=f"地址{token}公司")

    enterprise.address = "江苏省南京市新地址1号"
    enterprise.save()

    assert found(token) == {enterprise}


def test_a_deleted_enterprise_is_not_found():
    token = tag()
    enterprise = make_enterprise(name=f"注销{token}公司")

    enterprise.delete()

    assert found(token) == set()


@sqlite_only
def test_the_fts_table_holds_one_row_per_enterprise_with_its_names():
    make_enterprise(name=f"计数{tag()}公司")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT e.id, e.name, e.name_en, s.name, s.name_en FROM disclosure_enterprise e "
            "LEFT JOIN disclosure_enterprise_name_search s ON s.rowid = e.id"
        )
        rows = cursor.fetchall()
        cursor.execute("SELECT count(*) FROM disclosure_enterprise_name_search")
        indexed = cursor.fetchone()[0]

    assert rows
    assert all(row[1:3] == row[3:5] for row in rows)
    assert indexed == len(rows)


@sqlite_only
def test_the_triggers_that_keep_the_fts_table_exist_after_every_migration():
    """A migration that rebuilds disclosure_enterprise on SQLite drops its triggers: it must
    call install_sqlite_name_search from 0002_enterprise_name_search again."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name = 'disclosure_enterprise'"
        )
        triggers = {row[0] for row in cursor.fetchall()}

    assert triggers >= {
        "disclosure_enterprise_name_search_insert",
        "disclosure_enterprise_name_search_update",
        "disclosure_enterprise_name_search_delete",
    }


@postgres_only
def test_the_trigram_indexes_exist_on_postgresql():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'disclosure_enterprise'"
        )
        indexes = dict(cursor.fetchall())

    assert "gin_trgm_ops" in indexes["disclosure_enterprise_name_trgm"]
    assert "gin_trgm_ops" in indexes["disclosure_enterprise_name_en_trgm"]


# --- the migration ---------------------------------------------------------------------------


# serialized_rollback: a plain transactional test's closing flush re-runs post_migrate (the role
# groups), which a later serialized_rollback test would then insert a second time.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_indexes_the_enterprises_that_exist_and_can_be_undone():
    token = tag()
    enterprise = make_enterprise(name=f"迁移前{token}公司")
    executor = MigrationExecutor(connection)
    try:
        executor.migrate([BEFORE])
        assert found_by_scan(token) == {enterprise.pk}  # the old way still works
        executor.loader.build_graph()
        executor.migrate([MIGRATION])
    finally:
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())

    assert found(token) == {enterprise}
    later = make_enterprise(name=f"迁移后{token}公司")
    assert found(token) == {enterprise, later}


def found_by_scan(token: str) -> set[int]:
    return set(Enterprise.objects.filter(name__contains=token).values_list("pk", flat=True))


# --- the plans use the indexes ---------------------------------------------------------------


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(str(row[-1]) for row in cursor.fetchall())
        # The tables of a test are tiny: forbid sequential scans to see whether the index
        # can serve the query at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


@sqlite_only
def test_on_sqlite_a_name_query_reads_the_fts_table_not_every_enterprise(named):
    text = plan(matching_enterprise_ids(query=f"{named['token']}精细"))

    assert "disclosure_enterprise_name_search VIRTUAL TABLE" in text
    assert "SCAN disclosure_enterprise\n" not in text + "\n"


@sqlite_only
def test_on_sqlite_a_code_prefix_searches_the_code_index(named):
    text = plan(matching_enterprise_ids(query=named["cement"].credit_code[:8]))

    assert "(credit_code>? AND credit_code<?)" in text
    assert "SCAN disclosure_enterprise\n" not in text + "\n"


@postgres_only
def test_on_postgresql_name_queries_can_use_the_trigram_indexes(named):
    chinese = plan(matching_enterprise_ids(query=f"{named['token']}精细"))
    code = plan(matching_enterprise_ids(query=named["cement"].credit_code[:8]))

    assert "disclosure_enterprise_name_trgm" in chinese
    assert "disclosure_enterprise_name_en_trgm" in chinese
    assert "credit_code" in code and "Seq Scan" not in code
