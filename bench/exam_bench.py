"""Exam benchmark: grading a 100-question attempt, and 200 trainees answering at once.

This is a benchmark, not a test: it asserts nothing about speed. Like http_bench.py it reports
every time also as a ratio to /healthz measured in the same run. It does not need the demo data:
it makes a fresh database (PostgreSQL by default, SQLite when PostgreSQL is not reachable or with
--sqlite), migrates it, fills it with its own questions and exams, and drops it at the end.

1. Grading, in-process (bench/generate_exam_data.py grade, production settings, same database):
   an exam of 100 objective questions of mixed types; 20 times (after 2 warm-up runs) a fresh
   attempt is started, every question answered, and ``submit_attempt`` (grading and release)
   timed. A ``SELECT 1`` round trip is timed in the same process as the in-process baseline.
2. Load: 200 trainees, each with an open attempt of a 20-question exam and a logged-in session,
   send their answers at once to gunicorn (production settings, --workers 4, GUNICORN_THREADS 2)
   through the JSON endpoint, each question once, a few again with another answer, then submit
   (some trainees submit twice at once, as a double click would). /healthz is measured before
   the load (the baseline) and after it.
3. Zero lost answers: after the load the database must hold, for every answer the server
   acknowledged, the last value sent for it, and every attempt must be submitted exactly once.

Usage:
    .venv/bin/python bench/exam_bench.py [--trainees N] [--max-seconds S] [--database-url URL]
        [--sqlite] [--keep-db] ...

Only the standard library is used on the client side, and only 127.0.0.1 is contacted.
See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import http.client
import json
import os
import platform
import secrets
import signal
import statistics
import string
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
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
    fmt,
    percentile,
)

GENERATOR = Path(__file__).resolve().parent / "generate_exam_data.py"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"
MIGRATE_TIMEOUT = 600.0
# Time kept back from the load for stopping the server and checking the database.
RESERVE_SECONDS = 45.0
CSRF_ALPHABET = string.ascii_letters + string.digits
SAVE, SUBMIT, DOUBLE_SUBMIT = "save answer", "submit", "submit (double click)"


@dataclass
class RequestStats:
    kind: str
    sent: int = 0
    ok: int = 0
    not_ok: int = 0
    errors: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    error_counts: dict[str, int] = field(default_factory=dict)
    median_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    mean_ms: float | None = None
    max_ms: float | None = None
    ratio_median: float | None = None
    ratio_p95: float | None = None


# --- Arguments --------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    positive_int, positive_float = http_bench.positive_int, http_bench.positive_float
    parser = argparse.ArgumentParser(
        description="Grading time and 200 concurrent trainees, as ratios to /healthz; checks "
        "that no acknowledged answer is lost.",
    )
    load = parser.add_argument_group("load test")
    load.add_argument("--trainees", type=positive_int, default=200, help="trainees (200)")
    load.add_argument(
        "--questions", type=positive_int, default=20, help="questions per load attempt (20)"
    )
    load.add_argument(
        "--resaves", type=int, default=3, help="questions each trainee answers again (3)"
    )
    load.add_argument(
        "--double-submits",
        type=int,
        default=20,
        help="trainees who send their submit twice at once (20)",
    )
    load.add_argument("--workers", type=positive_int, default=4, help="gunicorn workers (4)")
    load.add_argument(
        "--threads", type=positive_int, default=2, help="GUNICORN_THREADS per worker (2)"
    )
    load.add_argument(
        "--timeout", type=positive_float, default=60.0, help="per-request timeout (60 s)"
    )
    load.add_argument(
        "--healthz-requests",
        type=positive_int,
        default=200,
        help="sequential /healthz requests before the load (200; 100 after it)",
    )
    load.add_argument("--warmup", type=int, default=20, help="unmeasured /healthz first (20)")
    load.add_argument("--seed", type=int, default=1, help="seed of the planned answers (1)")
    grading = parser.add_argument_group("grading")
    grading.add_argument(
        "--grading-questions", type=positive_int, default=100, help="questions (100)"
    )
    grading.add_argument(
        "--grading-repeats", type=positive_int, default=20, help="timed submits (20)"
    )
    grading.add_argument("--grading-warmup", type=int, default=2, help="untimed submits (2)")
    database = parser.add_argument_group("database")
    database.add_argument(
        "--database-url",
        default=None,
        help="PostgreSQL server to use (default: "
        f"{DEFAULT_POSTGRES} if it answers, else SQLite); a fresh database cphub_bench_<time> "
        "is created on it and dropped at the end, the URL's own database is only used to "
        "connect",
    )
    database.add_argument(
        "--sqlite", action="store_true", help="use a fresh SQLite file, not PostgreSQL"
    )
    database.add_argument(
        "--keep-db", action="store_true", help="keep the bench database after the run"
    )
    parser.add_argument(
        "--max-seconds",
        type=positive_float,
        default=300.0,
        help="cap on the whole run, set-up included (300)",
    )
    parser.add_argument(
        "--skip-collectstatic",
        action="store_true",
        help="do not run collectstatic first (staticfiles/ must be current)",
    )
    args = parser.parse_args(argv)
    if args.sqlite and args.database_url:
        parser.error("--sqlite and --database-url exclude each other")
    if args.database_url and not args.database_url.startswith(("postgres://", "postgresql://")):
        parser.error("--database-url must be a postgres:// URL (use --sqlite for SQLite)")
    if args.resaves < 0 or args.double_submits < 0 or args.warmup < 0 or args.grading_warmup < 0:
        parser.error("counts cannot be negative")
    args.resaves = min(args.resaves, args.questions)
    args.double_submits = min(args.double_submits, args.trainees)
    return args


# --- Database ---------------------------------------------------------------------------------


class BenchDatabase:
    """A database made for one run: created empty, migrated, dropped at the end."""

    def __init__(self, *, vendor: str, url: str, server_url: str | None = None, note: str = ""):
        self.vendor = vendor
        self.url = url
        self.server_url = server_url  # PostgreSQL: where CREATE/DROP DATABASE are sent
        self.note = note

    @property
    def name(self) -> str:
        return urllib.parse.urlsplit(self.url).path.lstrip("/")

    @classmethod
    def choose(cls, args: argparse.Namespace, stamp: str) -> BenchDatabase:
        if not args.sqlite:
            server_url = args.database_url or DEFAULT_POSTGRES
            reason = postgres_unreachable(server_url)
            if reason is None:
                name = f"cphub_bench_{stamp.lower()}"
                url = urllib.parse.urlunsplit(
                    urllib.parse.urlsplit(server_url)._replace(path=f"/{name}")
                )
                return cls(vendor="postgresql", url=url, server_url=server_url)
            if args.database_url:
                raise SetupError(f"PostgreSQL at {http_bench.redact(server_url)}: {reason}")
            note = (
                f"PostgreSQL is not reachable at {DEFAULT_POSTGRES} ({reason}); fell back to "
                "SQLite, which lets one writer in at a time: under load the save and submit "
                "times measure SQLite's lock more than the application"
            )
        else:
            note = (
                "SQLite lets one writer in at a time: under load the save and submit times "
                "measure SQLite's lock more than the application"
            )
        path = (RESULTS_DIR / f"exam-{stamp}.sqlite3").resolve()
        return cls(vendor="sqlite", url=f"sqlite:///{path}", note=note)

    def create(self) -> None:
        if self.vendor == "sqlite":
            RESULTS_DIR.mkdir(parents=True, exist_ok=True)
            return  # migrate creates the file
        self._postgres("CREATE DATABASE {}")

    def drop(self) -> None:
        """Never raises: a database left behind is reported, not a reason to lose the report."""
        if self.vendor == "sqlite":
            path = Path(urllib.parse.urlsplit(self.url).path[1:])
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            return
        try:
            self._postgres("DROP DATABASE IF EXISTS {} WITH (FORCE)")
        except SetupError as error:
            print(f"warning: {error}; drop it by hand", file=sys.stderr)

    def _postgres(self, statement: str) -> None:
        import psycopg
        from psycopg import sql

        query = sql.SQL(statement).format(sql.Identifier(self.name))
        try:
            with psycopg.connect(self.server_url, autocommit=True, connect_timeout=10) as db:
                db.execute(query)
        except psycopg.Error as error:
            raise SetupError(f"{statement.format(self.name)} failed: {error}") from error

    def describe(self) -> str:
        if self.vendor == "sqlite":
            return str(Path(urllib.parse.urlsplit(self.url).path[1:]).relative_to(REPO_ROOT))
        return http_bench.redact(self.url)


def postgres_unreachable(server_url: str) -> str | None:
    """Why PostgreSQL cannot be used at ``server_url``, or None if it can."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed"
    try:
        with psycopg.connect(server_url, connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return None


# --- Set-up in subprocesses -------------------------------------------------------------------


def remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 1:
        raise SetupError("the --max-seconds cap was reached during set-up")
    return left


def migrate(env: dict[str, str], deadline: float) -> None:
    completed = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=min(MIGRATE_TIMEOUT, remaining(deadline)),
        check=False,
    )
    if completed.returncode != 0:
        raise SetupError("migrate failed:\n" + (completed.stderr or completed.stdout)[-3000:])


def generator(
    env: dict[str, str], deadline: float, *arguments: str, stdin: str | None = None
) -> dict:
    completed = subprocess.run(
        [sys.executable, str(GENERATOR), *arguments],
        cwd=REPO_ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=remaining(deadline),
        check=False,
    )
    lines = completed.stdout.strip().splitlines()
    if completed.returncode != 0 or not lines:
        output = (completed.stderr + completed.stdout)[-3000:]
        raise SetupError(f"generate_exam_data.py {arguments[0]} failed:\n{output}")
    return json.loads(lines[-1])


# --- Client -----------------------------------------------------------------------------------


def csrf_token() -> str:
    """A CSRF secret as Django's cookie holds it: 32 letters and digits."""
    return "".join(secrets.choice(CSRF_ALPHABET) for _ in range(32))


def trainee_headers(port: int, plan: dict, session: str, token: str | None) -> dict[str, str]:
    """What the attempt page's script sends: the session and CSRF cookies, the CSRF header and,
    as every browser does on a POST, the Origin (checked because the request is secure)."""
    cookies = f"{plan['session_cookie']}={session}"
    headers = {
        **http_bench.REQUEST_HEADERS,
        "Accept": "application/json",
        "Origin": f"https://{HOST}:{port}",
    }
    if token is not None:
        cookies += f"; {plan['csrf_cookie']}={token}"
        headers[plan["csrf_header"]] = token
    headers["Cookie"] = cookies
    return headers


def post(
    port: int, target: str, headers: dict[str, str], timeout: float, payload: object = None
) -> tuple[int | None, float, bytes, str, str]:
    """One POST on a fresh connection: (status or None, seconds, body, Location, error name)."""
    body = b"" if payload is None else json.dumps(payload, ensure_ascii=False).encode()
    headers = {**headers, "Content-Type": "application/json"} if payload is not None else headers
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("POST", target, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        seconds = time.perf_counter() - started
        return response.status, seconds, content, response.getheader("Location") or "", ""
    except (OSError, http.client.HTTPException) as exc:
        return None, time.perf_counter() - started, b"", "", type(exc).__name__
    finally:
        connection.close()


def answers_url(attempt: int) -> str:
    return f"/exams/attempts/{attempt}/answers/"


def submit_url(attempt: int) -> str:
    return f"/exams/attempts/{attempt}/submit/"


def saved(status: int | None, content: bytes, position: int) -> bool:
    if status != 200:
        return False
    try:
        reply = json.loads(content)
    except ValueError:
        return False
    return reply.get("saved") is True and reply.get("position") == position


def submitted(status: int | None, location: str, attempt: int) -> bool:
    """The submit view answers with a redirect to the attempt's result page."""
    return status == 302 and urllib.parse.urlsplit(location).path.endswith(
        f"/exams/attempts/{attempt}/result/"
    )


def preflight(port: int, plan: dict, timeout: float) -> list[str]:
    """With the probe trainee (not measured): the CSRF check refuses a POST without a token and
    one whose header does not match its cookie, accepts a matching cookie/header pair, the submit
    redirects to the result, and a save after the submit is refused."""
    probe = plan["probe"]
    attempt, position, response = probe["attempt"], *probe["sends"][0]
    token = csrf_token()
    other = csrf_token()
    checks = []

    def expect(label: str, status: int | None, ok: bool) -> None:
        if not ok:
            raise SetupError(f"pre-flight check failed: {label} (status {status})")
        checks.append(f"{label}: {status}")

    payload = {"position": position, "response": response}
    no_token = trainee_headers(port, plan, probe["session"], None)
    status, _s, _c, _l, _e = post(port, answers_url(attempt), no_token, timeout, payload)
    expect("save without a CSRF token is refused", status, status == 403)
    headers = trainee_headers(port, plan, probe["session"], token)
    mismatched = {**headers, plan["csrf_header"]: other}
    status, _s, _c, _l, _e = post(port, answers_url(attempt), mismatched, timeout, payload)
    expect("save whose CSRF header does not match the cookie is refused", status, status == 403)
    status, _s, content, _l, _e = post(port, answers_url(attempt), headers, timeout, payload)
    expect(
        "save with a matching CSRF cookie and header is saved",
        status,
        saved(status, content, position),
    )
    status, _s, _c, location, _e = post(port, submit_url(attempt), headers, timeout)
    expect("submit redirects to the result", status, submitted(status, location, attempt))
    status, _s, content, _l, _e = post(port, answers_url(attempt), headers, timeout, payload)
    expect("save after the submit is refused", status, status == 409)
    return checks


class Recorder:
    """Latencies and outcomes from all client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.timings: dict[str, list[float]] = collections.defaultdict(list)
        self.statuses: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.errors: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        self.sent: collections.Counter[str] = collections.Counter()
        self.ok: collections.Counter[str] = collections.Counter()

    def record(self, kind: str, status: int | None, seconds: float, ok: bool, error: str) -> None:
        with self.lock:
            self.sent[kind] += 1
            if status is None:
                self.errors[kind][error] += 1
                return
            self.statuses[kind][str(status)] += 1
            if ok:
                self.ok[kind] += 1
                self.timings[kind].append(seconds)

    def stats(self, kind: str, baseline_ms: float | None) -> RequestStats:
        result = RequestStats(
            kind=kind,
            sent=self.sent[kind],
            ok=self.ok[kind],
            errors=sum(self.errors[kind].values()),
            status_counts=dict(sorted(self.statuses[kind].items())),
            error_counts=dict(sorted(self.errors[kind].items())),
        )
        result.not_ok = result.sent - result.ok - result.errors
        timings = sorted(self.timings[kind])
        if timings:
            result.median_ms = statistics.median(timings) * 1000
            result.p95_ms = percentile(timings, 0.95) * 1000
            result.p99_ms = percentile(timings, 0.99) * 1000
            result.mean_ms = statistics.fmean(timings) * 1000
            result.max_ms = timings[-1] * 1000
            if baseline_ms:
                result.ratio_median = result.median_ms / baseline_ms
                result.ratio_p95 = result.p95_ms / baseline_ms
        return result


def run_trainee(
    *,
    port: int,
    plan: dict,
    trainee: dict,
    double_submit: bool,
    timeout: float,
    deadline: float,
    stop: threading.Event,
    start: threading.Barrier,
    recorder: Recorder,
    log: dict,
) -> None:
    """One trainee: every planned save in order, then the submit (twice at once if asked)."""
    attempt = trainee["attempt"]
    headers = trainee_headers(port, plan, trainee["session"], csrf_token())
    try:
        start.wait(timeout=120)
    except threading.BrokenBarrierError:
        log["truncated"] = True
        return
    for position, response in trainee["sends"]:
        if stop.is_set() or time.monotonic() >= deadline:
            log["truncated"] = True
            return
        payload = {"position": position, "response": response}
        status, seconds, content, _location, error = post(
            port, answers_url(attempt), headers, timeout, payload
        )
        ok = saved(status, content, position)
        recorder.record(SAVE, status, seconds, ok, error)
        # A 5xx or no response at all: the answer may or may not have been committed.
        unknown = status is None or status >= 500
        log["sends"].append(
            [position, response, "ack" if ok else "unknown" if unknown else "refused"]
        )
    if stop.is_set() or time.monotonic() >= deadline:
        log["truncated"] = True
        return

    def submit(kind: str) -> None:
        status, seconds, _content, location, error = post(
            port, submit_url(attempt), headers, timeout
        )
        ok = submitted(status, location, attempt)
        recorder.record(kind, status, seconds, ok, error)
        if ok:
            with recorder.lock:
                log["submit_acks"] += 1

    if double_submit:
        second = threading.Thread(target=submit, args=(DOUBLE_SUBMIT,), daemon=True)
        second.start()
        submit(DOUBLE_SUBMIT)
        second.join()
    else:
        submit(SUBMIT)


def load(
    *, port: int, plan: dict, args: argparse.Namespace, deadline: float, stop: threading.Event
) -> tuple[Recorder, dict, float, bool]:
    """All trainees at once; returns the recorder, the log for verify, wall time, truncated."""
    trainees = plan["trainees"]
    stride = max(1, len(trainees) // args.double_submits) if args.double_submits else 0
    doubles = set(range(0, len(trainees), stride)[: args.double_submits]) if stride else set()
    recorder = Recorder()
    logs = {str(t["attempt"]): {"sends": [], "submit_acks": 0} for t in trainees}
    start = threading.Barrier(len(trainees) + 1)
    threads = [
        threading.Thread(
            target=run_trainee,
            kwargs={
                "port": port,
                "plan": plan,
                "trainee": trainee,
                "double_submit": index in doubles,
                "timeout": args.timeout,
                "deadline": deadline,
                "stop": stop,
                "start": start,
                "recorder": recorder,
                "log": logs[str(trainee["attempt"])],
            },
            name=f"trainee-{index + 1}",
            daemon=True,
        )
        for index, trainee in enumerate(trainees)
    ]
    for thread in threads:
        thread.start()
    try:
        start.wait(timeout=120)
        started = time.perf_counter()
        for thread in threads:
            while thread.is_alive():
                thread.join(timeout=0.5)
    except BaseException:
        stop.set()
        start.abort()
        raise
    wall = time.perf_counter() - started
    truncated = any(log.get("truncated") for log in logs.values())
    return recorder, {"attempts": logs}, wall, truncated


# --- Report -----------------------------------------------------------------------------------


def ratio(value: float | None, baseline: float | None) -> float | None:
    return value / baseline if value is not None and baseline else None


def grading_table(grading: dict, healthz_ms: float | None) -> str:
    select_ms = grading["select_1"]["median_ms"]
    rows = [
        (f"submit_attempt ({grading['questions']} questions)", grading["submit_attempt"]),
        ("grading.grade only (no database)", grading["grade_only"]),
        ("SELECT 1 (in-process baseline)", grading["select_1"]),
    ]
    width = max(len(label) for label, _row in rows) + 2
    header = (
        f"{'in-process':<{width}}{'n':>5}  {'median ms':>9}  {'p95 ms':>8}  "
        f"{'÷ /healthz':>10}  {'p95 ÷ /healthz':>14}  {'÷ SELECT 1':>10}"
    )
    lines = [header, "-" * len(header)]
    for label, row in rows:
        lines.append(
            f"{label:<{width}}{row['n']:>5}  {fmt(row['median_ms']):>9}  "
            f"{fmt(row['p95_ms']):>8}  {fmt(ratio(row['median_ms'], healthz_ms)):>10}  "
            f"{fmt(ratio(row['p95_ms'], healthz_ms)):>14}  "
            f"{fmt(ratio(row['median_ms'], select_ms), 1):>10}"
        )
    return "\n".join(lines)


def load_table(rows: list[RequestStats]) -> str:
    width = max(len("request"), *(len(row.kind) for row in rows)) + 2
    header = (
        f"{'request':<{width}}{'sent':>6}  {'ok':>6}  {'not ok':>6}  {'errors':>6}  "
        f"{'median ms':>9}  {'p95 ms':>8}  {'p99 ms':>8}  {'max ms':>8}  "
        f"{'ratio':>7}  {'p95 ratio':>9}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row.kind:<{width}}{row.sent:>6}  {row.ok:>6}  {row.not_ok:>6}  {row.errors:>6}  "
            f"{fmt(row.median_ms):>9}  {fmt(row.p95_ms):>8}  {fmt(row.p99_ms):>8}  "
            f"{fmt(row.max_ms):>8}  {fmt(row.ratio_median):>7}  {fmt(row.ratio_p95):>9}"
        )
    return "\n".join(lines)


def healthz_stats(result: http_bench.UrlResult, label: str, baseline: float | None):
    row = RequestStats(
        kind=label,
        sent=result.completed,
        ok=result.ok,
        not_ok=result.non_200,
        errors=result.errors,
        status_counts=result.status_counts,
        error_counts=result.error_counts,
        median_ms=result.median_ms,
        p95_ms=result.p95_ms,
        mean_ms=result.mean_ms,
        max_ms=result.max_ms,
    )
    row.ratio_median = ratio(row.median_ms, baseline)
    row.ratio_p95 = ratio(row.p95_ms, baseline)
    return row


def integrity_problems(verified: dict, truncated: bool) -> list[str]:
    problems = []
    if verified["answers_lost"]:
        problems.append(f"{verified['answers_lost']} acknowledged answers lost")
    if verified["attempts_submitted_more_than_once"]:
        problems.append(
            f"{verified['attempts_submitted_more_than_once']} attempts submitted more than once"
        )
    if verified["attempts_submit_acknowledged_but_open"]:
        problems.append(
            f"{verified['attempts_submit_acknowledged_but_open']} attempts still open although "
            "their submit was acknowledged"
        )
    if verified["attempts_not_submitted"] and not truncated:
        problems.append(f"{verified['attempts_not_submitted']} attempts not submitted")
    if verified["attempts_auto_submitted"]:
        problems.append(f"{verified['attempts_auto_submitted']} attempts submitted automatically")
    return problems


# --- Main -------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    run_started = time.monotonic()
    run_deadline = run_started + args.max_seconds
    started_at = dt.datetime.now(dt.UTC)
    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    json_path = RESULTS_DIR / f"exam-{stamp}.json"
    log_path = RESULTS_DIR / f"exam-{stamp}-server.log"

    database = BenchDatabase.choose(args, stamp)
    if database.note:
        print(f"note: {database.note}", flush=True)
    # Sessions are signed with the server's key: the generator must use the same one.
    env = http_bench.server_environment(database.url)
    print(f"creating and migrating {database.vendor} database {database.describe()}...", flush=True)
    database.create()
    try:
        migrate(env, run_deadline)
        print(
            f"grading: {args.grading_questions} questions, {args.grading_warmup} + "
            f"{args.grading_repeats} attempts (in-process)...",
            flush=True,
        )
        grading = generator(
            env,
            run_deadline,
            "grade",
            "--questions",
            str(args.grading_questions),
            "--repeats",
            str(args.grading_repeats),
            "--warmup",
            str(args.grading_warmup),
        )
        if grading["score_mismatches"]:
            print(
                "warning: grading did not give the planned scores: "
                + "; ".join(grading["score_mismatches"][:3]),
                flush=True,
            )
        print(
            f"load: {args.trainees} trainees with an open {args.questions}-question attempt "
            "and a session...",
            flush=True,
        )
        plan = generator(
            env,
            run_deadline,
            "setup",
            "--trainees",
            str(args.trainees),
            "--questions",
            str(args.questions),
            "--resaves",
            str(args.resaves),
            "--seed",
            str(args.seed),
        )
        if not args.skip_collectstatic:
            print("collectstatic (production settings)...", flush=True)
            http_bench.collectstatic(env, timeout=min(180.0, remaining(run_deadline)))
        outcome = serve_and_load(args, env, plan, log_path, run_deadline)
        print("checking the database...", flush=True)
        verified = generator(
            env, run_deadline + RESERVE_SECONDS, "verify", stdin=json.dumps(outcome["log"])
        )
    finally:
        if args.keep_db:
            print(f"kept the database {database.describe()}", flush=True)
        else:
            database.drop()

    healthz_ms = outcome["healthz"].median_ms
    rows = [
        healthz_stats(outcome["healthz"], "/healthz (before)", healthz_ms),
        outcome["recorder"].stats(SAVE, healthz_ms),
        outcome["recorder"].stats(SUBMIT, healthz_ms),
    ]
    if args.double_submits:
        rows.append(outcome["recorder"].stats(DOUBLE_SUBMIT, healthz_ms))
    if outcome["healthz_after"] is not None:
        rows.append(healthz_stats(outcome["healthz_after"], "/healthz (after)", healthz_ms))
    problems = integrity_problems(verified, outcome["truncated"])
    # Every status and error of the rows that had anything but successes.
    bad = {
        row.kind: {**row.status_counts, **row.error_counts}
        for row in rows
        if row.not_ok or row.errors
    }
    requests_done = sum(row.sent for row in rows[1:] if not row.kind.startswith(HEALTHZ))

    report = {
        "benchmark": "exam",
        "started_at": started_at.isoformat(),
        "finished_at": dt.datetime.now(dt.UTC).isoformat(),
        "duration_seconds": round(time.monotonic() - run_started, 3),
        "git": http_bench.git_revision(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "parameters": {
            key: value
            for key, value in vars(args).items()
            if key not in ("database_url",)  # may carry a password; redacted below
        },
        "database": {
            "vendor": database.vendor,
            "url": http_bench.redact(database.url),
            "kept": args.keep_db,
            "note": database.note,
        },
        "server": {
            "command": ["python", *outcome["command"][1:]],
            "workers": args.workers,
            "threads": args.threads,
            "settings": "config.settings.production",
            "redis": bool(env.get("REDIS_URL")),
            "log": str(log_path.relative_to(REPO_ROOT)),
        },
        "baseline": HEALTHZ,
        "baseline_median_ms": healthz_ms,
        "grading": {
            **grading,
            "ratio_median_to_healthz": ratio(grading["submit_attempt"]["median_ms"], healthz_ms),
            "ratio_p95_to_healthz": ratio(grading["submit_attempt"]["p95_ms"], healthz_ms),
            "ratio_median_to_select_1": ratio(
                grading["submit_attempt"]["median_ms"], grading["select_1"]["median_ms"]
            ),
        },
        "preflight": outcome["preflight"],
        "load": {
            "trainees": args.trainees,
            "questions": plan["questions"],
            "types": plan["types"],
            "saves_per_trainee": args.questions + args.resaves,
            "double_submits": args.double_submits,
            "wall_seconds": outcome["wall"],
            "requests_per_second": requests_done / outcome["wall"] if outcome["wall"] else None,
            "truncated": outcome["truncated"],
            "requests": [asdict(row) for row in rows],
            "non_success": bad,
        },
        "verification": verified,
        "problems": problems,
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")

    print()
    print(f"Grading ({database.vendor}; /healthz median {fmt(healthz_ms)} ms over HTTP, same run)")
    print(grading_table(grading, healthz_ms))
    print(
        f"score {grading['score']} of {grading['max_score']} in every attempt"
        + ("" if not grading["score_mismatches"] else " (NOT as planned, see the JSON)")
    )
    print()
    print(
        f"{args.trainees} trainees at once ({database.vendor}; gunicorn {args.workers} workers x "
        f"{args.threads} threads; {outcome['wall']:.1f} s, "
        f"{fmt(report['load']['requests_per_second'], 1)} req/s; ratios to /healthz before)"
    )
    print(load_table(rows))
    for kind, counts in bad.items():
        detail = ", ".join(f"{name} x{count}" for name, count in counts.items())
        print(f"not all successful, {kind}: {detail}")
    print()
    v = verified
    print(
        f"answers: sent {v['answers_sent']}, acknowledged {v['answers_acknowledged']}, "
        f"refused {v['answers_refused']}, no answer {v['answers_unknown']}; questions "
        f"acknowledged {v['questions_acknowledged']}, stored with the last value "
        f"{v['questions_stored']}, LOST {v['answers_lost']}"
    )
    print(
        f"attempts: {v['attempts']}, submitted exactly once {v['attempts_submitted_once']}, "
        f"not submitted {v['attempts_not_submitted']}, more than once "
        f"{v['attempts_submitted_more_than_once']}; statuses {v['attempt_statuses']}"
    )
    if outcome["truncated"]:
        print(f"the --max-seconds cap ({args.max_seconds:.0f} s) stopped some trainees early")
    for problem in problems:
        print(f"PROBLEM: {problem}")
    if database.note:
        print(f"note: {database.note}")
    print(f"results: {json_path.relative_to(REPO_ROOT)}")
    print(f"server log: {log_path.relative_to(REPO_ROOT)}")
    if problems or bad or outcome["truncated"]:
        return EXIT_BAD_RESPONSES
    return EXIT_OK


def serve_and_load(
    args: argparse.Namespace, env: dict, plan: dict, log_path: Path, run_deadline: float
) -> dict:
    port = http_bench.free_port()
    command = http_bench.gunicorn_command(port, args.workers)
    server_env = {**env, "GUNICORN_THREADS": str(args.threads)}
    server = http_bench.Server(command, server_env, log_path)
    stop = threading.Event()
    try:
        print(
            f"starting gunicorn on {HOST}:{port} with {args.workers} workers x {args.threads} "
            "threads...",
            flush=True,
        )
        server.start()
        http_bench.wait_until_healthy(
            server, port, min(time.monotonic() + http_bench.STARTUP_TIMEOUT, run_deadline)
        )
        checks = preflight(port, plan, args.timeout)
        for check in checks:
            print(f"  {check}", flush=True)
        print(f"measuring /healthz ({args.healthz_requests} sequential requests)...", flush=True)
        healthz = http_bench.measure(
            port=port,
            url=HEALTHZ,
            requests=args.healthz_requests,
            warmup=args.warmup,
            concurrency=1,
            timeout=args.timeout,
            deadline=time.monotonic() + min(60.0, remaining(run_deadline)),
            stop=stop,
        )
        if healthz.median_ms is None:
            raise SetupError("/healthz gave no 200 responses:\n" + server.log_tail())
        load_deadline = run_deadline - RESERVE_SECONDS
        if load_deadline - time.monotonic() < 10:
            raise SetupError("too little time left under --max-seconds for the load")
        print(
            f"load: {args.trainees} trainees x {args.questions + args.resaves} saves + submit "
            f"(cap {load_deadline - time.monotonic():.0f} s)...",
            flush=True,
        )
        recorder, log, wall, truncated = load(
            port=port, plan=plan, args=args, deadline=load_deadline, stop=stop
        )
        healthz_after = None
        if server.running() and time.monotonic() < run_deadline - 20:
            healthz_after = http_bench.measure(
                port=port,
                url=HEALTHZ,
                requests=max(1, args.healthz_requests // 2),
                warmup=0,
                concurrency=1,
                timeout=args.timeout,
                deadline=time.monotonic() + 10,
                stop=stop,
            )
        if not server.running():
            raise SetupError("gunicorn exited during the run:\n" + server.log_tail())
    finally:
        stop.set()
        server.stop()
    return {
        "command": command,
        "preflight": checks,
        "healthz": healthz,
        "healthz_after": healthz_after,
        "recorder": recorder,
        "log": log,
        "wall": wall,
        "truncated": truncated,
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)

    def terminate(signum, frame):  # a polite kill must stop the server and drop the database
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    # The generator signs the sessions with the key the server will use.
    os.environ.setdefault("BENCH_SECRET_KEY", secrets.token_urlsafe(50))
    try:
        return run(args)
    except KeyboardInterrupt:
        print("\ninterrupted; the server has been stopped", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (SetupError, subprocess.TimeoutExpired, OSError) as exc:
        print(f"benchmark could not run: {exc}", file=sys.stderr)
        return EXIT_SETUP_FAILED


if __name__ == "__main__":
    sys.exit(main())
