"""Certificate benchmark: PDF rendering in-process and verification throughput over HTTP.

1. Copies the demo database (default: db.sqlite3 in the repository root; it must hold demo
   certificates) to bench/results/certificates-<UTC timestamp>.sqlite3 with SQLite's backup API.
2. PDF rendering (bench/certificate_pdf_worker.py, production settings, on the copy):
   COLD  = the first render in a fresh process (font registration, templates, seal), the
           median of --cold-runs separate processes;
   WARM  = --warm renders of different certificates in one process, bypassing the PDF cache;
   CACHED = --cached calls of render_certificate_pdf served from the cache.
3. Verification over HTTP with http_bench.py's machinery (gunicorn, production settings with
   the lookup rate limit raised: bench/settings.py): /healthz, /verify/<code>/,
   /en/verify/<code>/ and /api/v1/certificates/<code> for a valid demo certificate, 4 client
   threads and 4 workers by default. The API's throughput is compared with /healthz's (target
   >= 0.5: PASS or MISS, informational).

Usage:
    .venv/bin/python bench/certificate_bench.py [--source-db PATH] [--cold-runs N]
        [--warm N] [--cached N] [http_bench options]

Exit status: 0 when every response was a 200 (PASS or MISS alike), 1 when some were not,
2 when the benchmark could not run, 130 when interrupted. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import signal
import sqlite3
import statistics
import subprocess
import sys
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

WORKER = Path(__file__).resolve().parent / "certificate_pdf_worker.py"
SETTINGS_MODULE = "bench.settings"
WORKER_TIMEOUT = 300.0
API_TARGET_RATIO = 0.5
RESERVED_OPTIONS = ("--urls", "--cookie", "--database-url")
LOAD_HINT = (
    "Load the demo data first: `make run` once, or "
    "`.venv/bin/python manage.py migrate && .venv/bin/python manage.py load_initial_data`."
)


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        description="Certificate PDF rendering and verification throughput, as ratios to "
        "/healthz. Other options are passed to http_bench.py (defaults here: --concurrency 4 "
        "--workers 4).",
    )
    parser.add_argument(
        "--source-db",
        type=Path,
        default=http_bench.DEFAULT_DB,
        help="SQLite database with the demo certificates (default: db.sqlite3 in the repository)",
    )
    parser.add_argument("--cold-runs", type=http_bench.positive_int, default=5)
    parser.add_argument("--warm", type=http_bench.positive_int, default=30)
    parser.add_argument("--cached", type=http_bench.positive_int, default=30)
    args, rest = parser.parse_known_args(argv)
    for option in rest:
        name = option.split("=", 1)[0]
        if len(name) > 3 and any(reserved.startswith(name) for reserved in RESERVED_OPTIONS):
            parser.error(f"{name} is set by this script")
    return args, rest


def valid_code(path: Path) -> tuple[str, str]:
    """(code, number) of an active, unexpired, unreplaced certificate; refuses otherwise."""
    if not path.is_file():
        raise SetupError(f"{path} does not exist. {LOAD_HINT}")
    today = dt.date.today().isoformat()
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            total = connection.execute("SELECT count(*) FROM certificates_certificate").fetchone()
            row = connection.execute(
                "SELECT code, number FROM certificates_certificate c WHERE state = 'active' "
                "AND (valid_until IS NULL OR valid_until >= ?) AND NOT EXISTS "
                "(SELECT 1 FROM certificates_certificate r WHERE r.replaces_id = c.id) "
                "ORDER BY id LIMIT 1",
                (today,),
            ).fetchone()
    except sqlite3.DatabaseError as error:
        raise SetupError(
            f"{path} has no certificates table ({error}): it is not migrated. {LOAD_HINT}"
        ) from error
    if not total[0]:
        raise SetupError(f"{path} has no certificates. {LOAD_HINT}")
    if row is None:
        raise SetupError(f"{path} has no valid certificate. {LOAD_HINT}")
    return row


def copy_database(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src,
        sqlite3.connect(target) as dst,
    ):
        src.backup(dst)


def bench_environment(database_url: str) -> dict[str, str]:
    env = production_environment(database_url)
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    return env


production_environment = http_bench.server_environment


def run_worker(env: dict[str, str], *args: str) -> dict:
    completed = subprocess.run(
        [sys.executable, str(WORKER), *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=WORKER_TIMEOUT,
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        raise SetupError(f"the PDF worker failed:\n{(completed.stderr + completed.stdout)[-3000:]}")
    return json.loads(lines[-1])


def summary(values: list[float]) -> dict:
    ordered = sorted(values)
    return {
        "n": len(ordered),
        "median_ms": statistics.median(ordered),
        "p95_ms": http_bench.percentile(ordered, 0.95),
        "min_ms": ordered[0],
        "max_ms": ordered[-1],
    }


def measure_pdf(args: argparse.Namespace, env: dict[str, str]) -> dict:
    print(f"PDF: {args.cold_runs} cold processes...", flush=True)
    cold = [run_worker(env, "cold")["cold_ms"] for _ in range(args.cold_runs)]
    print(f"PDF: {args.warm} uncached and {args.cached} cached renders in one process...")
    data = run_worker(env, "warm", str(args.warm), str(args.cached))
    return {
        "cold": summary(cold) | {"samples_ms": cold},
        "warm": summary(data["warm_ms"]),
        "cached": summary(data["cached_ms"]),
        "pdf_bytes_median": round(statistics.median(data["warm_bytes"])),
        "distinct_certificates_in_db": data["distinct_certificates"],
        "cache_backend": data["cache_backend"],
    }


def checker(urls: list[str], number: str):
    """Before measuring: every URL answers 200 and shows the certificate as valid."""

    def check(port: int) -> None:
        problems = []
        for url in urls:
            connection = http.client.HTTPConnection(HOST, port, timeout=30)
            try:
                connection.request("GET", url, headers=http_bench.REQUEST_HEADERS)
                response = connection.getresponse()
                body = response.read().decode("utf-8", errors="replace")
            finally:
                connection.close()
            if response.status != 200:
                problems.append(f"{url}: status {response.status}")
            elif url.startswith("/api/"):
                if json.loads(body).get("status") != "valid":
                    problems.append(f"{url}: status is not 'valid': {body[:200]}")
            elif number not in body:
                problems.append(f"{url}: the page does not show {number}")
        if problems:
            raise SetupError(
                "verification does not answer as expected:\n  " + "\n  ".join(problems)
            )
        print("  every verification URL answers 200 for the valid certificate", flush=True)

    return check


def ratio(value: float | None, baseline: float | None) -> float | None:
    return value / baseline if value is not None and baseline else None


def main(argv: list[str] | None = None) -> int:
    args, http_options = parse_args(argv)

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    started_at = dt.datetime.now(dt.UTC)
    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    copy = RESULTS_DIR / f"certificates-{stamp}.sqlite3"
    database_url = f"sqlite:///{copy.resolve()}"
    env = bench_environment(database_url)
    try:
        source = args.source_db.resolve()
        code, number = valid_code(source)
        print(f"copying {source} to {copy.relative_to(REPO_ROOT)}...", flush=True)
        copy_database(source, copy)
        pdf = measure_pdf(args, env)
    except (SetupError, subprocess.TimeoutExpired, OSError, sqlite3.Error) as error:
        print(f"benchmark could not run: {error}", file=sys.stderr)
        return EXIT_SETUP_FAILED
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED

    urls = [f"/verify/{code}/", f"/en/verify/{code}/", f"/api/v1/certificates/{code}"]
    before = set(RESULTS_DIR.glob("http-*.json"))
    # The server runs with the raised lookup rate (bench/settings.py).
    http_bench.server_environment = bench_environment
    status = http_bench.main(
        [
            *("--concurrency", "4", "--workers", "4"),
            *http_options,
            *("--database-url", database_url, "--urls", *urls),
        ],
        before_measuring=checker(urls, number),
    )
    new = sorted(set(RESULTS_DIR.glob("http-*.json")) - before)
    if status not in (EXIT_OK, EXIT_BAD_RESPONSES) or not new:
        return status
    http_report = json.loads(new[-1].read_text())
    results = {r["url"]: r for r in http_report["results"]}
    healthz = results.get(HEALTHZ, {})
    baseline_ms = healthz.get("median_ms")
    baseline_rps = healthz.get("requests_per_second")
    api = results.get(urls[2], {})
    api_ratio = ratio(api.get("requests_per_second"), baseline_rps)
    verdict = "PASS" if api_ratio is not None and api_ratio >= API_TARGET_RATIO else "MISS"
    for kind in ("cold", "warm", "cached"):
        pdf[kind]["ratio_to_healthz"] = ratio(pdf[kind]["median_ms"], baseline_ms)

    print()
    print(f"{'PDF render':<12}  {'n':>4}  {'median ms':>10}  {'p95 ms':>9}  {'ratio':>8}")
    print("-" * 51)
    for kind in ("cold", "warm", "cached"):
        row = pdf[kind]
        print(
            f"{kind:<12}  {row['n']:>4}  {row['median_ms']:>10.2f}  {row['p95_ms']:>9.2f}  "
            f"{http_bench.fmt(row['ratio_to_healthz'], 4):>8}"
        )
    print(f"(ratio: median / /healthz median {http_bench.fmt(baseline_ms)} ms over HTTP)")
    print()
    width = max(len(url) for url in results)
    header = (
        f"{'URL':<{width}}  {'ok':>5}  {'non-200':>7}  {'errors':>6}  {'median ms':>9}  "
        f"{'req/s':>8}  {'req/s ratio':>11}"
    )
    print(header)
    print("-" * len(header))
    throughput = {}
    for url, r in results.items():
        throughput[url] = ratio(r["requests_per_second"], baseline_rps)
        print(
            f"{url:<{width}}  {r['ok']:>5}  {r['non_200']:>7}  {r['errors']:>6}  "
            f"{http_bench.fmt(r['median_ms']):>9}  {http_bench.fmt(r['requests_per_second'], 1):>8}"
            f"  {http_bench.fmt(throughput[url]):>11}"
        )
    print()
    print(
        f"API throughput / /healthz throughput = {http_bench.fmt(api_ratio)} "
        f"(target >= {API_TARGET_RATIO}): {verdict}"
    )
    problems = http_bench.problems([http_bench.UrlResult(**r) for r in http_report["results"]])
    for note in problems:
        print(f"PROBLEM: non-200 responses or errors: {note}")

    report = {
        "benchmark": "certificates",
        "started_at": started_at.isoformat(),
        "finished_at": dt.datetime.now(dt.UTC).isoformat(),
        "git": http_report["git"],
        "python": http_report["python"],
        "platform": http_report["platform"],
        "cpu_count": os.cpu_count(),
        "settings": SETTINGS_MODULE,
        "database": str(copy.relative_to(REPO_ROOT)),
        "certificate": {"code": code, "number": number},
        "healthz_median_ms": baseline_ms,
        "healthz_requests_per_second": baseline_rps,
        "pdf": pdf,
        "http": {
            "report": str(new[-1].relative_to(REPO_ROOT)),
            "parameters": http_report["parameters"],
            "workers": http_report["server"]["workers"],
            "results": http_report["results"],
            "throughput_ratio_to_healthz": throughput,
        },
        "api_throughput_ratio": api_ratio,
        "api_target_ratio": API_TARGET_RATIO,
        "verdict": verdict,
        "problems": problems,
    }
    path = RESULTS_DIR / f"certificates-{stamp}.json"
    path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"results: {path.relative_to(REPO_ROOT)}")
    return EXIT_BAD_RESPONSES if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
