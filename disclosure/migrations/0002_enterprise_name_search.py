"""Indexes for searching enterprises by part of their name, in either language.

- PostgreSQL: the pg_trgm extension and a GIN trigram index on UPPER(name) and UPPER(name_en),
  the expressions Django's ``icontains`` compares (``UPPER(col::text) LIKE UPPER('%x%')``), so
  a substring of three or more characters is found through the index instead of a scan.
- SQLite: an FTS5 table with the trigram tokenizer (``disclosure_enterprise_name_search``,
  rowid = enterprise id, columns name and name_en) kept in step with the enterprise table by
  triggers. ``disclosure.selectors.name_search`` reads it.

Neither is declared on the model: they exist on one database each, and ``makemigrations``
must stay clean on both. A later migration that makes SQLite rebuild the enterprise table
(Django copies the table and drops the old one, and its triggers with it) must call
``install_sqlite_name_search`` again: tests/disclosure/test_name_search.py checks the triggers
are there after every migration.
"""

from django.db import migrations

# Literal SQL (no interpolation): the table is disclosure_enterprise_name_search.
TRIGGERS = {
    "disclosure_enterprise_name_search_insert": """
        CREATE TRIGGER disclosure_enterprise_name_search_insert
        AFTER INSERT ON disclosure_enterprise BEGIN
            INSERT INTO disclosure_enterprise_name_search(rowid, name, name_en)
            VALUES (new.id, new.name, new.name_en);
        END""",
    "disclosure_enterprise_name_search_update": """
        CREATE TRIGGER disclosure_enterprise_name_search_update
        AFTER UPDATE OF id, name, name_en ON disclosure_enterprise BEGIN
            DELETE FROM disclosure_enterprise_name_search WHERE rowid = old.id;
            INSERT INTO disclosure_enterprise_name_search(rowid, name, name_en)
            VALUES (new.id, new.name, new.name_en);
        END""",
    "disclosure_enterprise_name_search_delete": """
        CREATE TRIGGER disclosure_enterprise_name_search_delete
        AFTER DELETE ON disclosure_enterprise BEGIN
            DELETE FROM disclosure_enterprise_name_search WHERE rowid = old.id;
        END""",
}
PG_INDEXES = {
    "disclosure_enterprise_name_trgm": "name",
    "disclosure_enterprise_name_en_trgm": "name_en",
}


def install_sqlite_name_search(cursor) -> None:
    """Create (or re-create) the FTS table and its triggers, and fill it from the enterprises.
    Idempotent: safe to run again after a migration rebuilt the enterprise table."""
    for name in TRIGGERS:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    cursor.execute("DROP TABLE IF EXISTS disclosure_enterprise_name_search")
    # trigram: every substring of 3+ characters is a phrase query, case-folded, for CJK too.
    cursor.execute(
        "CREATE VIRTUAL TABLE disclosure_enterprise_name_search "
        "USING fts5(name, name_en, tokenize='trigram')"
    )
    cursor.execute(
        "INSERT INTO disclosure_enterprise_name_search(rowid, name, name_en) "
        "SELECT id, name, name_en FROM disclosure_enterprise"
    )
    for sql in TRIGGERS.values():
        cursor.execute(sql)


def install(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            install_sqlite_name_search(cursor)
        elif connection.vendor == "postgresql":
            # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for index, column in PG_INDEXES.items():
                cursor.execute(
                    f"CREATE INDEX IF NOT EXISTS {index} ON disclosure_enterprise "
                    f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
                )


def uninstall(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for name in TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute("DROP TABLE IF EXISTS disclosure_enterprise_name_search")
        elif connection.vendor == "postgresql":
            # The extension stays: other databases objects may use it.
            for index in PG_INDEXES:
                cursor.execute(f"DROP INDEX IF EXISTS {index}")


class Migration(migrations.Migration):
    dependencies = [("disclosure", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall, elidable=False)]
