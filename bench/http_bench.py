"""HTTP benchmark: page response times as ratios to /healthz measured in the same run.

This is a benchmark, not a test: it asserts nothing about speed. It starts gunicorn with the
production settings on a free port of 127.0.0.1, waits for /healthz, warms every URL up, then
sends a bounded number of GET requests to each URL and reports median, p95, requests per second
and the ratio of each URL's requests per second to /healthz's (higher is better).

Usage:
    .venv/bin/python bench/http_bench.py [--requests N] [--concurrency C] [--urls URL ...]
        [--cookie NAME=VALUE ...]

--cookie sends a Cookie header with every request except those to /healthz, which stays an
anonymous baseline. The server's SECRET_KEY is random unless BENCH_SECRET_KEY is set, so a
session created beforehand with that key (see bench/run.py) stays valid.

Only the standard library is used on the client side, and only 127.0.0.1 is contacted.
See bench/README.md for what the numbers mean.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import datetime as dt
import http.client
import json
import math
import os
import platform
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO_ROOT / "bench" / "results"
GUNICORN_CONF = REPO_ROOT / "gunicorn.conf.py"
DEFAULT_DB = REPO_ROOT / "db.sqlite3"

HEALTHZ = "/healthz"
DEFAULT_URLS = [
    HEALTHZ,
    "/",
    "/en/",
    "/search/?query=清洁生产",
    "/en/search/?query=audit",
    "/regulations/",
    "/news/",
    "/accounts/login/",
]
HOST = "127.0.0.1"
REQUEST_HEADERS = {
    # The production settings trust this header (SECURE_PROXY_SSL_HEADER), exactly as behind
    # the TLS-terminating proxy of docs/deployment.md, so requests take the same code paths.
    "X-Forwarded-Proto": "https",
    "User-Agent": "cphub-http-bench/1",
    "Accept": "text/html,application/json;q=0.9,*/*;q=0.8",
}
COLLECTSTATIC_TIMEOUT = 180.0
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 35.0

EXIT_OK = 0
EXIT_BAD_RESPONSES = 1
EXIT_SETUP_FAILED = 2
EXIT_INTERRUPTED = 130


class SetupError(RuntimeError):
    """The server could not be prepared or started."""


@dataclass
class UrlResult:
    url: str
    requests_planned: int
    completed: int = 0
    ok: int = 0
    non_200: int = 0
    errors: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    error_counts: dict[str, int] = field(default_factory=dict)
    truncated: bool = False
    wall_seconds: float = 0.0
    requests_per_second: float | None = None
    median_ms: float | None = None
    p95_ms: float | None = None
    mean_ms: float | None = None
    min_ms: float | None = None
    max_ms: float | None = None
    response_bytes: int | None = None
    ratio_to_healthz: float | None = None


# --- Arguments --------------------------------------------------------------------------------


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be greater than 0, got {value}")
    return value


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure page response times as ratios to /healthz (same run).",
    )
    parser.add_argument(
        "--requests", type=positive_int, default=200, help="measured requests per URL (200)"
    )
    parser.add_argument(
        "--concurrency",
        type=positive_int,
        default=1,
        help="client threads sending requests at the same time (1 = sequential)",
    )
    parser.add_argument(
        "--urls",
        nargs="+",
        default=DEFAULT_URLS,
        metavar="URL",
        help="paths to measure; /healthz is always measured first as the baseline",
    )
    parser.add_argument(
        "--max-seconds",
        type=positive_float,
        default=300.0,
        help="cap on the whole run, shared fairly between URLs (300)",
    )
    parser.add_argument(
        "--warmup", type=int, default=10, help="unmeasured requests per URL first (10)"
    )
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        help="gunicorn workers (default: the larger of 2 and --concurrency)",
    )
    parser.add_argument(
        "--timeout", type=positive_float, default=30.0, help="per-request timeout in seconds"
    )
    parser.add_argument(
        "--database-url",
        default=f"sqlite:///{DEFAULT_DB}",
        help="DATABASE_URL for the server (default: db.sqlite3 in the repository root)",
    )
    parser.add_argument(
        "--cookie",
        type=cookie,
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="cookie sent with every request except /healthz (repeatable), e.g. a session",
    )
    parser.add_argument(
        "--skip-collectstatic",
        action="store_true",
        help="do not run collectstatic first (staticfiles/ must be current)",
    )
    args = parser.parse_args(argv)
    if args.concurrency > 64:
        parser.error("--concurrency above 64 would measure the client, not the server")
    if args.warmup < 0:
        parser.error("--warmup cannot be negative")
    for url in args.urls:
        if not url.startswith("/"):
            parser.error(f"URLs are paths on the local server and start with '/': {url!r}")
    args.urls = ordered_urls(args.urls)
    if args.workers is None:
        args.workers = max(2, args.concurrency)
    return args


def ordered_urls(urls: list[str]) -> list[str]:
    """/healthz first (it is the baseline), then the others once each, in the given order."""
    seen = {HEALTHZ}
    ordered = [HEALTHZ]
    for url in urls:
        if url not in seen:
            seen.add(url)
            ordered.append(url)
    return ordered


def cookie(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    name, value = name.strip(), value.strip()
    if not sep or not name or any(char in name + value for char in ";,\r\n"):
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE without ';' or ',', got {text!r}")
    return name, value


def cookie_headers(cookies: list[tuple[str, str]]) -> dict[str, str]:
    """The Cookie header for the measured URLs (never sent to /healthz)."""
    if not cookies:
        return {}
    return {"Cookie": "; ".join(f"{name}={value}" for name, value in cookies)}


def request_target(url: str) -> str:
    """The URL percent-encoded for the request line (search queries may be Chinese)."""
    parts = urllib.parse.urlsplit(url)
    path = urllib.parse.quote(parts.path, safe="/%:@-._~!$&'()*+,;=")
    query = urllib.parse.quote(parts.query, safe="=&%+/:@-._~!$'()*,;")
    return f"{path}?{query}" if query else path


# --- Server -----------------------------------------------------------------------------------


def server_environment(database_url: str) -> dict[str, str]:
    """What config.settings.production needs to run on this machine without TLS."""
    env = os.environ.copy()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            # Fixed with BENCH_SECRET_KEY, so sessions created beforehand stay valid.
            "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY") or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "DATABASE_URL": database_url,
            # Production refuses to start without them: the address printed in links, and the
            # shared cache that holds rate limits (a local Redis, database 14, unless set).
            "SITE_BASE_URL": os.environ.get("SITE_BASE_URL") or f"http://{HOST}",
            "REDIS_URL": os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/14",
            "SECURE_SSL_REDIRECT": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def check_database(database_url: str) -> None:
    if not database_url.startswith("sqlite:"):
        return
    path = urllib.parse.urlsplit(database_url).path
    # sqlite:////abs/path gives "//abs/path"; sqlite:///rel/path gives "/rel/path".
    path = path[1:] if path.startswith("//") else path.lstrip("/")
    if path and path != ":memory:" and not Path(path).is_file():
        raise SetupError(
            f"The database {path} does not exist. Create it first: "
            "`.venv/bin/python manage.py migrate && .venv/bin/python manage.py load_initial_data`"
            " (or `make run` once)."
        )


def collectstatic(env: dict[str, str], timeout: float) -> None:
    completed = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        raise SetupError("collectstatic failed:\n" + (completed.stderr or completed.stdout)[-3000:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def gunicorn_command(port: int, workers: int | None, extra: tuple[str, ...] = ()) -> list[str]:
    """gunicorn as `make serve` runs it; ``workers`` None keeps gunicorn.conf.py's number."""
    command = [sys.executable, "-m", "gunicorn"]
    if GUNICORN_CONF.is_file():
        # The production configuration, with the options below overriding it.
        command += ["--config", str(GUNICORN_CONF)]
    if workers is not None:
        command += ["--workers", str(workers)]
    command += [
        *extra,
        "--bind",
        f"{HOST}:{port}",
        # Recycling a worker in the middle of a measurement would show up as an outlier.
        "--max-requests",
        "0",
        # Do not share the default control socket with a server that may already be running.
        "--no-control-socket",
        "config.wsgi:application",
    ]
    return command


class Server:
    """gunicorn in its own process group; stop() always ends it."""

    def __init__(self, command: list[str], env: dict[str, str], log_path: Path) -> None:
        self.command = command
        self.env = env
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self._log = None

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            self.command,
            cwd=REPO_ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            # Ctrl-C reaches only this script, which then stops the server in order.
            start_new_session=True,
        )

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()  # gunicorn: graceful shutdown of master and workers
            try:
                process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_tail(self, limit: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-limit:]
        except OSError:
            return ""


def wait_until_healthy(server: Server, port: int, deadline: float) -> None:
    target = request_target(HEALTHZ)
    while time.monotonic() < deadline:
        if not server.running():
            raise SetupError("gunicorn exited during start-up:\n" + server.log_tail())
        outcome = fetch(port, target, timeout=2.0)
        if outcome[0] == 200:
            return
        time.sleep(0.2)
    raise SetupError("gunicorn did not answer /healthz in time:\n" + server.log_tail())


# --- Client -----------------------------------------------------------------------------------


def fetch(
    port: int, target: str, timeout: float, headers: dict[str, str] | None = None
) -> tuple[int | None, float, int, str]:
    """One GET on a fresh connection: (status or None, seconds, body bytes, error name)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("GET", target, headers={**REQUEST_HEADERS, **(headers or {})})
        response = connection.getresponse()
        body = response.read()
        return response.status, time.perf_counter() - started, len(body), ""
    except (OSError, http.client.HTTPException) as exc:
        return None, time.perf_counter() - started, 0, type(exc).__name__
    finally:
        connection.close()


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted, non-empty list."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def measure(
    *,
    port: int,
    url: str,
    requests: int,
    warmup: int,
    concurrency: int,
    timeout: float,
    deadline: float,
    stop: threading.Event,
    headers: dict[str, str] | None = None,
) -> UrlResult:
    target = request_target(url)
    result = UrlResult(url=url, requests_planned=requests)

    for _ in range(warmup):
        if stop.is_set() or time.monotonic() >= deadline:
            break
        fetch(port, target, timeout, headers)

    lock = threading.Lock()
    issued = 0
    timings: list[float] = []
    sizes: list[int] = []
    statuses: collections.Counter[str] = collections.Counter()
    errors: collections.Counter[str] = collections.Counter()

    def worker() -> None:
        nonlocal issued
        while True:
            with lock:
                if issued >= requests or stop.is_set():
                    return
                if time.monotonic() >= deadline:
                    result.truncated = True
                    return
                issued += 1
            status, seconds, size, error = fetch(port, target, timeout, headers)
            with lock:
                result.completed += 1
                if status is None:
                    errors[error] += 1
                    continue
                statuses[str(status)] += 1
                if status == 200:
                    timings.append(seconds)
                    sizes.append(size)

    started = time.perf_counter()
    if concurrency == 1:
        worker()
    else:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=concurrency)
        try:
            futures = [pool.submit(worker) for _ in range(concurrency)]
            for future in futures:
                future.result()
        except BaseException:
            stop.set()  # let the other threads finish their current request and return
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    result.wall_seconds = time.perf_counter() - started

    result.status_counts = dict(sorted(statuses.items()))
    result.error_counts = dict(sorted(errors.items()))
    result.ok = statuses.get("200", 0)
    result.errors = sum(errors.values())
    result.non_200 = result.completed - result.ok - result.errors
    if result.wall_seconds > 0 and result.completed:
        result.requests_per_second = result.completed / result.wall_seconds
    if timings:
        timings.sort()
        result.median_ms = statistics.median(timings) * 1000
        result.p95_ms = percentile(timings, 0.95) * 1000
        result.mean_ms = statistics.fmean(timings) * 1000
        result.min_ms = timings[0] * 1000
        result.max_ms = timings[-1] * 1000
        result.response_bytes = round(statistics.median(sizes))
    return result


# --- Report -----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def display_width(text: str) -> int:
    """Terminal columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def table(results: list[UrlResult]) -> str:
    width = max(len("URL"), *(display_width(r.url) for r in results))
    header = (
        f"{'URL':<{width}}  {'ok':>6}  {'non-200':>7}  {'errors':>6}  {'median ms':>9}  "
        f"{'p95 ms':>8}  {'req/s':>8}  {'ratio':>6}"
    )
    lines = [header, "-" * len(header)]
    for r in results:
        mark = " (time cap reached)" if r.truncated else ""
        lines.append(
            f"{pad(r.url, width)}  {r.ok:>6}  {r.non_200:>7}  {r.errors:>6}  "
            f"{fmt(r.median_ms):>9}  {fmt(r.p95_ms):>8}  {fmt(r.requests_per_second, 1):>8}  "
            f"{fmt(r.ratio_to_healthz):>6}{mark}"
        )
    return "\n".join(lines)


def problems(results: list[UrlResult]) -> list[str]:
    notes = []
    for r in results:
        if r.non_200 or r.errors:
            counts = {**{k: v for k, v in r.status_counts.items() if k != "200"}, **r.error_counts}
            detail = ", ".join(f"{name} x{count}" for name, count in counts.items())
            notes.append(f"{r.url}: {detail}")
    return notes


def git_revision() -> dict[str, object]:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=REPO_ROOT, capture_output=True, text=True, check=True, timeout=10
        ).stdout.strip()

    try:
        return {"commit": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}
    except (OSError, subprocess.SubprocessError):
        return {"commit": None, "dirty": None}


def redact(database_url: str) -> str:
    parts = urllib.parse.urlsplit(database_url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return database_url


# --- Main -------------------------------------------------------------------------------------


def run(args: argparse.Namespace, before_measuring: Callable[[int], None] | None = None) -> int:
    """Measure every URL. ``before_measuring(port)`` runs once the server answers /healthz and
    may raise SetupError to stop before anything is measured."""
    run_started = time.monotonic()
    run_deadline = run_started + args.max_seconds
    started_at = dt.datetime.now(dt.UTC)
    stamp = started_at.strftime("%Y%m%dT%H%M%SZ")
    json_path = RESULTS_DIR / f"http-{stamp}.json"
    log_path = RESULTS_DIR / f"http-{stamp}-server.log"

    env = server_environment(args.database_url)
    check_database(args.database_url)
    if not args.skip_collectstatic:
        print("collectstatic (production settings)...", flush=True)
        collectstatic(env, timeout=min(COLLECTSTATIC_TIMEOUT, run_deadline - time.monotonic()))

    port = free_port()
    command = gunicorn_command(port, args.workers)
    server = Server(command, env, log_path)
    stop = threading.Event()
    results: list[UrlResult] = []
    try:
        print(f"starting gunicorn on {HOST}:{port} with {args.workers} workers...", flush=True)
        server.start()
        wait_until_healthy(server, port, min(time.monotonic() + STARTUP_TIMEOUT, run_deadline))
        if before_measuring is not None:
            before_measuring(port)
        print(
            f"measuring {len(args.urls)} URLs x {args.requests} requests "
            f"(concurrency {args.concurrency}, warm-up {args.warmup}, "
            f"cap {args.max_seconds:.0f} s)",
            flush=True,
        )
        for index, url in enumerate(args.urls):
            # Each URL gets an equal share of the time that is left, so one slow page cannot
            # use up the budget of the pages after it.
            remaining = run_deadline - time.monotonic()
            url_deadline = time.monotonic() + max(0.0, remaining) / (len(args.urls) - index)
            result = measure(
                port=port,
                url=url,
                requests=args.requests,
                warmup=args.warmup,
                concurrency=args.concurrency,
                timeout=args.timeout,
                deadline=url_deadline,
                stop=stop,
                # /healthz stays an anonymous baseline.
                headers=None if url == HEALTHZ else cookie_headers(args.cookie),
            )
            results.append(result)
            summary = (
                f"median {fmt(result.median_ms)} ms"
                if result.median_ms is not None
                else "no 200 responses"
            )
            print(f"  {url}: {result.completed} requests, {summary}", flush=True)
            if not server.running():
                raise SetupError("gunicorn exited during the run:\n" + server.log_tail())
    finally:
        stop.set()
        server.stop()

    baseline = results[0].median_ms if results else None
    # The one ratio of the benchmarks (bench/report.py): throughput over /healthz's throughput.
    baseline_rps = results[0].requests_per_second if results else None
    for result in results:
        if baseline_rps and result.requests_per_second and result.ok:
            result.ratio_to_healthz = result.requests_per_second / baseline_rps

    finished_at = dt.datetime.now(dt.UTC)
    report = {
        "benchmark": "http",
        "started_at": started_at.isoformat(),
        "finished_at": finished_at.isoformat(),
        "duration_seconds": round(time.monotonic() - run_started, 3),
        "git": git_revision(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "parameters": {
            "requests": args.requests,
            "concurrency": args.concurrency,
            "warmup": args.warmup,
            "max_seconds": args.max_seconds,
            "timeout": args.timeout,
            "urls": args.urls,
            # Names only: a cookie's value may be a live session.
            "cookies": [name for name, _value in args.cookie],
            "secret_key": "BENCH_SECRET_KEY" if os.environ.get("BENCH_SECRET_KEY") else "random",
        },
        "server": {
            "command": ["python", *command[1:]],
            "workers": args.workers,
            "settings": "config.settings.production",
            "gunicorn_conf": GUNICORN_CONF.name if GUNICORN_CONF.is_file() else None,
            "database_url": redact(args.database_url),
            "redis": bool(env.get("REDIS_URL")),
            "log": str(log_path.relative_to(REPO_ROOT)),
        },
        "baseline": HEALTHZ,
        "baseline_median_ms": baseline,
        "results": [asdict(result) for result in results],
    }
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")

    print()
    print(table(results))
    print()
    notes = problems(results)
    for note in notes:
        print(f"non-200 responses or errors: {note}")
    if any(result.truncated for result in results):
        print(f"some URLs stopped early at the --max-seconds cap ({args.max_seconds:.0f} s)")
    print(f"results: {json_path.relative_to(REPO_ROOT)}")
    print(f"server log: {log_path.relative_to(REPO_ROOT)}")
    return EXIT_BAD_RESPONSES if notes else EXIT_OK


def main(
    argv: list[str] | None = None, before_measuring: Callable[[int], None] | None = None
) -> int:
    args = parse_args(argv)

    def terminate(signum, frame):  # a polite kill must stop the server too
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    try:
        return run(args, before_measuring)
    except KeyboardInterrupt:
        print("\ninterrupted; the server has been stopped", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (SetupError, subprocess.TimeoutExpired) as exc:
        print(f"benchmark could not run: {exc}", file=sys.stderr)
        return EXIT_SETUP_FAILED


if __name__ == "__main__":
    sys.exit(main())
