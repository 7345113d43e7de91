"""HTTP benchmark of the course pages and "my learning" for a trainee with 21 enrolments.

1. Copies the demo database (default: db.sqlite3 in the repository root, which `make run` or
   `manage.py migrate && manage.py load_initial_data` fills) to
   bench/results/learning-<UTC timestamp>.sqlite3; the source is only read.
2. Runs bench/generate_learning_data.py against the copy: 16 extra small courses, the trainee
   bench.trainee@cphub.example enrolled in them and in cp-auditor-course with some lessons
   completed, and a logged-in session for that trainee.
3. Runs http_bench.py's machinery on the copy with that session cookie (never sent to /healthz,
   which stays the anonymous baseline). Before measuring it checks that every URL answers 200
   as the trainee and that /learning/ and /en/learning/ list all 21 enrolled courses, so a
   redirect to the login page is never timed.

Usage:
    .venv/bin/python bench/learning_bench.py [--source-db PATH] [http_bench options]

Options other than --source-db (--requests, --concurrency, --max-seconds, --warmup, --workers,
--timeout, --skip-collectstatic) are passed to http_bench.py; --urls, --cookie and
--database-url are set by this script. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import http.client
import json
import os
import secrets
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import http_bench
from http_bench import EXIT_INTERRUPTED, EXIT_SETUP_FAILED, HOST, REPO_ROOT, RESULTS_DIR, SetupError

GENERATOR = Path(__file__).resolve().parent / "generate_learning_data.py"
GENERATOR_TIMEOUT = 600.0
AUDITOR_SLUG = "cp-auditor-course"
EXPECTED_COURSES = 20  # open enrolments
EXPECTED_ENROLMENTS = 21  # and an earlier, withdrawn one in cp-auditor-course
LEARNING_URLS = {"/learning/": "zh-hans", "/en/learning/": "en"}
RESERVED_OPTIONS = ("--urls", "--cookie", "--database-url")
LOAD_HINT = (
    "Load the demo data first: `make run` once, or "
    "`.venv/bin/python manage.py migrate && .venv/bin/python manage.py load_initial_data`."
)


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        description="Course pages and /learning/ for a trainee with 21 enrolments, as ratios to "
        "/healthz. Other options are passed to http_bench.py.",
    )
    parser.add_argument(
        "--source-db",
        type=Path,
        default=http_bench.DEFAULT_DB,
        help="SQLite database with the demo data to copy (default: db.sqlite3 in the repository)",
    )
    args, rest = parser.parse_known_args(argv)
    for option in rest:
        name = option.split("=", 1)[0]
        # argparse also accepts unambiguous prefixes such as --url.
        if len(name) > 3 and any(reserved.startswith(name) for reserved in RESERVED_OPTIONS):
            parser.error(f"{name} is set by this script")
    return args, rest


def check_source(path: Path) -> None:
    """The source must be a SQLite database that holds the demo course."""
    if not path.is_file():
        raise SetupError(f"{path} does not exist. {LOAD_HINT}")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            found = connection.execute(
                "SELECT count(*) FROM wagtailcore_page p JOIN courses_coursepage c "
                "ON c.page_ptr_id = p.id WHERE p.slug = ?",
                (AUDITOR_SLUG,),
            ).fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise SetupError(f"{path} has no demo courses ({error}). {LOAD_HINT}") from error
    if not found:
        raise SetupError(f"{path} has no course {AUDITOR_SLUG!r}. {LOAD_HINT}")


def copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API: a consistent copy even if a server is using the source."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src,
        sqlite3.connect(target) as dst,
    ):
        src.backup(dst)


def generate(database_url: str) -> dict:
    env = http_bench.server_environment(database_url)
    completed = subprocess.run(
        [sys.executable, str(GENERATOR)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=GENERATOR_TIMEOUT,
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        output = (completed.stderr + completed.stdout)[-3000:]
        raise SetupError(f"generating the learning data failed:\n{output}")
    data = json.loads(lines[-1])
    expected = (EXPECTED_COURSES, EXPECTED_ENROLMENTS)
    if (data["courses"], data["enrolments"]) != expected:
        raise SetupError(
            f"{data['user']} has {data['enrolments']} enrolments in {data['courses']} courses, "
            f"not {EXPECTED_ENROLMENTS} in {EXPECTED_COURSES}"
        )
    return data


def get(port: int, url: str, cookie: str) -> tuple[int, str, str]:
    """(status, Location header, body) of one GET as the trainee."""
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        headers = {**http_bench.REQUEST_HEADERS, "Cookie": cookie}
        connection.request("GET", http_bench.request_target(url), headers=headers)
        response = connection.getresponse()
        body = response.read().decode("utf-8", errors="replace")
        return response.status, response.getheader("Location") or "", body
    finally:
        connection.close()


def verifier(urls: list[str], data: dict):
    """Checks, with the server up, that the pages render for the logged-in trainee."""

    def verify(port: int) -> None:
        print("checking every URL as the trainee...", flush=True)
        problems = []
        for url in urls:
            status, location, body = get(port, url, data["cookie"])
            if status != 200:
                where = f" to {location}" if location else ""
                problems.append(f"{url}: status {status}{where}")
                continue
            language = LEARNING_URLS.get(url)
            if language is None:
                continue
            missing = [
                title
                for title in data["titles"][language]
                if html.escape(title, quote=False) not in body
            ]
            # Each enrolment links to its course once (the page's own links do not).
            links = sum(body.count(f'href="{path}"') for path in set(data["links"][language]))
            if missing or links != EXPECTED_ENROLMENTS:
                problems.append(
                    f"{url}: {links} links to enrolled courses, not {EXPECTED_ENROLMENTS}; "
                    f"{len(missing)} of {EXPECTED_COURSES} course titles missing "
                    f"{', '.join(missing[:3])}"
                )
            else:
                print(
                    f"  {url}: 200, lists {links} enrolments in all {EXPECTED_COURSES} courses",
                    flush=True,
                )
        if problems:
            raise SetupError(
                "the pages do not render for the logged-in trainee (tracebacks in the server "
                "log, bench/results/http-*-server.log):\n  " + "\n  ".join(problems)
            )
        print("  every URL answers 200 as the trainee", flush=True)

    return verify


def interrupt(signum, frame):  # a polite kill stops the generator too (subprocess.run kills it)
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args, http_options = parse_args(argv)
    signal.signal(signal.SIGTERM, interrupt)
    # The generator signs the session with the key the server will use.
    os.environ.setdefault("BENCH_SECRET_KEY", secrets.token_urlsafe(50))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = RESULTS_DIR / f"learning-{stamp}.sqlite3"
    database_url = f"sqlite:///{copy.resolve()}"  # sqlite:////abs/path
    try:
        source = args.source_db.resolve()
        check_source(source)
        print(f"copying {source} to {copy.relative_to(REPO_ROOT)}...", flush=True)
        copy_database(source, copy)
        print("generating the bench trainee's courses, enrolments and session...", flush=True)
        data = generate(database_url)
    except (SetupError, subprocess.TimeoutExpired, OSError, sqlite3.Error) as error:
        print(f"benchmark could not run: {error}", file=sys.stderr)
        return EXIT_SETUP_FAILED
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(
        f"trainee {data['user']}: {data['enrolments']} enrolments, {data['open_enrolments']} "
        f"open, in {data['courses']} courses",
        flush=True,
    )
    print(f"session cookie: {data['cookie']}", flush=True)
    print(f"database: {copy.relative_to(REPO_ROOT)}", flush=True)

    urls = [*data["course_urls"], *LEARNING_URLS, data["lesson_url"]]
    return http_bench.main(
        [
            *http_options,
            "--database-url",
            database_url,
            "--cookie",
            data["cookie"],
            "--urls",
            *urls,
        ],
        before_measuring=verifier(urls, data),
    )


if __name__ == "__main__":
    sys.exit(main())
