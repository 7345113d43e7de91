"""Backup and restore of a whole site: the database, the media files and the issuer's public
signing keys, in one ``.tar.gz`` archive with a manifest.

The manifest records what the archive must restore to: every table's row count and a checksum
of each set of published records (live pages and their live revisions, published disclosure
versions with their rows, certificates and their events, issuer keys), taken from the very copy
that is archived. A restore goes into an empty database only (``force`` replaces a non-empty
one), then counts and checksums the restored database again and compares.

- SQLite: the online backup API copies the database page by page while the site keeps running;
  the figures are read from the copy.
- PostgreSQL: ``pg_dump --format=custom`` under a snapshot exported by a repeatable-read
  transaction, in which the figures are read too, so both describe the same moment;
  ``pg_restore`` restores it.
- Media: every file of the default storage, read and written through Django's storage API (so a
  file system, an in-memory or an S3-compatible storage all work), each with its SHA-256.
- Keys: the public keys of ``certificates.IssuerKey`` and the public part of the configured
  ``CREDENTIAL_SIGNING_KEY``, as a JWKS. The private key is never written: it belongs in the
  secrets store, with ``SECRET_KEY`` (docs/deployment.md).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import posixpath
import secrets
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db import connections, transaction
from django.db.utils import load_backend
from django.utils import timezone

FORMAT = "cphub-backup"
FORMAT_VERSION = 1
MANIFEST_MEMBER = "manifest.json"
KEYS_MEMBER = "keys/issuer-public-keys.json"
MEDIA_PREFIX = "media/"
DATABASE_MEMBERS = {"sqlite": "database/db.sqlite3", "postgresql": "database/database.pgdump"}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why and what to do."""


# --- Connections ------------------------------------------------------------------------------


@contextlib.contextmanager
def extra_connection(*, like: str = "default", **changes) -> Iterator[str]:
    """A connection alias of its own, configured like ``like`` with ``changes`` (e.g. another
    NAME): a copy of the database, or a second connection to the same one. It is not added to
    the DATABASES setting, only to this thread's connections, and closed afterwards."""
    alias = f"ops_{secrets.token_hex(4)}"
    settings_dict = {**connections[like].settings_dict, **changes}
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, alias)
    connections[alias] = wrapper
    try:
        yield alias
    finally:
        wrapper.close()
        del connections[alias]


def vendor_of(using: str) -> str:
    vendor = connections[using].vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def table_names(using: str) -> list[str]:
    connection = connections[using]
    with connection.cursor() as cursor:
        return sorted(connection.introspection.table_names(cursor))


def table_row_counts(using: str) -> dict[str, int]:
    connection = connections[using]
    counts = {}
    with connection.cursor() as cursor:
        for table in table_names(using):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


# --- Published records ------------------------------------------------------------------------


def _concrete_columns(model) -> list[str]:
    return [model_field.attname for model_field in model._meta.concrete_fields]


def _published_sets(using: str):
    """(name, queryset, columns) for each set of records the public relies on."""
    page = apps.get_model("wagtailcore", "Page")
    revision = apps.get_model("wagtailcore", "Revision")
    live = page.objects.using(using).filter(live=True)
    yield (
        "live pages",
        live,
        ["id", "url_path", "locale_id", "translation_key", "title", "slug", "live_revision_id"],
    )
    yield (
        "live page revisions",
        revision.objects.using(using).filter(pk__in=live.values("live_revision_id")),
        _concrete_columns(revision),
    )
    if apps.is_installed("disclosure"):
        version = apps.get_model("disclosure", "ReportVersion")
        published = version.objects.using(using).filter(status="published")
        yield "published disclosure versions", published, _concrete_columns(version)
        # Their emissions, waste, penalties, audit records and the reports they are current of.
        for relation in sorted(
            version._meta.related_objects, key=lambda r: r.related_model.__name__
        ):
            related = relation.related_model
            yield (
                f"published disclosure versions: {related._meta.label}",
                related._default_manager.using(using).filter(
                    **{f"{relation.field.name}__in": published.values("pk")}
                ),
                _concrete_columns(related),
            )
    if apps.is_installed("certificates"):
        for model_name, name in (
            ("Certificate", "issued certificates"),
            ("CertificateEvent", "certificate events"),
            ("IssuerKey", "issuer keys"),
        ):
            model = apps.get_model("certificates", model_name)
            yield name, model._default_manager.using(using).all(), _concrete_columns(model)


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)


def published_record_checksums(using: str) -> dict[str, dict]:
    """Per set: how many rows and the SHA-256 of their values in primary-key order."""
    checksums = {}
    for name, queryset, columns in _published_sets(using):
        digest = hashlib.sha256()
        rows = 0
        for row in queryset.order_by("pk").values_list(*columns).iterator(chunk_size=2000):
            digest.update(_canonical(row).encode())
            digest.update(b"\n")
            rows += 1
        checksums[name] = {"rows": rows, "sha256": digest.hexdigest()}
    return checksums


def issuer_public_keys(using: str) -> dict:
    """A JWKS of every issuer key the database knows, and the public part of the configured
    signing key (so a restore can tell whether the key in the secrets store belongs here)."""
    keys = []
    if apps.is_installed("certificates"):
        model = apps.get_model("certificates", "IssuerKey")
        for key in model._default_manager.using(using).order_by("pk"):
            keys.append(
                {
                    "kty": "OKP",
                    "crv": "Ed25519",
                    "kid": key.kid,
                    "x": key.public_key,
                    "first_used_at": key.first_used_at.isoformat(),
                    "compromised_at": (
                        key.compromised_at.isoformat() if key.compromised_at else None
                    ),
                }
            )
    return {"keys": keys, "configured_signing_key_x": configured_public_key()}


def configured_public_key() -> str | None:
    """The base64url public key of CREDENTIAL_SIGNING_KEY, or None when it is not set."""
    from cryptography.hazmat.primitives import serialization

    configured = os.environ.get("CREDENTIAL_SIGNING_KEY", "").strip()
    if not configured:
        return None
    pem = configured.encode() if configured.startswith("-----") else Path(configured).read_bytes()
    public = serialization.load_pem_private_key(pem, password=None).public_key()
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def database_summary(using: str) -> dict:
    return {
        "tables": table_row_counts(using),
        "published_records": published_record_checksums(using),
    }


# --- Media ------------------------------------------------------------------------------------


def storage_files(storage: Storage, directory: str = "") -> Iterator[str]:
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:  # a file-system storage whose MEDIA_ROOT does not exist yet
        return
    for name in sorted(files):
        yield posixpath.join(directory, name) if directory else name
    for name in sorted(directories):
        yield from storage_files(storage, posixpath.join(directory, name) if directory else name)


def _sha256_of(handle) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := handle.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def media_checksums(storage: Storage) -> dict[str, dict]:
    found = {}
    for name in storage_files(storage):
        with storage.open(name, "rb") as handle:
            sha256, size = _sha256_of(handle)
        found[name] = {"sha256": sha256, "size": size}
    return found


# --- PostgreSQL tools -------------------------------------------------------------------------


def _libpq_environment(settings_dict: dict) -> dict[str, str]:
    env = os.environ.copy()
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    sslmode = settings_dict.get("OPTIONS", {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    return env


def _run(command: list[str], *, env: dict[str, str]) -> None:
    tool = shutil.which(command[0])
    if tool is None:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)."
        )
    completed = subprocess.run([tool, *command[1:]], env=env, capture_output=True, text=True)  # noqa: S603
    if completed.returncode != 0:
        raise BackupError(f"{command[0]} failed:\n{completed.stderr.strip()}")


# --- Backup -----------------------------------------------------------------------------------


@dataclass
class BackupResult:
    archive: Path
    manifest: dict


def _sqlite_copy(using: str, target: Path) -> None:
    """The online backup API: a consistent copy, page by page, while others keep writing."""
    connection = connections[using]
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
        # The copy is one file: no write-ahead log beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()


def _copy_database(using: str, work: Path) -> tuple[Path, dict]:
    """The database file for the archive, and the summary of exactly what it holds."""
    vendor = vendor_of(using)
    target = work / Path(DATABASE_MEMBERS[vendor]).name
    if vendor == "sqlite":
        _sqlite_copy(using, target)
        with extra_connection(like=using, NAME=str(target), OPTIONS={}) as copy:
            return target, {**database_summary(copy), "keys": issuer_public_keys(copy)}
    # PostgreSQL: pg_dump and the summary share one exported snapshot.
    with (
        extra_connection(like=using, CONN_MAX_AGE=0) as snapshot,
        transaction.atomic(using=snapshot),
    ):
        with connections[snapshot].cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            (snapshot_id,) = cursor.fetchone()
        _run(
            ["pg_dump", "--format=custom", f"--snapshot={snapshot_id}", f"--file={target}"],
            env=_libpq_environment(connections[using].settings_dict),
        )
        return target, {**database_summary(snapshot), "keys": issuer_public_keys(snapshot)}


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes, mtime: float) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = mtime
    info.mode = 0o640
    archive.addfile(info, io.BytesIO(data))


class _HashingReader:
    """Reads a file for tarfile and hashes what it read on the way."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.digest.update(data)
        return data


def _add_media_file(archive: tarfile.TarFile, storage: Storage, name: str, mtime: float) -> dict:
    info = tarfile.TarInfo(MEDIA_PREFIX + name)
    info.size = storage.size(name)
    info.mtime = mtime
    info.mode = 0o640
    with storage.open(name, "rb") as handle:
        reader = _HashingReader(handle)
        archive.addfile(info, reader)  # raises if the file changed size meanwhile
    return {"sha256": reader.digest.hexdigest(), "size": info.size}


def create_backup(
    *, directory: Path, using: str = "default", storage: Storage | None = None
) -> BackupResult:
    """Write ``cphub-<vendor>-<UTC time>.tar.gz`` into ``directory`` and return it."""
    storage = storage or default_storage
    vendor = vendor_of(using)
    created_at = timezone.now()
    directory.mkdir(parents=True, exist_ok=True)
    archive_path = directory / f"cphub-{vendor}-{created_at:%Y%m%dT%H%M%S%fZ}.tar.gz"
    partial = archive_path.with_name(archive_path.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="cphub-backup-") as work:
        # Database first: media uploaded meanwhile is then in the archive too.
        database_file, summary = _copy_database(using, Path(work))
        keys = summary.pop("keys")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": created_at.isoformat(),
            "database": {"vendor": vendor, "member": DATABASE_MEMBERS[vendor]},
            **summary,
            "media": {"storage": type(storage).__name__, "files": {}},
            "keys": {"member": KEYS_MEMBER, "count": len(keys["keys"])},
        }
        mtime = created_at.timestamp()
        with tarfile.open(partial, "w:gz") as archive:
            archive.add(database_file, arcname=DATABASE_MEMBERS[vendor])
            _add_bytes(archive, KEYS_MEMBER, _canonical(keys).encode(), mtime)
            for name in storage_files(storage):
                manifest["media"]["files"][name] = _add_media_file(archive, storage, name, mtime)
            # Last, so that it describes everything above it.
            _add_bytes(
                archive,
                MANIFEST_MEMBER,
                json.dumps(manifest, indent=2, ensure_ascii=False).encode(),
                mtime,
            )
    partial.rename(archive_path)
    archive_path.chmod(0o600)  # accounts, sessions and MFA secrets are in it
    return BackupResult(archive=archive_path, manifest=manifest)


# --- Restore ----------------------------------------------------------------------------------


@dataclass
class Comparison:
    what: str
    expected: object
    found: object

    @property
    def equal(self) -> bool:
        return self.expected == self.found


@dataclass
class RestoreReport:
    manifest: dict
    comparisons: list[Comparison] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def differences(self) -> list[Comparison]:
        return [comparison for comparison in self.comparisons if not comparison.equal]

    @property
    def ok(self) -> bool:
        return not self.differences

    def table(self) -> str:
        width = max((len(comparison.what) for comparison in self.comparisons), default=10)
        lines = [f"{'':3}{'what':<{width}}  {'backup':>20}  {'restored':>20}"]
        for comparison in self.comparisons:
            mark = "ok" if comparison.equal else "!!"
            lines.append(
                f"{mark:3}{comparison.what:<{width}}  {_short(comparison.expected):>20}  "
                f"{_short(comparison.found):>20}"
            )
        return "\n".join(lines)


def _short(value) -> str:
    if isinstance(value, dict):
        return f"{value.get('rows')} rows {value.get('sha256', '')[:8]}"
    return "-" if value is None else str(value)


def read_manifest(archive: tarfile.TarFile) -> dict:
    try:
        manifest = json.load(archive.extractfile(MANIFEST_MEMBER))
    except KeyError as error:
        raise BackupError("The archive has no manifest.json: not a CP Hub backup.") from error
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"The archive is {manifest.get('format')} version {manifest.get('format_version')};"
            f" this code restores {FORMAT} version {FORMAT_VERSION}."
        )
    return manifest


def _extract(archive: tarfile.TarFile, member: str, target: Path) -> Path:
    source = archive.extractfile(member)
    if source is None:
        raise BackupError(f"The archive lacks {member}.")
    with target.open("wb") as out:
        shutil.copyfileobj(source, out, CHUNK)
    return target


def _refuse_unless_empty(using: str, storage: Storage, manifest: dict, *, force: bool) -> None:
    tables = table_names(using)
    if tables and not force:
        raise BackupError(
            f"The database already holds {len(tables)} tables. Restore into an empty database,"
            " or pass --force to replace everything in it."
        )
    clashes = [name for name in manifest["media"]["files"] if storage.exists(name)]
    if clashes and not force:
        raise BackupError(
            f"{len(clashes)} media files of the backup already exist (e.g. {clashes[0]}). "
            "Restore into an empty media storage, or pass --force to overwrite them."
        )


def _restore_sqlite(using: str, database_file: Path) -> None:
    """The backup API again, into the target connection: replaces its whole content."""
    connection = connections[using]
    connection.ensure_connection()
    source = sqlite3.connect(database_file)
    try:
        source.backup(connection.connection)
    finally:
        source.close()


def _restore_postgres(using: str, database_file: Path, *, force: bool) -> None:
    connection = connections[using]
    if force and table_names(using):
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE")
            cursor.execute("CREATE SCHEMA public")
    connection.close()  # pg_restore works alone; Django reconnects afterwards
    _run(
        [
            "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(database_file),
        ],
        env=_libpq_environment(connection.settings_dict),
    )


def _restore_media(archive: tarfile.TarFile, storage: Storage, manifest: dict) -> None:
    for name in manifest["media"]["files"]:
        source = archive.extractfile(MEDIA_PREFIX + name)
        if source is None:
            raise BackupError(f"The archive lacks the media file {name}.")
        if storage.exists(name):
            storage.delete(name)
        stored = storage.save(name, File(source, name=posixpath.basename(name)))
        if stored != name:
            raise BackupError(f"The storage kept {name} as {stored}.")


def verify_restore(
    *,
    manifest: dict,
    using: str = "default",
    storage: Storage | None = None,
    backed_up_keys: Sequence[dict] = (),
) -> RestoreReport:
    """Count and checksum the database and media now, and compare with the manifest."""
    storage = storage or default_storage
    report = RestoreReport(manifest=manifest)
    found = database_summary(using)
    expected_tables = manifest["tables"]
    for table in sorted(set(expected_tables) | set(found["tables"])):
        report.comparisons.append(
            Comparison(f"table {table}", expected_tables.get(table), found["tables"].get(table))
        )
    for name, expected in manifest["published_records"].items():
        report.comparisons.append(
            Comparison(f"published: {name}", expected, found["published_records"].get(name))
        )
    stored = media_checksums(storage)
    expected_media = manifest["media"]["files"]
    missing_or_changed = [name for name, item in expected_media.items() if stored.get(name) != item]
    report.comparisons.append(
        Comparison(
            "media files (count)",
            len(expected_media),
            len([name for name in expected_media if name in stored]),
        )
    )
    report.comparisons.append(
        Comparison(
            "media files (SHA-256 equal)",
            len(expected_media),
            len(expected_media) - len(missing_or_changed),
        )
    )
    configured = configured_public_key()
    known = {key["x"] for key in backed_up_keys}
    if configured is None:
        report.notes.append(
            "CREDENTIAL_SIGNING_KEY is not set here: set it from the secrets store before "
            "issuing credentials."
        )
    elif known and configured not in known:
        report.notes.append(
            "The configured CREDENTIAL_SIGNING_KEY is not one of the backup's issuer keys: it "
            "will be registered as a new key on first use."
        )
    return report


def restore_backup(
    *, archive: Path, using: str = "default", storage: Storage | None = None, force: bool = False
) -> RestoreReport:
    """Restore ``archive`` into the (empty) database ``using`` and the storage, then verify."""
    storage = storage or default_storage
    vendor = vendor_of(using)
    with tarfile.open(archive, "r:gz") as tar, tempfile.TemporaryDirectory() as work:
        manifest = read_manifest(tar)
        if manifest["database"]["vendor"] != vendor:
            raise BackupError(
                f"The backup is of a {manifest['database']['vendor']} database; the target is "
                f"{vendor}. Restore into the same kind of database."
            )
        _refuse_unless_empty(using, storage, manifest, force=force)
        keys = json.load(tar.extractfile(KEYS_MEMBER))["keys"]
        database_file = _extract(tar, manifest["database"]["member"], Path(work) / "database")
        if vendor == "sqlite":
            _restore_sqlite(using, database_file)
        else:
            _restore_postgres(using, database_file, force=force)
        _restore_media(tar, storage, manifest)
    return verify_restore(manifest=manifest, using=using, storage=storage, backed_up_keys=keys)
