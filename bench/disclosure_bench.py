"""Disclosure benchmark: the portal and open data at 20,000 enterprises x 10 years.

1. Builds (or, with --reuse, reuses) a database holding the demo site plus generated disclosure
   data (`manage.py generate_disclosure_data --enterprises N --years Y`): a SQLite file
   bench/results/disclosure-<N>x<Y>.sqlite3, or with --postgres the PostgreSQL database
   `bench_disclosure` on 127.0.0.1:5432 (dropped and created again unless --reuse).
2. Search and profile pages over HTTP with http_bench.py's machinery (gunicorn, production
   settings with look-up rate limits raised: bench/settings.py), sequential requests
   so the medians and p95 are latencies: /healthz, searches by name, by facets and by credit
   code, an enterprise profile, a report page and the JSON API. Each p50 and p95 is reported as
   a ratio to /healthz's.
3. CSV export: a fresh gunicorn with one worker streams /api/v1/disclosures.csv for one
   province and then for the whole country (the latest year); rows per second, and the
   worker's peak resident memory (VmHWM) after each export compared with its value after
   /healthz alone. Streaming keeps memory flat whatever the number of rows.

Usage:
    .venv/bin/python bench/disclosure_bench.py [--enterprises 20000] [--years 10]
        [--postgres] [--reuse] [--requests 100]

Exit status: 0 when every response was a 200, 1 when some were not, 2 when the benchmark could
not run, 130 when interrupted. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import http_bench
from http_bench import (
    EXIT_BAD_RESPONSES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SETUP_FAILED,
    HEALTHZ,
    HOST,
    REPO_ROOT,
    RESULTS_DIR,
    SetupError,
)

SETTINGS_MODULE = "bench.settings"
POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"
POSTGRES_BENCH_URL = "postgres://postgres@127.0.0.1:5432/bench_disclosure"
BUILD_TIMEOUT = 3 * 60 * 60
EXPORT_TIMEOUT = 60 * 60


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--enterprises", type=http_bench.positive_int, default=20000)
    parser.add_argument("--years", type=http_bench.positive_int, default=10)
    parser.add_argument("--postgres", action="store_true", help="PostgreSQL instead of SQLite")
    parser.add_argument("--reuse", action="store_true", help="reuse an existing bench database")
    parser.add_argument("--requests", type=http_bench.positive_int, default=100)
    parser.add_argument("--max-seconds", type=http_bench.positive_float, default=900.0)
    parser.add_argument("--skip-export", action="store_true", help="only measure the pages")
    return parser.parse_args(argv)


# --- Building the data ------------------------------------------------------------------------


def manage(database_url: str, *arguments: str, timeout: float = BUILD_TIMEOUT) -> str:
    env = os.environ.copy()
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.dev", "DATABASE_URL": database_url})
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        output = (completed.stderr or completed.stdout)[-3000:]
        raise SetupError(f"manage.py {' '.join(arguments)} failed:\n{output}")
    print(f"  manage.py {arguments[0]}: {time.monotonic() - started:.0f} s", flush=True)
    return completed.stdout


def postgres_reset() -> None:
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as connection:
        connection.execute("DROP DATABASE IF EXISTS bench_disclosure WITH (FORCE)")
        connection.execute("CREATE DATABASE bench_disclosure")


def build(args: argparse.Namespace) -> tuple[str, dict]:
    """The database URL, and how the data was built (timings)."""
    if args.postgres:
        database_url = POSTGRES_BENCH_URL
        fresh = not args.reuse
        if fresh:
            postgres_reset()
    else:
        path = RESULTS_DIR / f"disclosure-{args.enterprises}x{args.years}.sqlite3"
        database_url = f"sqlite:///{path.resolve()}"
        fresh = not (args.reuse and path.is_file())
        if fresh and path.exists():
            path.unlink()
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    info = {"reused": not fresh}
    if fresh:
        print("building the benchmark database (this takes a while)...", flush=True)
        started = time.monotonic()
        manage(database_url, "migrate", "--noinput")
        manage(database_url, "load_initial_data")
        generated = time.monotonic()
        manage(
            database_url,
            "generate_disclosure_data",
            "--enterprises",
            str(args.enterprises),
            "--years",
            str(args.years),
            "--seed",
            "2026",
        )
        info["generate_seconds"] = round(time.monotonic() - generated, 1)
        info["build_seconds"] = round(time.monotonic() - started, 1)
    return database_url, info


def sample(database_url: str) -> dict:
    """Real identifiers to request: a generated enterprise with reports, one of its reports,
    the latest year, and a common word of enterprise names."""
    query = (
        "SELECT e.credit_code, r.year, r.kind, r.sequence FROM disclosure_report r "
        "JOIN disclosure_enterprise e ON e.id = r.enterprise_id "
        "WHERE r.current_version_id IS NOT NULL AND r.kind = 'annual' "
        "ORDER BY r.year DESC, e.credit_code DESC LIMIT 1"
    )
    counts = (
        "SELECT (SELECT count(*) FROM disclosure_enterprise), "
        "(SELECT count(*) FROM disclosure_report), "
        "(SELECT count(*) FROM disclosure_dischargerecord)"
    )
    if database_url.startswith("sqlite"):
        path = urllib.parse.urlsplit(database_url).path[1:]
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute(query).fetchone()
            totals = connection.execute(counts).fetchone()
    else:
        import psycopg

        with psycopg.connect(database_url) as connection:
            row = connection.execute(query).fetchone()
            totals = connection.execute(counts).fetchone()
    if row is None:
        raise SetupError("the database has no published annual report")
    code, year, _kind, _sequence = row
    return {
        "credit_code": code,
        "report": f"{code}-{year}-AR",
        "year": year,
        "enterprises": totals[0],
        "reports": totals[1],
        "discharge_rows": totals[2],
    }


def page_urls(ids: dict) -> list[str]:
    name = urllib.parse.quote("化工")
    return [
        f"/disclosure/?q={name}",
        "/disclosure/?province=32&pollutant=so2&exceedance=1",
        "/disclosure/?overdue=1&sector=C26",
        f"/disclosure/?q={ids['credit_code']}",
        f"/disclosure/enterprises/{ids['credit_code']}/",
        f"/en/disclosure/enterprises/{ids['credit_code']}/",
        f"/disclosure/reports/{ids['report']}/",
        "/api/v1/enterprises?province=32&limit=100",
        "/api/v1/disclosures?pollutant=cod&limit=50",
    ]


# --- CSV export -------------------------------------------------------------------------------


def peak_rss_kib(master_pid: int) -> int:
    """The largest VmHWM among gunicorn's worker processes."""
    peaks = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        if fields.get("PPid", "").strip() == str(master_pid) and "VmHWM" in fields:
            peaks.append(int(fields["VmHWM"].split()[0]))
    return max(peaks, default=0)


def stream(port: int, target: str) -> tuple[int, int, float]:
    """(status, data rows, seconds) of one streamed download, read in chunks."""
    connection = http.client.HTTPConnection(HOST, port, timeout=EXPORT_TIMEOUT)
    started = time.perf_counter()
    try:
        connection.request("GET", target, headers=http_bench.REQUEST_HEADERS)
        response = connection.getresponse()
        lines = 0
        while chunk := response.read(1 << 16):
            lines += chunk.count(b"\n")
        return response.status, max(0, lines - 1), time.perf_counter() - started
    finally:
        connection.close()


def measure_export(database_url: str, year: int) -> list[dict]:
    results = []
    for label, target in (
        ("one province, one year", f"/api/v1/disclosures.csv?year={year}&province=32"),
        ("whole country, one year", f"/api/v1/disclosures.csv?year={year}"),
    ):
        env = bench_environment(database_url)
        port = http_bench.free_port()
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        server = http_bench.Server(
            [*http_bench.gunicorn_command(port, 1), "--timeout", str(EXPORT_TIMEOUT)],
            env,
            RESULTS_DIR / f"disclosure-export-{stamp}-server.log",
        )
        try:
            server.start()
            http_bench.wait_until_healthy(server, port, time.monotonic() + 60)
            for _ in range(20):
                http_bench.fetch(port, HEALTHZ, timeout=10)
            baseline_kib = peak_rss_kib(server.process.pid)
            print(f"CSV export, {label}: {target}", flush=True)
            status, rows, seconds = stream(port, target)
            peak_kib = peak_rss_kib(server.process.pid)
        finally:
            server.stop()
        results.append(
            {
                "label": label,
                "url": target,
                "status": status,
                "rows": rows,
                "seconds": round(seconds, 2),
                "rows_per_second": round(rows / seconds) if seconds else None,
                "worker_peak_rss_mib_after_healthz": round(baseline_kib / 1024, 1),
                "worker_peak_rss_mib_after_export": round(peak_kib / 1024, 1),
                "growth_mib": round((peak_kib - baseline_kib) / 1024, 1),
            }
        )
        print(
            f"  {rows} rows in {seconds:.1f} s = {results[-1]['rows_per_second']} rows/s; "
            f"worker peak RSS {baseline_kib / 1024:.0f} MiB -> {peak_kib / 1024:.0f} MiB",
            flush=True,
        )
    return results


# --- Main -------------------------------------------------------------------------------------


def bench_environment(database_url: str) -> dict[str, str]:
    env = production_environment(database_url)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    return env


production_environment = http_bench.server_environment


def ratio(value: float | None, baseline: float | None) -> float | None:
    return value / baseline if value is not None and baseline else None


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    started_at = dt.datetime.now(dt.UTC)
    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    try:
        database_url, build_info = build(args)
        ids = sample(database_url)
    except (SetupError, subprocess.TimeoutExpired, OSError, sqlite3.Error) as error:
        print(f"benchmark could not run: {error}", file=sys.stderr)
        return EXIT_SETUP_FAILED
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    print(
        f"data: {ids['enterprises']} enterprises, {ids['reports']} reports, "
        f"{ids['discharge_rows']} discharge rows",
        flush=True,
    )

    urls = page_urls(ids)
    before = set(RESULTS_DIR.glob("http-*.json"))
    http_bench.server_environment = bench_environment
    status = http_bench.main(
        [
            *("--concurrency", "1", "--workers", "2"),
            *("--requests", str(args.requests), "--max-seconds", str(args.max_seconds)),
            *("--database-url", database_url, "--urls", *urls),
        ]
    )
    new = sorted(set(RESULTS_DIR.glob("http-*.json")) - before)
    if status not in (EXIT_OK, EXIT_BAD_RESPONSES) or not new:
        return status
    http_report = json.loads(new[-1].read_text())
    results = http_report["results"]
    healthz = next(r for r in results if r["url"] == HEALTHZ)

    print()
    header = f"{'URL':<60}  {'p50 ms':>8}  {'p95 ms':>8}  {'p50 ratio':>9}  {'p95 ratio':>9}"
    print(header)
    print("-" * len(header))
    pages = []
    for r in results:
        row = {
            "url": r["url"],
            "ok": r["ok"],
            "p50_ms": r["median_ms"],
            "p95_ms": r["p95_ms"],
            "p50_ratio": ratio(r["median_ms"], healthz["median_ms"]),
            "p95_ratio": ratio(r["p95_ms"], healthz["p95_ms"]),
        }
        pages.append(row)
        print(
            f"{r['url'][:60]:<60}  {http_bench.fmt(row['p50_ms']):>8}  "
            f"{http_bench.fmt(row['p95_ms']):>8}  {http_bench.fmt(row['p50_ratio']):>9}  "
            f"{http_bench.fmt(row['p95_ratio']):>9}"
        )

    exports = []
    if not args.skip_export:
        print()
        try:
            exports = measure_export(database_url, ids["year"])
        except (SetupError, OSError, http.client.HTTPException) as error:
            print(f"CSV export could not run: {error}", file=sys.stderr)
            return EXIT_SETUP_FAILED
    problems = http_bench.problems([http_bench.UrlResult(**r) for r in results])
    problems += [f"{e['url']}: status {e['status']}" for e in exports if e["status"] != 200]
    for note in problems:
        print(f"PROBLEM: {note}")

    report = {
        "benchmark": "disclosure",
        "started_at": started_at.isoformat(),
        "finished_at": dt.datetime.now(dt.UTC).isoformat(),
        "git": http_report["git"],
        "python": http_report["python"],
        "platform": http_report["platform"],
        "cpu_count": os.cpu_count(),
        "database": "postgresql" if args.postgres else "sqlite",
        "size": {"enterprises": args.enterprises, "years": args.years} | ids,
        "build": build_info,
        "healthz": {"p50_ms": healthz["median_ms"], "p95_ms": healthz["p95_ms"]},
        "pages": pages,
        "http_report": str(new[-1].relative_to(REPO_ROOT)),
        "csv_export": exports,
        "problems": problems,
    }
    suffix = "postgres" if args.postgres else "sqlite"
    path = RESULTS_DIR / f"disclosure-{suffix}-{stamp}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {path.relative_to(REPO_ROOT)}")
    return EXIT_BAD_RESPONSES if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
