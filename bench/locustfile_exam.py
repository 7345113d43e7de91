"""Exam day: examinees who start the exam, save an answer every 20 seconds and submit.

Run headless by bench/run.py (`make bench` on PostgreSQL), one step per number of examinees;
usable on its own (the fault drills reuse it):

    BENCH_SEATS_FILE=bench/results/exam-seats.json BENCH_EXAM_LOG_DIR=/tmp/exam-log \\
    .venv/bin/locust -f bench/locustfile_exam.py --headless -u 500 -r 25 --run-time 4m \\
        --host http://127.0.0.1:8000

Each simulated examinee (FastHttpUser, one keep-alive connection):

1. takes the next seat of ``BENCH_SEATS_FILE`` (written by bench/build_dataset.py
   ``sessions``: a signed-in session per seat, the exam, the cookie and header names) and sends
   its session cookie with a CSRF cookie and the matching ``X-CSRFToken`` header, as the attempt
   page's script does;
2. starts the attempt (``POST /exams/<exam>/start/``, which redirects to the attempt or resumes
   an open one) and loads the attempt page, reading each question's position, kind and number
   of options from its ``data-question``/``data-kind`` attributes, as the page's script does;
3. every ``BENCH_SAVE_INTERVAL`` seconds (20; the first one at a random moment of the first
   interval, so saves spread evenly) saves one answer as JSON
   (``POST /exams/attempts/<id>/answers/``); ``BENCH_DOUBLE_CLICK`` (5%) of saves are sent twice
   at the same moment, and ``BENCH_RELOAD`` (5%) of the time the attempt page is reloaded first;
   a save that gets no answer at all is sent again after 2 s (``BENCH_SAVE_RETRIES``, 2), as the
   page's script does;
4. ``BENCH_SUBMIT_AFTER`` seconds after the load started (plus up to ``BENCH_SUBMIT_SPREAD``
   seconds, 30, so submissions arrive as they do at the end of an exam) submits, 5% of them with
   a double click, and then stays idle.

Every save is logged before it is sent (outcome "unknown") and its outcome updated when the
answer arrives: "ack" for 200 ``{"saved": true}``, "refused" for anything else. At the end of the
run each locust process writes ``BENCH_EXAM_LOG_DIR/exam-log-<pid>.json`` in the format of
``bench/generate_exam_data.py verify`` (per attempt: ``sends`` [position, response, outcome] and
``submit_acks``), the time and latency of every acknowledged save and the time each examinee
had the attempt page open, so the runner can check the database (every acknowledged save
stored, every attempt graded exactly once) and judge the saves made once all were seated.

With ``--processes N``, set ``BENCH_LOCUST_PROCESSES=N`` too so the processes take disjoint seats.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import secrets
import time
from pathlib import Path

import gevent
from exam_day import parse_questions, random_response
from locust import FastHttpUser, constant_pacing, events, task
from locust.exception import StopUser

SEATS_FILE = os.environ.get("BENCH_SEATS_FILE", "bench/results/exam-seats.json")
LOG_DIR = Path(os.environ.get("BENCH_EXAM_LOG_DIR", "bench/results/exam-log"))
SAVE_INTERVAL = float(os.environ.get("BENCH_SAVE_INTERVAL", "20"))
SUBMIT_AFTER = float(os.environ.get("BENCH_SUBMIT_AFTER", "180"))
SUBMIT_SPREAD = float(os.environ.get("BENCH_SUBMIT_SPREAD", "30"))
DOUBLE_CLICK = float(os.environ.get("BENCH_DOUBLE_CLICK", "0.05"))
RELOAD = float(os.environ.get("BENCH_RELOAD", "0.05"))
PROCESSES = int(os.environ.get("BENCH_LOCUST_PROCESSES", "1"))
# A save that got no answer is sent again (as the page's script does) this many times.
RETRIES = int(os.environ.get("BENCH_SAVE_RETRIES", "2"))
RETRY_PAUSE = 2.0

# One record per attempt of this process: what generate_exam_data.py verify reads.
ATTEMPTS: dict[int, dict] = {}
# [seconds since the load started, milliseconds] of every acknowledged save.
SAVES: list[list[float]] = []
# Seconds since the load started at which each examinee had the attempt page open (seated).
ENTERED: list[float] = []
_seat_numbers = itertools.count()
_started_at: float | None = None


def load_seats() -> dict:
    return json.loads(Path(SEATS_FILE).read_text())


def worker_index(environment) -> int:
    return getattr(environment.runner, "worker_index", 0) or 0


def seconds_since_start() -> float:
    return time.monotonic() - (_started_at or time.monotonic())


@events.test_start.add_listener
def on_test_start(environment, **kwargs):
    global _started_at
    _started_at = time.monotonic()


def write_log(environment=None, **kwargs) -> None:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    path = LOG_DIR / f"exam-log-{os.getpid()}.json"
    path.write_text(
        json.dumps(
            {"attempts": ATTEMPTS, "saves": SAVES, "entered": ENTERED},
            ensure_ascii=False,
        )
    )


events.test_stop.add_listener(write_log)
events.quitting.add_listener(write_log)


class Examinee(FastHttpUser):
    # One keep-alive connection per examinee, as one browser tab; time-outs far above the target.
    concurrency = 2  # a double click sends two requests at once
    network_timeout = 60.0
    connection_timeout = 60.0
    # One save every interval, however long the save itself took.
    wait_time = constant_pacing(SAVE_INTERVAL)

    def on_start(self):
        global _started_at
        if _started_at is None:
            _started_at = time.monotonic()
        # Never follow a redirect: the examinee reads each one (start -> attempt, submit ->
        # result). Set once on the client, because FastHttpSession's per-request
        # allow_redirects=False swaps a shared setting and races between a double click's two
        # requests.
        self.client.client.redirect_response_codes = frozenset()
        seats = load_seats()
        number = next(_seat_numbers) * PROCESSES + worker_index(self.environment)
        if number >= len(seats["seats"]):
            raise StopUser(f"only {len(seats['seats'])} seats")
        seat = seats["seats"][number]
        self.rng = random.Random(number)  # noqa: S311  answers, not secrets
        self.exam = seats["exam"]
        csrf = secrets.token_hex(16)
        self.cookie = f"{seats['session_cookie']}={seat['session']}; {seats['csrf_cookie']}={csrf}"
        host = self.host.split("://", 1)[-1]
        # Passed as a copy to each request: locust adds the JSON headers to the dict it gets.
        self.headers = {
            "Cookie": self.cookie,
            seats["csrf_header"]: csrf,
            # The production settings trust the proxy's header; a secure request's CSRF check
            # wants an Origin of the same host.
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{host}",
        }
        self.submit_at = SUBMIT_AFTER + self.rng.uniform(0, SUBMIT_SPREAD)
        self.submitted = False
        self.saves = 0
        with self.client.post(
            f"/exams/{self.exam}/start/",
            headers=dict(self.headers),
            name="start",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location") or ""
            match = re.search(r"/exams/attempts/(\d+)/", location)
            if response.status_code != 302 or not match:
                response.failure(f"start answered {response.status_code} {location!r}")
                raise StopUser()
            response.success()
        self.attempt = int(match.group(1))
        self.record = ATTEMPTS.setdefault(self.attempt, {"sends": [], "submit_acks": 0})
        self.questions = self.load_page("attempt page")
        if not self.questions:
            raise StopUser()
        ENTERED.append(round(seconds_since_start(), 3))
        # The first save at a random moment of the first interval: saves spread evenly.
        gevent.sleep(self.rng.uniform(0, SAVE_INTERVAL))

    def load_page(self, name: str) -> dict[int, tuple[str, int]]:
        with self.client.get(
            f"/exams/attempts/{self.attempt}/",
            headers=dict(self.headers),
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            questions = parse_questions(response.text or "") if response.status_code == 200 else {}
            if not questions:
                response.failure(f"attempt page answered {response.status_code}, no questions")
            else:
                response.success()
        return questions

    def save(self, position: int, answer, retries: int = RETRIES) -> None:
        """One save; with no answer at all (a keep-alive connection the server closed as the
        request left, a reset) it is sent again after a pause, as the page's script does.
        Saving the same answer twice is harmless."""
        entry = [position, answer, "unknown"]
        self.record["sends"].append(entry)
        started = time.perf_counter()
        with self.client.post(
            f"/exams/attempts/{self.attempt}/answers/",
            json={"position": position, "response": answer},
            headers=dict(self.headers),
            name="save answer",
            catch_response=True,
        ) as response:
            body = {}
            if response.status_code == 200:
                try:
                    body = response.json()
                except ValueError:
                    body = {}
            if body.get("saved") is True and body.get("position") == position:
                entry[2] = "ack"
                SAVES.append(
                    [round(seconds_since_start(), 3), (time.perf_counter() - started) * 1000]
                )
                response.success()
            elif response.status_code == 0:
                response.failure(f"no answer: {response.error!r}")  # stays "unknown"
            else:
                entry[2] = "refused"
                response.failure(f"save answered {response.status_code}")
        if entry[2] == "unknown" and retries > 0:
            gevent.sleep(RETRY_PAUSE)
            self.save(position, answer, retries - 1)

    def submit(self) -> None:
        with self.client.post(
            f"/exams/attempts/{self.attempt}/submit/",
            headers=dict(self.headers),
            name="submit",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            location = response.headers.get("Location") or ""
            if response.status_code == 302 and "/result/" in location:
                self.record["submit_acks"] += 1
                response.success()
            else:
                response.failure(f"submit answered {response.status_code} {location!r}")

    @task
    def answer_or_submit(self):
        if self.submitted:
            return
        if seconds_since_start() >= self.submit_at:
            self.submitted = True
            if self.rng.random() < DOUBLE_CLICK:
                gevent.joinall([gevent.spawn(self.submit), gevent.spawn(self.submit)])
            else:
                self.submit()
            return
        if self.rng.random() < RELOAD:
            self.questions = self.load_page("attempt page (reload)") or self.questions
        position = self.rng.choice(sorted(self.questions))
        kind, options = self.questions[position]
        answer = random_response(kind, options, self.rng)
        self.saves += 1
        if self.rng.random() < DOUBLE_CLICK:
            gevent.joinall(
                [
                    gevent.spawn(self.save, position, answer),
                    gevent.spawn(self.save, position, answer),
                ]
            )
        else:
            self.save(position, answer)
