"""Drill: faults during an exam day. A gunicorn worker is killed and PostgreSQL restarts while
examinees answer; afterwards no acknowledged answer is lost and every attempt is graded once.

1. One node (gunicorn, production settings, 2 workers, 4 threads each) on a scratch PostgreSQL
   database, Redis database 8; examinees with an open attempt and a signed-in session each.
2. The examinees (threads, one HTTP client each) save an answer to every question through the
   exam page's JSON endpoint, reload the attempt page now and then, change a few answers, then
   submit with a double click. Like the exam page they retry: after a dropped connection, a
   502/503 (honouring Retry-After) or a 500, they send the same request again until it is
   acknowledged.
3. Meanwhile the drill SIGKILLs one gunicorn worker (the master starts a new one), then restarts
   PostgreSQL (``pg_ctlcluster --skip-systemctl-redirect <version> main restart``).
4. Afterwards: every answer the server acknowledged is in the database with the last value
   acknowledged for it (or a later value whose save got no answer); every attempt has exactly
   one submission and one grading; no 500 at any time (while the database is down the site
   answers 503 with Retry-After: ops.middleware); the worker was replaced.

Usage:
    .venv/bin/python scripts/drill_faults.py [--examinees 30] [--questions 12]
        [--outage restart|cut-off|none]

``--outage restart`` (the default) restarts the PostgreSQL cluster, which disconnects every
client of the server for a few seconds, including other test runs on the same machine.
``--outage cut-off`` takes only the drill's database away instead (connections refused and the
open ones terminated for 5 seconds), ``none`` only kills the worker. Needs PostgreSQL
(DRILL_POSTGRES_URL), the right to run pg_ctlcluster (root or postgres) for the restart, and
Redis (DRILL_REDIS_URL).
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import signal
import string
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

import psycopg
import requests
from drill_support import (
    HOST,
    POSTGRES_SERVER,
    Browser,
    DrillFailed,
    Node,
    check,
    drill_site,
    log,
    setup_django,
)

RETRYABLE_STATUSES = {500, 502, 503, 504}
GIVE_UP_AFTER = 120.0  # seconds one request may keep being retried
CSRF_ALPHABET = string.ascii_letters + string.digits


def seed(*, examinees: int, questions: int) -> dict:
    """An exam of single-choice questions and, per examinee, an open attempt and a session."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from exams import services
    from tests.exams.builders import make_exam, make_question
    from tests.factories import build_site, make_user

    build_site()
    for _ in range(questions):
        make_question(topic="law")
    exam = make_exam(
        sections=[(["law"], questions)],
        title_en="Fault drill exam",
        time_limit_minutes=600,
        max_attempts=1,
    )
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    people = []
    for number in range(examinees):
        user = make_user(email=f"drill.examinee.{number:03d}@cphub.example")
        attempt = services.start_or_resume_attempt(exam=exam, user=user)
        session = store_class()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "accounts.backends.AuthenticationBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        people.append(
            {
                "attempt": attempt.pk,
                "session": session.session_key,
                "positions": list(attempt.questions.values_list("position", flat=True)),
            }
        )
    return {"exam": exam.pk, "examinees": people}


# --- The examinees ----------------------------------------------------------------------------


@dataclass
class Outcome:
    at: float
    kind: str
    status: int | None  # None: no answer (connection refused or dropped, timeout)


@dataclass
class ExamineeLog:
    attempt: int
    # position -> [(display index sent, "ack" | "unknown")] in the order sent
    saves: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    submitted: bool = False
    outcomes: list[Outcome] = field(default_factory=list)


class Examinee(threading.Thread):
    def __init__(self, node: Node, plan: dict, *, seed: int, go: threading.Event) -> None:
        super().__init__(daemon=True)
        self.node = node
        self.plan = plan
        self.rng = random.Random(seed)  # noqa: S311 (reproducible answers, not secrets)
        self.go = go
        self.log = ExamineeLog(attempt=plan["attempt"])
        self.browser = Browser(f"10.1.{seed // 250}.{seed % 250 + 1}")
        token = "".join(self.rng.choice(CSRF_ALPHABET) for _ in range(32))
        # As the server would have set them (host-only cookies of 127.0.0.1).
        self.browser.cookies.set("sessionid", plan["session"], domain=HOST, path="/")
        self.browser.cookies.set("csrftoken", token, domain=HOST, path="/")
        self.error: BaseException | None = None

    def url(self, suffix: str) -> str:
        return f"{self.node.base_url}/exams/attempts/{self.plan['attempt']}/{suffix}"

    def send(self, kind: str, method: str, url: str, **kwargs) -> requests.Response | None:
        """Send until the server gives an answer that is not a retryable failure."""
        deadline = time.monotonic() + GIVE_UP_AFTER
        while True:
            try:
                response = self.browser.request(method, url, timeout=15, **kwargs)
            except requests.RequestException:
                response = None
            self.log.outcomes.append(
                Outcome(time.time(), kind, None if response is None else response.status_code)
            )
            if response is not None and response.status_code not in RETRYABLE_STATUSES:
                return response
            if time.monotonic() > deadline:
                return response
            wait = 0.5
            if response is not None and response.headers.get("Retry-After", "").isdigit():
                wait = min(float(response.headers["Retry-After"]), 5.0)
            time.sleep(wait * (0.5 + self.rng.random()))

    def save(self, position: int, index: int) -> None:
        sends = self.log.saves.setdefault(position, [])
        sends.append((index, "unknown"))
        response = self.send(
            "save", "POST", self.url("answers/"), json={"position": position, "response": index}
        )
        if response is not None and response.status_code == 200 and response.json().get("saved"):
            sends[-1] = (index, "ack")

    def run(self) -> None:
        try:
            self.go.wait()
            self.send("reload", "GET", self.url(""))
            positions = list(self.plan["positions"])
            self.rng.shuffle(positions)
            changed = self.rng.sample(positions, min(3, len(positions)))
            for step, position in enumerate(positions + changed):
                self.save(position, self.rng.randrange(4))
                if step == len(positions) // 2:
                    self.send("reload", "GET", self.url(""))
                time.sleep(0.2 + 0.4 * self.rng.random())
            self.submit_with_double_click()
        except BaseException as error:  # reported by the drill, never swallowed
            self.error = error

    def submit_with_double_click(self) -> None:
        results = []

        def click() -> None:
            results.append(self.send("submit", "POST", self.url("submit/")))

        second = threading.Thread(target=click)
        second.start()
        click()
        second.join()
        self.log.submitted = any(
            response is not None
            and response.status_code == 302
            and "/result/" in response.headers.get("Location", "")
            for response in results
        )


# --- Faults -----------------------------------------------------------------------------------


def kill_a_worker(node: Node) -> None:
    before = node.worker_pids()
    victim = random.choice(before)  # noqa: S311
    os.kill(victim, signal.SIGKILL)
    log(f"SIGKILL worker {victim} of node {node.name} (workers were {before})")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = node.worker_pids()
        if victim not in now and len(now) == len(before):
            check(True, f"the master replaced the killed worker (workers now {now})")
            return
        time.sleep(0.2)
    raise DrillFailed(f"the killed worker was not replaced: {node.worker_pids()}")


def postgres_version() -> str:
    versions = sorted(os.listdir("/etc/postgresql"))
    if not versions:
        raise DrillFailed("no PostgreSQL cluster under /etc/postgresql")
    return versions[-1]


def restart_postgres() -> tuple[float, float]:
    """Restart the local cluster; returns (down from, back at) as time.time()."""
    version = postgres_version()
    down = time.time()
    log(f"restarting PostgreSQL {version}")
    subprocess.run(  # noqa: S603
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=120,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready = subprocess.run(
            ["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"],  # noqa: S607
            check=False,
        )
        if ready.returncode == 0:
            back = time.time()
            log(f"PostgreSQL back after {back - down:.1f} s")
            return down, back
        time.sleep(0.2)
    raise DrillFailed("PostgreSQL did not come back within 60 s")


def cut_off_database(name: str, seconds: float = 5.0) -> tuple[float, float]:
    """Only the drill's database goes away: new connections are refused and open ones are
    terminated, as in a restart, while the server's other databases carry on."""
    with psycopg.connect(POSTGRES_SERVER, autocommit=True) as server:
        down = time.time()
        log(f"cutting off database {name} for {seconds:.0f} s")
        server.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        server.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        time.sleep(seconds)
        server.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
        back = time.time()
    log(f"database {name} back after {back - down:.1f} s")
    return down, back


# --- Checks -----------------------------------------------------------------------------------


def verify(logs: list[ExamineeLog]) -> dict:
    from django.db import connection

    from exams.models import Attempt, AttemptEvent, AttemptQuestion

    connection.close()  # the drill's own connection did not survive the restart
    attempts = [item.attempt for item in logs]
    slots = {
        (slot.attempt_id, slot.position): slot
        for slot in AttemptQuestion.objects.filter(attempt_id__in=attempts)
    }
    counts = collections.Counter()
    lost = []
    for item in logs:
        for position, sends in item.saves.items():
            counts["saves sent"] += len(sends)
            counts["saves acknowledged"] += sum(1 for _index, state in sends if state == "ack")
            acked = [number for number, (_index, state) in enumerate(sends) if state == "ack"]
            if not acked:
                continue
            counts["questions with an acknowledged answer"] += 1
            slot = slots[(item.attempt, position)]
            candidates = [sends[acked[-1]][0]] + [
                index for index, state in sends[acked[-1] + 1 :] if state == "unknown"
            ]
            if slot.response in [slot.option_order[index] for index in candidates]:
                counts["acknowledged answers stored"] += 1
            else:
                lost.append((item.attempt, position, candidates, slot.response))
    events = collections.Counter(
        AttemptEvent.objects.filter(attempt_id__in=attempts).values_list("attempt_id", "kind")
    )
    statuses = dict(Attempt.objects.filter(pk__in=attempts).values_list("pk", "status"))
    for attempt in attempts:
        submissions = events[(attempt, "submitted")] + events[(attempt, "auto_submitted")]
        counts[f"attempts submitted {submissions} time(s)"] += 1
        counts[f"attempts graded {events[(attempt, 'graded')]} time(s)"] += 1
        counts[f"attempts {statuses[attempt]}"] += 1
    return {"counts": dict(sorted(counts.items())), "lost": lost}


def status_table(logs: list[ExamineeLog], window: tuple[float, float] | None) -> dict:
    """Responses by status, split into before/while/after the database outage."""
    table = collections.Counter()
    for item in logs:
        for outcome in item.outcomes:
            phase = "load"
            if window is not None:
                phase = (
                    "before outage"
                    if outcome.at < window[0]
                    else "database down"
                    if outcome.at <= window[1]
                    else "database back"
                )
            status = "no answer" if outcome.status is None else str(outcome.status)
            table[(phase, outcome.kind, status)] += 1
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examinees", type=int, default=30)
    parser.add_argument("--questions", type=int, default=12)
    parser.add_argument(
        "--outage",
        choices=["restart", "cut-off", "none"],
        default="restart",
        help="restart the PostgreSQL cluster (default), or cut off only the drill's database "
        "(other clients of the server are not disturbed), or no database outage",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        with drill_site() as site:
            setup_django(site)
            plan = seed(examinees=args.examinees, questions=args.questions)
            log(f"{args.examinees} examinees, {args.questions} questions each")
            with Node("A", site, workers=2, threads=4) as node:
                try:
                    result = run_load_with_faults(
                        node, plan, outage=args.outage, database=site.database_name
                    )
                except Exception:
                    log(f"--- node log ---\n{node.log_tail()}")
                    raise
                tracebacks = node.log_tail(200_000).count("Traceback")
            report(result, tracebacks)
    except DrillFailed as failure:
        log(f"FAILED: {failure}")
        return 1
    log(f"fault drill passed in {time.monotonic() - started:.0f} s")
    return 0


def run_load_with_faults(node: Node, plan: dict, *, outage: str, database: str) -> dict:
    go = threading.Event()
    examinees = [
        Examinee(node, person, seed=number, go=go)
        for number, person in enumerate(plan["examinees"])
    ]
    for examinee in examinees:
        examinee.start()
    go.set()
    time.sleep(2.0)
    kill_a_worker(node)
    window = None
    if outage != "none":
        time.sleep(2.0)
        window = restart_postgres() if outage == "restart" else cut_off_database(database)
    for examinee in examinees:
        examinee.join(timeout=GIVE_UP_AFTER * 3)
    errors = [examinee.error for examinee in examinees if examinee.error is not None]
    if errors:
        raise DrillFailed(f"{len(errors)} examinee threads failed: {errors[0]!r}")
    if any(examinee.is_alive() for examinee in examinees):
        raise DrillFailed("examinees still running after the time allowed")
    logs = [examinee.log for examinee in examinees]
    return {"logs": logs, "window": window, "verified": verify(logs)}


def report(result: dict, tracebacks: int) -> None:
    logs, window, verified = result["logs"], result["window"], result["verified"]
    table = status_table(logs, window)
    log("responses (phase, request, status): count")
    for key in sorted(table):
        print(f"    {key[0]:<14} {key[1]:<7} {key[2]:<10} {table[key]}")
    log("database after the drill:")
    for name, value in verified["counts"].items():
        print(f"    {name}: {value}")
    examinees = len(logs)
    counts = verified["counts"]
    check(verified["lost"] == [], f"no acknowledged answer lost ({verified['lost'][:3]})")
    check(
        counts.get("acknowledged answers stored")
        == counts.get("questions with an acknowledged answer")
        and counts.get("saves acknowledged", 0) > 0,
        "every question with an acknowledged save holds the last value acknowledged",
    )
    check(
        counts.get("attempts submitted 1 time(s)") == examinees,
        f"each of the {examinees} attempts was submitted exactly once",
    )
    check(
        counts.get("attempts graded 1 time(s)") == examinees,
        f"each of the {examinees} attempts was graded exactly once",
    )
    check(all(item.submitted for item in logs), "every examinee saw the submission acknowledged")
    server_errors_after = sum(
        count
        for (phase, _kind, status), count in table.items()
        if status == "500" and phase != "database down"
    )
    check(server_errors_after == 0, "no 500 while the database was up")
    server_errors_down = sum(
        count for (phase, _kind, status), count in table.items() if status == "500"
    )
    check(server_errors_down == 0, "no 500 at all: during the outage the site answered 503")
    log(f"tracebacks in the node's log (failed requests while the database was down): {tracebacks}")


if __name__ == "__main__":
    sys.exit(main())
