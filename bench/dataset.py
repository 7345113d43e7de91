"""The large dataset of `make bench`: built once, cached, rebuilt only when GENERATOR_VERSION
changes or when asked (--rebuild).

Where it lives:
- SQLite (default): ``bench/results/bench-large.sqlite3``;
- PostgreSQL (when DATABASE_URL names a PostgreSQL server): the database ``bench_cphub`` on that
  server, whatever database the URL names (the benchmark never writes into that one).

A marker file ``bench/results/dataset-<sqlite|postgresql>.json`` records the generator version
and the sizes. It is written only after a complete build, so an interrupted build is started
again from scratch next time.

What is built: ``migrate``, the demo site (``load_initial_data``), ``generate_disclosure_data``
(20,000 enterprises x 10 years), the learning trainee of bench/generate_learning_data.py (20
courses), then bench/build_dataset.py ``build`` (50,000 trainees, 60,000 certificates, the
enterprise filer, the 2,000-seat exam).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"

# Bump when anything below builds different data: the next `make bench` rebuilds.
GENERATOR_VERSION = 1
# BENCH_DATASET=small builds a small dataset of its own, to try the machinery out in minutes;
# its numbers say nothing about scale.
SMALL = os.environ.get("BENCH_DATASET") == "small"
SIZES = (
    {"enterprises": 200, "years": 2, "trainees": 600, "certificates": 700, "seats": 300}
    if SMALL
    else {
        "enterprises": 20_000,
        "years": 10,
        "trainees": 50_000,
        "certificates": 60_000,
        "seats": 2_000,
    }
)
SUFFIX = "-small" if SMALL else ""
SQLITE_PATH = RESULTS_DIR / f"bench-large{SUFFIX}.sqlite3"
POSTGRES_DATABASE = f"bench_cphub{SUFFIX.replace('-', '_')}"
SETTINGS_MODULE = "bench.settings"
BUILD_TIMEOUT = 4 * 60 * 60


class DatasetError(RuntimeError):
    """The dataset could not be built."""


@dataclass(frozen=True)
class Dataset:
    vendor: str  # "sqlite" or "postgresql"
    database_url: str
    admin_url: str | None = None  # PostgreSQL: where to create and drop the bench database

    @property
    def marker(self) -> Path:
        return RESULTS_DIR / f"dataset-{self.vendor}{SUFFIX}.json"


def dataset_for(database_url: str | None) -> Dataset:
    """The bench database for DATABASE_URL (SQLite when unset or sqlite:)."""
    if not database_url or database_url.startswith("sqlite:"):
        return Dataset("sqlite", f"sqlite:///{SQLITE_PATH}")
    parts = urllib.parse.urlsplit(database_url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise DatasetError(f"unsupported DATABASE_URL scheme {parts.scheme!r}")
    bench = urllib.parse.urlunsplit(parts._replace(path=f"/{POSTGRES_DATABASE}"))
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    return Dataset("postgresql", bench, admin)


def read_marker(dataset: Dataset) -> dict | None:
    try:
        return json.loads(dataset.marker.read_text())
    except (OSError, ValueError):
        return None


def is_current(dataset: Dataset) -> bool:
    marker = read_marker(dataset)
    if not marker or marker.get("generator_version") != GENERATOR_VERSION:
        return False
    if marker.get("sizes") != SIZES:
        return False
    if dataset.vendor == "sqlite":
        return SQLITE_PATH.is_file()
    return postgres_database_exists(dataset)


def postgres_database_exists(dataset: Dataset) -> bool:
    import psycopg

    with psycopg.connect(dataset.admin_url, autocommit=True) as connection:
        row = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [POSTGRES_DATABASE]
        ).fetchone()
    return row is not None


def reset(dataset: Dataset) -> None:
    dataset.marker.unlink(missing_ok=True)
    if dataset.vendor == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{SQLITE_PATH}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    with psycopg.connect(dataset.admin_url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {POSTGRES_DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {POSTGRES_DATABASE}")


def django_environment(database_url: str, secret_key: str | None = None) -> dict[str, str]:
    """The server's environment (bench settings, Redis db 14), for commands run beforehand."""
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "DATABASE_URL": database_url,
            "SECRET_KEY": secret_key or env.get("BENCH_SECRET_KEY") or "bench-build-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SITE_BASE_URL": env.get("SITE_BASE_URL") or "http://127.0.0.1",
            "REDIS_URL": env.get("REDIS_URL") or "redis://127.0.0.1:6379/14",
            "SECURE_SSL_REDIRECT": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def run_step(
    command: list[str], env: dict[str, str], *, label: str, timeout: float = BUILD_TIMEOUT
) -> str:
    """Run one build step; its stdout is returned, its stderr shown on failure."""
    started = time.monotonic()
    print(f"  {label}...", flush=True)
    completed = subprocess.run(
        command,
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        output = (completed.stderr.strip() or completed.stdout)[-3000:]
        raise DatasetError(f"{label} failed:\n{output}")
    print(f"  {label}: {time.monotonic() - started:.0f} s", flush=True)
    return completed.stdout


def last_json_line(output: str) -> dict:
    for line in reversed(output.strip().splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise DatasetError(f"no JSON in the output:\n{output[-2000:]}")


def build(dataset: Dataset) -> dict:
    """Build everything from an empty database; returns what the marker records."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    reset(dataset)
    env = django_environment(dataset.database_url)
    python = sys.executable
    steps = {}
    started = time.monotonic()

    def step(label: str, *arguments: str) -> str:
        begun = time.monotonic()
        output = run_step([python, *arguments], env, label=label)
        steps[label] = round(time.monotonic() - begun, 1)
        return output

    step("migrate", "manage.py", "migrate", "--noinput")
    # A local, throw-away database: the demo accounts are harmless here.
    step("load_initial_data", "manage.py", "load_initial_data", "--allow-production")
    step(
        "generate_disclosure_data",
        "manage.py",
        "generate_disclosure_data",
        "--enterprises",
        str(SIZES["enterprises"]),
        "--years",
        str(SIZES["years"]),
        "--seed",
        "2026",
        "--batch",
        "4000",
    )
    step("generate_learning_data", "bench/generate_learning_data.py")
    built = last_json_line(
        step(
            "build_dataset",
            "bench/build_dataset.py",
            "build",
            "--trainees",
            str(SIZES["trainees"]),
            "--certificates",
            str(SIZES["certificates"]),
        )
    )
    marker = {
        "generator_version": GENERATOR_VERSION,
        "sizes": SIZES,
        "vendor": dataset.vendor,
        "built_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "build_seconds": round(time.monotonic() - started, 1),
        "steps_seconds": steps,
        "build": built,
    }
    dataset.marker.write_text(json.dumps(marker, indent=2) + "\n")
    return marker


def ensure(dataset: Dataset, *, rebuild: bool = False) -> dict:
    """The cached dataset, built first when missing, outdated or asked for."""
    if not rebuild and is_current(dataset):
        marker = read_marker(dataset) or {}
        print(
            f"dataset: cached ({dataset.vendor}, generator v{GENERATOR_VERSION}, "
            f"built {marker.get('built_at')})",
            flush=True,
        )
        # Migrations added since the build (indexes, new tables) still apply.
        run_step(
            [sys.executable, "manage.py", "migrate", "--noinput"],
            django_environment(dataset.database_url),
            label="migrate",
        )
        return marker
    print(
        f"dataset: building ({dataset.vendor}, generator v{GENERATOR_VERSION}; "
        "an hour or more the first time)...",
        flush=True,
    )
    return build(dataset)


if __name__ == "__main__":
    # `python bench/dataset.py [--rebuild]`: build (or check) the dataset of DATABASE_URL only.
    target = dataset_for(os.environ.get("DATABASE_URL"))
    try:
        print(json.dumps(ensure(target, rebuild="--rebuild" in sys.argv[1:]), indent=2))
    except DatasetError as error:
        sys.exit(f"dataset could not be built: {error}")
