"""make backup / make restore (ops.backup): a backup restored into an empty database holds every
table's rows and the same published records; media and the issuer's public keys come along.

Transactional tests: the backup copies what is committed (the SQLite backup API, pg_dump)."""

import io
import json
import secrets
import tarfile

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, default_storage
from django.core.management import call_command
from django.db import connection, connections
from wagtail.documents import get_document_model

from certificates.credentials import signing_key
from certificates.models import Certificate
from ops.backup import (
    KEYS_MEMBER,
    MANIFEST_MEMBER,
    BackupError,
    create_backup,
    extra_connection,
    restore_backup,
    verify_restore,
)
from tests.certificates.builders import make_revoked_certificate, make_valid_certificate
from tests.content.builders import build_standard_page
from tests.disclosure.builders import make_enterprise, publish_annual_report, reference_data

# serialized_rollback: an earlier transactional test may have emptied the database, the bare
# site included.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

UPLOAD = b"%PDF-1.4 audit guide\n" + secrets.token_bytes(64)


@pytest.fixture
def published_site():
    """A live page pair, a published disclosure, a valid and a revoked certificate, an issuer
    key and an uploaded document."""
    build_standard_page(title_en="Backed up page")
    reference_data()
    publish_annual_report(make_enterprise(), 2025)
    make_valid_certificate()
    make_revoked_certificate()
    signing_key()
    get_document_model().objects.create(
        title="Audit guide", file=ContentFile(UPLOAD, name="audit-guide.pdf")
    )
    yield
    for name in list(_files(default_storage)):
        default_storage.delete(name)


def _files(storage, directory=""):
    directories, files = storage.listdir(directory)
    yield from (f"{directory}/{name}".lstrip("/") for name in files)
    for name in directories:
        yield from _files(storage, f"{directory}/{name}".lstrip("/"))


@pytest.fixture
def empty_database(tmp_path):
    """A connection alias to a new, empty database of the suite's kind: a SQLite file, or a
    scratch PostgreSQL database named h_ops_* (dropped afterwards)."""
    if connection.vendor == "sqlite":
        with extra_connection(NAME=str(tmp_path / "restored.sqlite3")) as alias:
            yield alias
        return
    name = f"h_ops_{secrets.token_hex(6)}"
    settings = connection.settings_dict
    admin = psycopg.connect(
        dbname="postgres",
        user=settings["USER"],
        password=settings["PASSWORD"] or None,
        host=settings["HOST"] or None,
        port=settings["PORT"] or None,
        autocommit=True,
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with extra_connection(NAME=name) as alias:
            yield alias
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_a_restore_into_an_empty_database_has_every_tables_rows_and_published_records(
    published_site, empty_database, tmp_path
):
    backup = create_backup(directory=tmp_path / "backups")
    empty_media = InMemoryStorage()

    report = restore_backup(archive=backup.archive, using=empty_database, storage=empty_media)

    print(report.table())
    assert report.differences == []
    tables = report.manifest["tables"]
    assert len(tables) > 100
    assert tables["certificates_certificate"] == 2
    published = report.manifest["published_records"]
    assert published["issued certificates"]["rows"] == 2
    assert published["published disclosure versions"]["rows"] == 1
    assert published["live pages"]["rows"] >= 4  # both home pages and the page pair
    assert published["issuer keys"]["rows"] == 1
    restored = Certificate.objects.using(empty_database).order_by("pk")
    assert [certificate.state for certificate in restored] == ["active", "revoked"]


def test_a_restore_brings_back_the_uploaded_files(published_site, empty_database, tmp_path):
    backup = create_backup(directory=tmp_path / "backups")
    empty_media = InMemoryStorage()

    restore_backup(archive=backup.archive, using=empty_database, storage=empty_media)

    document = get_document_model().objects.using(empty_database).get(title="Audit guide")
    with empty_media.open(document.file.name, "rb") as restored:
        assert restored.read() == UPLOAD


def test_the_archive_holds_the_public_signing_keys_and_no_private_key(published_site, tmp_path):
    backup = create_backup(directory=tmp_path / "backups")

    with tarfile.open(backup.archive) as archive:
        keys = json.load(archive.extractfile(KEYS_MEMBER))
        names = archive.getnames()
    _kid, private = signing_key()
    from cryptography.hazmat.primitives import serialization

    private_raw = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    assert [key["kty"] for key in keys["keys"]] == ["OKP"]
    assert all("d" not in key for key in keys["keys"])
    assert private_raw not in backup.archive.read_bytes()
    assert names[-1] == MANIFEST_MEMBER


def test_a_restore_into_a_database_that_is_not_empty_is_refused(published_site, tmp_path):
    backup = create_backup(directory=tmp_path / "backups")

    with pytest.raises(BackupError, match="Restore into an empty database"):
        restore_backup(archive=backup.archive, storage=InMemoryStorage())

    assert Certificate.objects.count() == 2


def test_verification_names_a_table_whose_rows_differ(published_site, empty_database, tmp_path):
    backup = create_backup(directory=tmp_path / "backups")
    empty_media = InMemoryStorage()
    report = restore_backup(archive=backup.archive, using=empty_database, storage=empty_media)
    with connections[empty_database].cursor() as cursor:
        cursor.execute("DELETE FROM certificates_certificateevent")

    again = verify_restore(manifest=report.manifest, using=empty_database, storage=empty_media)

    different = {comparison.what for comparison in again.differences}
    assert "table certificates_certificateevent" in different
    assert "published: certificate events" in different


def test_the_commands_back_up_and_restore_into_an_empty_database(
    published_site, empty_database, tmp_path, monkeypatch
):
    written = io.StringIO()
    call_command("backup", output_dir=str(tmp_path / "backups"), stdout=written)
    (archive,) = (tmp_path / "backups").glob("cphub-*.tar.gz")
    monkeypatch.setattr("ops.backup.default_storage", InMemoryStorage())  # empty media
    restored = io.StringIO()

    call_command("restore", str(archive), database=empty_database, stdout=restored)

    assert f"backup written: {archive}" in written.getvalue()
    assert "restored and verified" in restored.getvalue()
    assert "!!" not in restored.getvalue()
    assert "ok media files (SHA-256 equal)" in restored.getvalue()


def test_force_replaces_a_database_that_is_not_empty(published_site, empty_database, tmp_path):
    backup = create_backup(directory=tmp_path / "backups")
    media = InMemoryStorage()
    restore_backup(archive=backup.archive, using=empty_database, storage=media)
    with connections[empty_database].cursor() as cursor:
        cursor.execute("DELETE FROM certificates_certificateevent")

    report = restore_backup(archive=backup.archive, using=empty_database, storage=media, force=True)

    assert report.differences == []
    assert report.manifest["tables"]["certificates_certificateevent"] == 3
