"""`make bench`: one command that builds the large dataset once and measures everything.

1. The dataset (bench/dataset.py): 20,000 enterprises x 10 years, 50,000 trainees, 60,000
   certificates, a 2,000-seat exam. SQLite file in bench/results/ by default, the PostgreSQL
   database bench_cphub when DATABASE_URL names a PostgreSQL server. Built once and cached.
2. Fresh sessions for this run (bench/build_dataset.py sessions, bench/generate_learning_data.py)
   signed with this run's SECRET_KEY.
3. gunicorn with the production settings (bench/settings.py only raises look-up rate limits),
   as `make serve` starts it (gunicorn.conf.py), through http_bench.py's launcher.
4. A fixed mix of public and signed-in URLs with wrk (``--connections`` 16, ``--seconds`` 5
   each after a 1-second warm-up, bench/wrk_report.lua for statuses and latency percentiles),
   /healthz first; then the CSV export's time to first byte with a streaming client, against
   /healthz's measured the same way.
5. On PostgreSQL (or with --exam-day): the exam-day scenario, bench/locustfile_exam.py run
   headless with locust, stepping up the number of examinees until a step misses p95 save
   <= 1 s or loses an answer; after each step the database is checked against what the
   clients saw (bench/generate_exam_data.py verify).
6. bench/results/<date>-<database>.json and .md: req/s, p50/p95/p99, errors, ratio to /healthz
   and issue 12's targets (met/missed) per URL, and the exam-day steps.

Usage: .venv/bin/python bench/run.py [--rebuild] [--seconds 5] [--connections 16]
       [--exam-day | --no-exam-day] [--exam-steps 500 1000 2000] ...
Exit status: 0 when it ran (targets are reported, not enforced), 1 when responses failed or an
acknowledged answer was lost, 2 when it could not run, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

import dataset as bench_dataset  # noqa: E402
import http_bench  # noqa: E402
import report  # noqa: E402
from http_bench import HOST, REPO_ROOT, RESULTS_DIR, Server, SetupError  # noqa: E402

WRK_SCRIPT = BENCH_DIR / "wrk_report.lua"
LOCUSTFILE = BENCH_DIR / "locustfile_exam.py"
SEATS_FILE = RESULTS_DIR / "exam-seats.json"
NAME_QUERY = "化工"  # a word in many generated enterprise names
CSV_URL = "/api/v1/disclosures.csv"
TTFB_SAMPLE_GAP_SECONDS = 0.05
# The exam-day server: threads overlap the database round trips of saves; see docs/performance.md.
EXAM_WORKERS = 4
EXAM_THREADS = 8


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="make bench: the whole benchmark, one command.")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached dataset")
    parser.add_argument("--seconds", type=float, default=5.0, help="wrk run per URL (5)")
    parser.add_argument("--warmup-seconds", type=float, default=1.0, help="warm-up per URL (1)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (16)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--workers", type=int, default=None, help="gunicorn workers (gunicorn.conf.py's default)"
    )
    parser.add_argument("--ttfb-requests", type=int, default=20, help="CSV first-byte samples")
    exam = parser.add_mutually_exclusive_group()
    exam.add_argument("--exam-day", dest="exam_day", action="store_true", default=None)
    exam.add_argument("--no-exam-day", dest="exam_day", action="store_false")
    parser.add_argument("--exam-steps", type=int, nargs="+", default=[500, 1000, 2000])
    # Entering costs about 25 ms of server time (start 13 ms, attempt page 10 ms): 15 a second
    # keeps the entry rush within the machine, as an exam that opens its doors over minutes.
    parser.add_argument("--exam-spawn-rate", type=float, default=15.0)
    parser.add_argument(
        "--exam-steady-seconds",
        type=float,
        default=90.0,
        help="seconds from the last examinee's spawn until the submits start (90)",
    )
    parser.add_argument("--exam-workers", type=int, default=EXAM_WORKERS)
    parser.add_argument("--exam-threads", type=int, default=EXAM_THREADS)
    parser.add_argument("--locust-processes", type=int, default=1)
    parser.add_argument("--skip-urls", action="store_true", help="only the exam day")
    parser.add_argument("--skip-collectstatic", action="store_true")
    parser.add_argument("--name", default=None, help="results file name (<date>-<database>)")
    return parser.parse_args(argv)


# --- Machine ----------------------------------------------------------------------------------


def machine() -> dict:
    cpu_model = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gib = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gib = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "ram_gib": ram_gib,
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def database_version(dataset: bench_dataset.Dataset) -> str:
    if dataset.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    import psycopg

    with psycopg.connect(dataset.database_url) as connection:
        version = connection.execute("SHOW server_version").fetchone()[0]
    return f"PostgreSQL {version}"


# --- Preparing a run --------------------------------------------------------------------------


def prepare_sessions(env: dict[str, str]) -> dict:
    """Sessions signed with this run's key, and the identifiers the URL mix requests."""
    python = sys.executable
    sessions = bench_dataset.last_json_line(
        bench_dataset.run_step(
            [
                python,
                "bench/build_dataset.py",
                "sessions",
                "--seats",
                str(bench_dataset.SIZES["seats"]),
                "--seats-file",
                str(SEATS_FILE),
            ],
            env,
            label="sessions",
            timeout=600,
        )
    )
    learning = bench_dataset.last_json_line(
        bench_dataset.run_step(
            [python, "bench/generate_learning_data.py"], env, label="learning trainee", timeout=600
        )
    )
    return {**sessions, "learning": learning}


def url_mix(ids: dict) -> list[dict]:
    """The fixed mix: label, URL, audience, the session it needs, and its role in a target."""
    session = ids["session_cookie"]
    learner = ids["learning"]["cookie"]
    filer = f"{session}={ids['filer_session']}"
    examinee = f"{session}={ids['examinee_session']}"
    code = ids["credit_code"]
    certificate = ids["certificate_code"]
    public, signed_in = report.PUBLIC, report.SIGNED_IN
    return [
        {"label": "/healthz", "url": "/healthz", "audience": report.BASELINE},
        {"label": "/ (home)", "url": "/", "audience": public},
        {"label": "/en/", "url": "/en/", "audience": public},
        {"label": "/courses/", "url": "/courses/", "audience": public},
        {"label": "a course page", "url": ids["learning"]["course_urls"][0], "audience": public},
        {
            "label": "a lesson",
            "url": ids["learning"]["lesson_url"],
            "audience": signed_in,
            "cookie": learner,
        },
        {"label": "my learning", "url": "/learning/", "audience": signed_in, "cookie": learner},
        {
            "label": "the exam attempt",
            "url": f"/exams/attempts/{ids['examinee_attempt']}/",
            "audience": signed_in,
            "cookie": examinee,
        },
        {
            "label": "filing dashboard",
            "url": "/disclosure/manage/",
            "audience": signed_in,
            "cookie": filer,
        },
        {"label": "/disclosure/", "url": "/disclosure/", "audience": public},
        {
            "label": "an enterprise profile",
            "url": f"/disclosure/enterprises/{code}/",
            "audience": public,
            "role": "profile",
        },
        {
            "label": "disclosure search by name",
            "url": f"/disclosure/?q={urllib.parse.quote(NAME_QUERY)}",
            "audience": public,
            "role": "search",
        },
        {
            "label": "disclosure search by credit code",
            "url": f"/disclosure/?q={code}",
            "audience": public,
            "role": "search",
        },
        {"label": "/disclosure/statistics/", "url": "/disclosure/statistics/", "audience": public},
        {"label": "/api/v1/disclosures", "url": "/api/v1/disclosures", "audience": public},
        {
            "label": "/api/v1/disclosures with filters",
            "url": "/api/v1/disclosures?pollutant=cod&province=32&limit=50",
            "audience": public,
        },
        {"label": "/verify/<code>/", "url": f"/verify/{certificate}/", "audience": public},
        {
            "label": "/api/v1/certificates/<code>",
            "url": f"/api/v1/certificates/{certificate}",
            "audience": public,
        },
        {"label": "/regulations/", "url": "/regulations/", "audience": public},
        {"label": "/news/", "url": "/news/", "audience": public},
        # The baseline again: ratios use the mean of both /healthz rows.
        {"label": "/healthz (again, last)", "url": "/healthz", "audience": report.BASELINE},
    ]


def preflight(port: int, mix: list[dict]) -> None:
    """Every URL answers 200 with its session before anything is timed (a redirect to the
    login page or a 404 would otherwise be measured as a fast page)."""
    failures = []
    for probe in mix:
        headers = {"Cookie": probe["cookie"]} if probe.get("cookie") else None
        status, _seconds, _size, error = http_bench.fetch(
            port, http_bench.request_target(probe["url"]), 60.0, headers
        )
        if status != 200:
            failures.append(f"{probe['label']} {probe['url']}: {status or error}")
    if failures:
        raise SetupError("URLs that do not answer 200:\n  " + "\n  ".join(failures))


# --- wrk --------------------------------------------------------------------------------------


def wrk_command(
    *, port: int, url: str, seconds: float, connections: int, threads: int, cookie: str | None
) -> list[str]:
    command = [
        "wrk",
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={max(1, round(seconds))}s",
        "--timeout=30s",
        f"--script={WRK_SCRIPT}",
        "--header=X-Forwarded-Proto: https",
    ]
    if cookie:
        command.append(f"--header=Cookie: {cookie}")
    command.append(f"http://{HOST}:{port}{http_bench.request_target(url)}")
    return command


def run_wrk(command: list[str], seconds: float) -> dict:
    completed = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + 60, check=False
    )
    if completed.returncode != 0:
        raise SetupError(f"wrk failed: {completed.stderr.strip() or completed.stdout.strip()}")
    return report.parse_wrk_output(completed.stdout)


def drain(port: int, parallel: int = 8) -> None:
    """Wait until gunicorn has answered what wrk left queued: wrk stops at its deadline, but a
    sync worker still serves every request already sent, and that backlog would be timed as
    the next URL's. A /healthz sent now is accepted after the backlog, so its answer (from
    each of ``parallel`` connections, at least one per worker) means the server is free."""
    target = http_bench.request_target("/healthz")
    threads = [
        threading.Thread(target=http_bench.fetch, args=(port, target, 300.0))
        for _ in range(parallel)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def measure_urls(args: argparse.Namespace, port: int, mix: list[dict]) -> list:
    measurements = []
    for probe in mix:
        common = {
            "port": port,
            "url": probe["url"],
            "connections": args.connections,
            "threads": args.threads,
            "cookie": probe.get("cookie"),
        }
        if args.warmup_seconds > 0:
            run_wrk(wrk_command(seconds=args.warmup_seconds, **common), args.warmup_seconds)
            drain(port)
        summary = run_wrk(wrk_command(seconds=args.seconds, **common), args.seconds)
        drain(port)
        measurement = report.from_wrk(
            label=probe["label"],
            url=probe["url"],
            audience=probe["audience"],
            role=probe.get("role"),
            summary=summary,
        )
        measurements.append(measurement)
        print(
            f"  {probe['label']:<36} {measurement.requests_per_second or 0:8.1f} req/s  "
            f"p95 {report.fmt(measurement.p95_ms, 1):>8} ms  errors {measurement.errors}",
            flush=True,
        )
    return measurements


# --- Time to first byte -----------------------------------------------------------------------


def first_byte(port: int, url: str, timeout: float = 120.0) -> tuple[int | None, float, str]:
    """(status, seconds until the first byte of the body, error) on a fresh connection. The
    rest of the body is read too (untimed): a sync worker would otherwise go on streaming an
    export nobody reads while the next sample is measured."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request(
            "GET", http_bench.request_target(url), headers=http_bench.REQUEST_HEADERS
        )
        response = connection.getresponse()
        response.read(1)
        elapsed = time.perf_counter() - started
        response.read()
        return response.status, elapsed, ""
    except (OSError, http.client.HTTPException) as error:
        return None, time.perf_counter() - started, type(error).__name__
    finally:
        connection.close()


def measure_ttfb(
    port: int, label: str, url: str, audience: str, requests: int, *, warmups: int = 1
):
    # Warm-up: as wrk's second per URL, so that samples time the answer and not a worker's
    # first use of the code (workers are fresh after gunicorn's max_requests restarts).
    for _ in range(warmups):
        first_byte(port, url)
    seconds, statuses, errors = [], {}, {}
    started = time.perf_counter()
    for _ in range(requests):
        # Each sample starts once the server is done with the previous one: sent back to back,
        # a sample after a 3 MB export timed that export's teardown too (1.5 ms more than the
        # same request after an empty export, on the 2-core box).
        time.sleep(TTFB_SAMPLE_GAP_SECONDS)
        status, elapsed, error = first_byte(port, url)
        if status is None:
            errors[error] = errors.get(error, 0) + 1
            continue
        statuses[str(status)] = statuses.get(str(status), 0) + 1
        if status == 200:
            seconds.append(elapsed)
    measurement = report.from_timings(
        label=label,
        url=url,
        audience=audience,
        seconds=seconds,
        statuses=statuses,
        socket_errors=errors,
        wall_seconds=time.perf_counter() - started,
    )
    print(f"  {label:<36} first byte p50 {report.fmt(measurement.p50_ms, 1)} ms", flush=True)
    return measurement


# --- Exam day ---------------------------------------------------------------------------------


def exam_step(
    args: argparse.Namespace, port: int, users: int, env: dict[str, str], log_root: Path
) -> report.ExamStep:
    ramp = users / args.exam_spawn_rate
    submit_after = ramp + args.exam_steady_seconds
    spread = 30.0
    run_time = int(submit_after + spread + 30)
    log_dir = log_root / f"step-{users}"
    log_dir.mkdir(parents=True)
    csv_prefix = log_dir / "locust"
    locust_env = {
        **os.environ,
        "BENCH_SEATS_FILE": str(SEATS_FILE),
        "BENCH_EXAM_LOG_DIR": str(log_dir),
        "BENCH_SUBMIT_AFTER": str(submit_after),
        "BENCH_SUBMIT_SPREAD": str(spread),
        "BENCH_LOCUST_PROCESSES": str(args.locust_processes),
    }
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(args.exam_spawn_rate),
        "--run-time",
        f"{run_time}s",
        "--stop-timeout",
        "30",
        "--host",
        f"http://{HOST}:{port}",
        "--csv",
        str(csv_prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    if args.locust_processes > 1:
        command += ["--processes", str(args.locust_processes)]
    print(
        f"  exam day: {users} examinees (spawn {args.exam_spawn_rate:g}/s, all saving for "
        f"{args.exam_steady_seconds:.0f} s, then submitting; {run_time} s)...",
        flush=True,
    )
    completed = subprocess.run(
        command,
        cwd=REPO_ROOT,
        env=locust_env,
        capture_output=True,
        text=True,
        timeout=run_time + 180,
        check=False,
    )
    (log_dir / "locust.out").write_text(completed.stdout + completed.stderr)
    # Judged: the saves from the moment the last examinee had the attempt page open (the entry
    # rush is over) until the first submits.
    seated_from = all_seated_at(log_dir)
    seated = (seated_from if seated_from is not None else ramp, submit_after)
    step = exam_step_from_logs(users, log_dir, completed.stdout + completed.stderr, seated=seated)
    step.detail["seated_seconds"] = [round(seated[0], 1), round(seated[1], 1)]
    step.detail["locust_exit_status"] = completed.returncode
    step.detail["run_seconds"] = run_time
    step.detail["verify"] = verify(env, log_dir)
    step.answers_lost = step.detail["verify"].get("answers_lost")
    step.attempts = step.detail["verify"].get("attempts", 0)
    step.attempts_graded_once = step.detail["verify"].get("attempts_submitted_once", 0)
    print(
        f"    saves {step.saves_acknowledged}/{step.saves_sent}, p95 "
        f"{report.fmt(step.save_p95_ms, 0)} ms, failed requests {step.requests_failed}, lost "
        f"{step.answers_lost}, graded once {step.attempts_graded_once}/{step.attempts}: "
        f"{report.mark(step.met)}",
        flush=True,
    )
    return step


def merged_logs(log_dir: Path) -> tuple[dict, list[list[float]]]:
    """The attempts of every locust process, and their acknowledged saves [seconds, ms]."""
    attempts: dict[str, dict] = {}
    saves: list[list[float]] = []
    for path in sorted(log_dir.glob("exam-log-*.json")):
        data = json.loads(path.read_text())
        saves += data.get("saves", [])
        for attempt, record in data.get("attempts", {}).items():
            merged = attempts.setdefault(str(attempt), {"sends": [], "submit_acks": 0})
            merged["sends"] += record["sends"]
            merged["submit_acks"] += record["submit_acks"]
    return attempts, saves


def all_seated_at(log_dir: Path) -> float | None:
    """When the last examinee had the attempt page open (seconds since the load started)."""
    entered = []
    for path in sorted(log_dir.glob("exam-log-*.json")):
        entered += json.loads(path.read_text()).get("entered", [])
    return max(entered) if entered else None


def exam_step_from_logs(
    users: int, log_dir: Path, locust_output: str, *, seated: tuple[float, float] | None = None
) -> report.ExamStep:
    """The step's figures; ``seated`` (from, until), in seconds since the load started, is when
    every examinee was seated: the saves the target is judged on (all saves when None)."""
    attempts, saves = merged_logs(log_dir)
    latencies = [ms for at, ms in saves if seated is None or seated[0] <= at <= seated[1]]
    sends = [send for record in attempts.values() for send in record["sends"]]
    step = report.ExamStep(users=users)
    step.saves_sent = len(sends)
    step.saves_acknowledged = sum(1 for send in sends if send[2] == "ack")
    step.save_errors = step.saves_sent - step.saves_acknowledged
    step.save_p50_ms = report.percentile(latencies, 0.50)
    step.save_p95_ms = report.percentile(latencies, 0.95)
    step.save_p99_ms = report.percentile(latencies, 0.99)
    step.save_p95_all_ms = report.percentile([ms for _at, ms in saves], 0.95)
    step.detail["saves_judged"] = len(latencies)
    stats = read_locust_stats(log_dir / "locust_stats.csv")
    step.detail["locust_stats"] = stats
    step.requests_failed = sum(row["failures"] for row in stats if row["name"] != "Aggregated")
    saves = next((row for row in stats if row["name"] == "save answer"), None)
    if saves:
        step.saves_per_second = saves["requests_per_second"]
    step.locust_cpu_warning = "CPU usage above" in locust_output
    return step


def read_locust_stats(path: Path) -> list[dict]:
    import csv

    if not path.is_file():
        return []
    rows = []
    with path.open(newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(
                {
                    "name": row["Name"],
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "median_ms": float(row["Median Response Time"] or 0),
                    "p95_ms": float(row.get("95%") or 0),
                    "p99_ms": float(row.get("99%") or 0),
                    "requests_per_second": float(row["Requests/s"] or 0),
                }
            )
    return rows


def verify(env: dict[str, str], log_dir: Path) -> dict:
    """bench/generate_exam_data.py verify: acknowledged saves stored, graded exactly once."""
    attempts, _saves = merged_logs(log_dir)
    completed = subprocess.run(
        [sys.executable, "bench/generate_exam_data.py", "verify"],
        cwd=REPO_ROOT,
        env=env,
        input=json.dumps({"attempts": attempts}),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if completed.returncode != 0:
        return {"error": completed.stderr[-2000:]}
    return bench_dataset.last_json_line(completed.stdout)


# --- Main -------------------------------------------------------------------------------------


def git_revision() -> dict:
    """The commit measured; dirty means tracked files differ from it (untracked files such as
    bench/results/ do not count)."""

    def git(*arguments: str) -> str:
        return subprocess.run(
            ["git", *arguments], cwd=REPO_ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()

    try:
        dirty = bool(git("status", "--porcelain", "--untracked-files=no"))
        return {"commit": git("rev-parse", "HEAD"), "dirty": dirty}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}


def start_server(env: dict[str, str], workers: int | None, extra: tuple[str, ...], log: Path):
    port = http_bench.free_port()
    command = http_bench.gunicorn_command(port, workers, extra)
    server = Server(command, env, log)
    server.start()
    http_bench.wait_until_healthy(server, port, time.monotonic() + http_bench.STARTUP_TIMEOUT)
    return server, port, command


def run(args: argparse.Namespace) -> int:
    started = time.monotonic()
    started_at = dt.datetime.now(dt.UTC)
    if shutil.which("wrk") is None:
        raise SetupError("wrk is missing: scripts/ensure-system-packages.sh wrk")
    dataset = bench_dataset.dataset_for(os.environ.get("DATABASE_URL"))
    marker = bench_dataset.ensure(dataset, rebuild=args.rebuild)
    exam_day = args.exam_day if args.exam_day is not None else dataset.vendor == "postgresql"

    env = http_bench.server_environment(dataset.database_url)
    env["DJANGO_SETTINGS_MODULE"] = bench_dataset.SETTINGS_MODULE
    env["SECRET_KEY"] = os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50)
    ids = prepare_sessions(env)
    if not args.skip_collectstatic:
        http_bench.collectstatic(env, timeout=http_bench.COLLECTSTATIC_TIMEOUT)

    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    name = args.name or f"{started_at:%Y-%m-%d}-{dataset.vendor}{bench_dataset.SUFFIX}"
    notes: list[str] = []
    measurements: list = []
    server_description = "not started"
    command: list[str] = []
    if not args.skip_urls:
        server, port, command = start_server(
            env, args.workers, (), RESULTS_DIR / f"bench-{stamp}-server.log"
        )
        try:
            mix = url_mix(ids)
            preflight(port, mix)
            print(
                f"wrk: {len(mix)} URLs, {args.connections} connections, {args.seconds:g} s each",
                flush=True,
            )
            measurements = measure_urls(args, port, mix)
            # Two warm-up requests per worker for each first-byte measurement.
            warmups = 2 * (args.workers or 2 * (os.cpu_count() or 1) + 1)
            measurements.append(
                measure_ttfb(
                    port,
                    "/healthz",
                    "/healthz",
                    report.BASELINE,
                    args.ttfb_requests,
                    warmups=warmups,
                )
            )
            year = started_at.year - 1
            measurements.append(
                measure_ttfb(
                    port,
                    CSV_URL,
                    # One province's year (about 10,000 rows at 20,000 enterprises): the
                    # whole body is read after the first byte, so a sample takes seconds.
                    f"{CSV_URL}?year={year}&province=32",
                    report.PUBLIC,
                    args.ttfb_requests,
                    warmups=warmups,
                )
            )
        finally:
            server.stop()
        workers = args.workers or "gunicorn.conf.py's (2 x cores + 1)"
        server_description = f"sync workers: {workers}, 1 thread each (the production config)"
    report.compute_ratios(measurements)
    report.judge_targets(measurements)

    steps: list[report.ExamStep] = []
    exam: dict = {}
    if exam_day:
        if dataset.vendor == "sqlite":
            notes.append("Exam day on SQLite: one writer at a time; PostgreSQL is the target.")
        extra = ("--worker-class", "gthread", "--threads", str(args.exam_threads))
        server, port, exam_command = start_server(
            env, args.exam_workers, extra, RESULTS_DIR / f"bench-{stamp}-exam-server.log"
        )
        log_root = Path(tempfile.mkdtemp(prefix=f"exam-{stamp}-", dir=RESULTS_DIR))
        try:
            for users in sorted(args.exam_steps):
                step = exam_step(args, port, users, env, log_root)
                steps.append(step)
                if not step.met:
                    break
                if not server.running():
                    raise SetupError("gunicorn exited during the exam day")
        finally:
            server.stop()
        exam = {
            "description": (
                f"bench/locustfile_exam.py, headless locust ({args.locust_processes} process"
                f"{'es' if args.locust_processes > 1 else ''}, FastHttpUser) on the same machine; "
                f"examinees spawn at {args.exam_spawn_rate:g}/s, start the exam, save an answer "
                f"every 20 s (5% double clicks, 5% reloads) until {args.exam_steady_seconds:.0f} s "
                "after the last one was spawned, then submit within 30 s (5% double clicks). "
                "Save latencies are judged from the moment the last examinee had the attempt "
                "page open until the first submit. Server: "
                f"gunicorn {args.exam_workers} gthread workers x {args.exam_threads} threads. "
                "Steps stop at the first that misses."
            ),
            "server_command": ["python", *exam_command[1:]],
            "steps": [report.exam_step_to_dict(step) for step in steps],
            "largest_sustained": report.largest_sustained(steps),
            "logs": str(log_root.relative_to(REPO_ROOT)),
        }
        if any(step.locust_cpu_warning for step in steps):
            notes.append("locust warned that its CPU usage was above 90% in some step.")

    result = {
        "benchmark": "make bench",
        "started_at": started_at.isoformat(timespec="seconds"),
        "duration_seconds": round(time.monotonic() - started, 1),
        "git": git_revision(),
        "machine": machine(),
        "database": database_version(dataset),
        "dataset": {k: marker.get(k) for k in ("generator_version", "sizes", "built_at")},
        "server": {
            "description": server_description,
            "settings": bench_dataset.SETTINGS_MODULE,
            "command": ["python", *command[1:]] if command else [],
        },
        "load": {
            "description": (
                f"wrk {args.threads} threads, {args.connections} connections, "
                f"{args.seconds:g} s per URL after {args.warmup_seconds:g} s of warm-up; "
                f"the CSV export's first byte: {args.ttfb_requests} sequential requests "
                f"{TTFB_SAMPLE_GAP_SECONDS * 1000:g} ms apart, against /healthz's first byte "
                "measured the same way"
            ),
            "seconds": args.seconds,
            "connections": args.connections,
            "threads": args.threads,
        },
        "urls": [report.measurement_to_dict(m) for m in measurements],
        "exam_day": exam,
        "notes": notes,
    }
    json_path, markdown_path = report.write_results(result, RESULTS_DIR, name)
    print()
    print(markdown_path.read_text())
    print(f"results: {json_path.relative_to(REPO_ROOT)}, {markdown_path.relative_to(REPO_ROOT)}")
    failed = any(m.errors for m in measurements) or any(
        step.answers_lost for step in steps if step.answers_lost
    )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def terminate(signum, frame):  # a polite kill must stop the server too
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    try:
        return run(args)
    except KeyboardInterrupt:
        print("\ninterrupted; the server has been stopped", file=sys.stderr)
        return 130
    except (SetupError, bench_dataset.DatasetError, subprocess.TimeoutExpired) as error:
        print(f"make bench could not run: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
