"""Data and in-process measurements for bench/exam_bench.py. Run by exam_bench.py against a
fresh, throw-away database (never by hand against one you care about).

Subcommands (each prints one line of JSON on stdout):

``grade``
    Creates 100 objective questions of mixed types (single choice, multiple choice with
    proportional partial credit, true/false, numeric with units, short text) in a bank and topic
    of their own, an exam with one section drawing all of them, and a bench user. Then, through
    exams.services, it repeatedly starts a fresh attempt, answers every question (a planned mix of
    right, wrong and partly right answers, unit conversions and differently written short
    answers) and times ``submit_attempt``, which grades and releases the result. It also times
    grading.grade alone over the same 100 answers (no database) and a ``SELECT 1`` round trip, the
    in-process baseline. Every graded score is checked against the score the plan expects.

``setup``
    Creates the exam of the load test (20 questions of the same mix, another topic), the
    trainees bench.load.NNN@cphub.example, an open attempt and a logged-in session for each, and
    one more trainee (the probe) for exam_bench.py's checks before the load. It prints the plan:
    per trainee the session key, the attempt and the answers to send in order (every question
    once in a shuffled order, then a few questions again with a different answer).

``verify``
    Reads the client's log (JSON on stdin: per attempt what it sent and which saves the server
    acknowledged) and compares it with the database: every acknowledged answer must be stored
    with the last value sent for it, every attempt submitted exactly once.

Needs the environment of the benchmark's server (DJANGO_SETTINGS_MODULE, DATABASE_URL and the
SECRET_KEY the server will use, because sessions are signed with it).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
import urllib.parse
from decimal import Decimal
from importlib import import_module
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

BANK = "university"
GRADING_TOPIC = "sector"
LOAD_TOPIC = "disclosure"
GRADING_PREFIX = "BENCH-G-"
LOAD_PREFIX = "BENCH-L-"
GRADING_EMAIL = "bench.grader@cphub.example"
LOAD_EMAIL = "bench.load.{:03d}@cphub.example"
PROBE_EMAIL = "bench.probe@cphub.example"
TIME_LIMIT_MINUTES = 24 * 60  # no attempt may expire during a run
PASS_MARK = 80  # the planned answers score about 60%, so no attempt passes (a pass ends retakes)

# Share of each question type in an exam (scaled to the number of questions).
TYPE_MIX = (
    ("single", 25),
    ("multiple", 20),
    ("true_false", 15),
    ("numeric", 20),
    ("short_text", 20),
)

# (answer, tolerance, tolerance type, unit, [(value, unit, right?), ...]): answers written in
# other units of the same dimension must be converted before they are compared.
NUMERIC_KEYS = (
    (
        "3",
        "0.05",
        "absolute",
        "year",
        [("36", "月", True), ("3.0", "年", True), ("2.5", "", False)],
    ),
    ("1.5", "0", "absolute", "t", [("1500", "kg", True), ("1.5", "吨", True), ("15", "t", False)]),
    (
        "1200",
        "1",
        "percent",
        "kWh",
        [("1.2", "MWh", True), ("1205", "度", True), ("1300", "kwh", False)],
    ),
    ("12", "0", "absolute", "wan_yuan", [("120000", "元", True), ("12", "万元", True)]),
    ("4.2", "0.1", "absolute", "m3_per_t", [("4.25", "m3/t", True), ("4.2", "t", False)]),
    ("35", "2", "percent", "percent", [("35.5", "%", True), ("0.35", "", False)]),
)
SHORT_ANSWERS = {"zh": ["预评估", "预审核"], "en": ["pre-assessment"]}
SHORT_RESPONSES = (
    ("预评估", True),
    ("Pre-Assessment ", True),
    # Full-width letters, as a Chinese input method types them, are normalised.
    ("PRE-ASSESSMENT".translate({code: code + 0xFEE0 for code in range(0x21, 0x7F)}), True),
    ("预审核。", True),
    ("审核", False),
)
LOAD_TEXTS = ("预评估", "pre-assessment", "审核准备", "清洁生产审核", "Phase 2")
LOAD_UNITS = ("年", "月", "t", "kg", "kWh", "%", "万元", "")


def refuse_unsafe_database() -> None:
    """This script writes test data: only into a database made for the benchmark."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        sys.exit("DATABASE_URL must point at a bench database (exam_bench.py, make bench)")
    parts = urllib.parse.urlsplit(url)
    if url.startswith("sqlite:"):
        path = parts.path[1:] if parts.path.startswith("//") else parts.path.lstrip("/")
        if Path(path).resolve() == (REPO_ROOT / "db.sqlite3").resolve():
            sys.exit("refusing to add bench data to the repository's db.sqlite3")
    elif not parts.path.lstrip("/").startswith(("cphub_bench_", "bench_")):
        # exam_bench.py's throw-away databases, and `make bench`'s bench_cphub (bench/dataset.py).
        sys.exit("refusing to write to a PostgreSQL database not named cphub_bench_* or bench_*")


def setup_django() -> None:
    refuse_unsafe_database()
    sys.path.insert(0, str(REPO_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    import django

    django.setup()


def type_counts(total: int) -> list[tuple[str, int]]:
    """How many questions of each type make ``total`` (largest remainders, every type once)."""
    weights = sum(weight for _kind, weight in TYPE_MIX)
    exact = [(kind, total * weight / weights) for kind, weight in TYPE_MIX]
    counts = {kind: int(value) for kind, value in exact}
    order = sorted(exact, key=lambda item: item[1] - int(item[1]), reverse=True)
    for kind, _value in order[: total - sum(counts.values())]:
        counts[kind] += 1
    return [(kind, counts[kind]) for kind, _weight in TYPE_MIX if counts[kind]]


# --- Questions and exams ----------------------------------------------------------------------


def options(correct: list[bool]) -> list[dict]:
    return [
        {"zh": f"选项{index + 1}", "en": f"Option {index + 1}", "correct": flag}
        for index, flag in enumerate(correct)
    ]


def question_content(kind: str, index: int) -> dict:
    """The version fields of the ``index``-th question of type ``kind``."""
    content = {
        "prompt_zh": f"基准测试题 {kind} {index}",
        "prompt_en": f"Bench question {kind} {index}",
        "explanation_zh": "基准测试说明。",
        "explanation_en": "Bench explanation.",
        "points": Decimal(1),
    }
    if kind == "single":
        correct = [False] * 4
        correct[index % 4] = True
        content["options"] = options(correct)
    elif kind == "multiple":
        content["options"] = options([True, False, True, True, False])
        content["partial_credit"] = "proportional"
        content["points"] = Decimal(2)
    elif kind == "true_false":
        content["true_false_answer"] = index % 2 == 0
    elif kind == "numeric":
        answer, tolerance, tolerance_type, unit, _responses = NUMERIC_KEYS[
            index % len(NUMERIC_KEYS)
        ]
        content.update(
            numeric_answer=Decimal(answer),
            numeric_tolerance=Decimal(tolerance),
            tolerance_type=tolerance_type,
            unit=unit,
        )
    elif kind == "short_text":
        content["accepted_answers"] = SHORT_ANSWERS
    return content


def ensure_questions(prefix: str, topic: str, total: int) -> int:
    """``total`` questions coded ``prefix``NNN in the bench bank and ``topic``."""
    from exams.models import Question
    from exams.services import save_question

    number = 0
    for kind, count in type_counts(total):
        for index in range(count):
            number += 1
            code = f"{prefix}{number:03d}"
            if Question.objects.filter(code=code).exists():
                continue
            save_question(
                code=code,
                topic=topic,
                difficulty=1 + number % 3,
                question_type=kind,
                content=question_content(kind, index),
                bank=BANK,
            )
    pool = Question.objects.filter(bank=BANK, topic=topic, retired=False).count()
    if pool != total:
        raise SystemExit(f"the bench pool {BANK}/{topic} holds {pool} questions, not {total}")
    return total


def ensure_exam(title: str, topic: str, questions: int, max_attempts: int):
    from exams.models import Exam, ExamSection

    exam = Exam.objects.filter(title_en=title).first()
    if exam is None:
        exam = Exam.objects.create(
            title_zh=f"基准测试 {title}",
            title_en=title,
            pass_mark_percent=PASS_MARK,
            time_limit_minutes=TIME_LIMIT_MINUTES,
            max_attempts=max_attempts,
            shuffle_questions=True,
            shuffle_options=True,
            review_policy=Exam.ReviewPolicy.FULL,
        )
        ExamSection.objects.create(
            exam=exam,
            order=0,
            title_zh="全部题目",
            title_en="All questions",
            bank=BANK,
            topics=[topic],
            question_count=questions,
        )
    elif exam.max_attempts < max_attempts:
        exam.max_attempts = max_attempts
        exam.save(update_fields=["max_attempts"])
    return exam


def ensure_user(email: str):
    from allauth.account.models import EmailAddress

    from accounts.models import User

    user, created = User.objects.get_or_create(
        email=email,
        defaults={"full_name": "基准考生", "latin_name": "BENCH Candidate"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def login_session(user) -> str:
    """A session as django.contrib.auth.login leaves it, stored by the configured engine."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = user._meta.pk.value_to_string(user)
    store[BACKEND_SESSION_KEY] = "accounts.backends.AuthenticationBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


# --- Answers ----------------------------------------------------------------------------------


def planned_answer(slot, index: int) -> tuple[object, Decimal]:
    """The response to send for ``slot`` (options in display order) and the points it earns.

    ``index`` (the question's position in the exam) picks a mix: about 60% of the points."""
    version = slot.version
    kind = version.question.question_type
    points = version.points
    order = slot.option_order  # display position -> option index
    if kind == "single":
        correct = next(i for i, option in enumerate(version.options) if option["correct"])
        right = index % 5 < 3
        chosen = correct if right else (correct + 1) % len(version.options)
        return order.index(chosen), points if right else Decimal(0)
    if kind == "multiple":
        correct = [i for i, option in enumerate(version.options) if option["correct"]]
        wrong = [i for i, option in enumerate(version.options) if not option["correct"]]
        # (right choices, wrong choices): 3/3 right, 2/3 right, 2 right + 1 wrong, only wrong.
        right_count, wrong_count = ((3, 0), (2, 0), (2, 1), (0, 2))[index % 4]
        chosen = correct[:right_count] + wrong[:wrong_count]
        fraction = Decimal(max(right_count - wrong_count, 0)) / Decimal(len(correct))
        return sorted(order.index(i) for i in chosen), (points * fraction).quantize(Decimal("0.01"))
    if kind == "true_false":
        right = index % 3 != 2
        answer = version.true_false_answer if right else not version.true_false_answer
        return answer, points if right else Decimal(0)
    if kind == "numeric":
        key = next(key for key in NUMERIC_KEYS if Decimal(key[0]) == version.numeric_answer)
        value, unit, right = key[4][index % len(key[4])]
        return {"value": value, "unit": unit}, points if right else Decimal(0)
    if kind == "short_text":
        text, right = SHORT_RESPONSES[index % len(SHORT_RESPONSES)]
        return text, points if right else Decimal(0)
    raise SystemExit(f"no planned answer for {kind} questions")


def random_answer(slot, rng: random.Random, previous=None):
    """Any well-formed response for ``slot`` (display order), different from ``previous``."""
    version = slot.version
    kind = version.question.question_type
    for _ in range(50):
        if kind == "single":
            answer = rng.randrange(len(version.options))
        elif kind == "multiple":
            size = rng.randint(1, len(version.options))
            answer = sorted(rng.sample(range(len(version.options)), size))
        elif kind == "true_false":
            answer = rng.random() < 0.5
        elif kind == "numeric":
            answer = {"value": f"{rng.uniform(0, 5000):.2f}", "unit": rng.choice(LOAD_UNITS)}
        else:
            answer = rng.choice(LOAD_TEXTS) + (
                "" if rng.random() < 0.7 else f" {rng.randrange(99)}"
            )
        if answer != previous:
            return answer
    raise SystemExit(f"could not find a different answer for a {kind} question")


def expected_stored(kind: str, option_order: list[int], sent):
    """What the attempt must store for ``sent`` (options are sent in display order and stored
    as indexes of the version's options; multiple choice as a sorted set)."""
    if kind == "single":
        return option_order[sent]
    if kind == "multiple":
        return sorted({option_order[item] for item in sent})
    if kind == "numeric":
        return {
            "value": str(sent.get("value", "")).strip(),
            "unit": str(sent.get("unit", "")).strip(),
        }
    return sent


# --- grade ------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an already sorted, non-empty list (as in http_bench.py)."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def summary(seconds: list[float]) -> dict:
    values = sorted(seconds)
    return {
        "n": len(values),
        "median_ms": statistics.median(values) * 1000,
        "p95_ms": percentile(values, 0.95) * 1000,
        "mean_ms": statistics.fmean(values) * 1000,
        "min_ms": values[0] * 1000,
        "max_ms": values[-1] * 1000,
    }


def command_grade(args: argparse.Namespace) -> dict:
    from django.db import connection

    from exams import grading, services
    from exams.models import Attempt, AttemptEvent

    total = args.questions
    ensure_questions(GRADING_PREFIX, GRADING_TOPIC, total)
    runs = args.warmup + args.repeats
    exam = ensure_exam(f"Bench grading {total}", GRADING_TOPIC, total, max_attempts=runs + 1)
    user = ensure_user(GRADING_EMAIL)
    exam.max_attempts = Attempt.objects.filter(exam=exam, user=user).count() + runs
    exam.save(update_fields=["max_attempts"])

    submit_seconds: list[float] = []
    grade_only_seconds: list[float] = []
    scores = []
    mismatches: list[str] = []
    for run in range(runs):
        attempt = services.start_or_resume_attempt(exam=exam, user=user)
        slots = list(attempt.questions.select_related("version__question").order_by("position"))
        if len(slots) != total:
            raise SystemExit(f"the attempt drew {len(slots)} questions, not {total}")
        expected = Decimal(0)
        kinds = set()
        for slot in slots:
            # The question's number in its type decides the planned answer, whatever the draw.
            index = int(slot.version.question.code.removeprefix(GRADING_PREFIX))
            response, points = planned_answer(slot, index)
            services.save_answer(
                attempt=attempt, user=user, position=slot.position, response=response
            )
            expected += points
            kinds.add(slot.version.question.question_type)
        started = time.perf_counter()
        submitted = services.submit_attempt(attempt=attempt, user=user)
        elapsed = time.perf_counter() - started

        # Grading logic alone, on the same stored answers, without the database.
        slots = list(attempt.questions.select_related("version__question"))
        started = time.perf_counter()
        for slot in slots:
            grading.grade(slot.version, slot.response)
        grade_only = time.perf_counter() - started

        if submitted.score != expected or submitted.status != Attempt.Status.RELEASED:
            # Reported, not fatal: the time was still spent grading.
            mismatches.append(
                f"attempt {submitted.pk}: score {submitted.score} ({submitted.status}), "
                f"expected {expected} (released)"
            )
        if submitted.passed:
            raise SystemExit(f"attempt {submitted.pk} passed; the plan must fail every attempt")
        submitted_events = AttemptEvent.objects.filter(
            attempt=submitted, kind=AttemptEvent.Kind.SUBMITTED
        ).count()
        if submitted_events != 1:
            raise SystemExit(f"attempt {submitted.pk} has {submitted_events} SUBMITTED events")
        if run >= args.warmup:
            submit_seconds.append(elapsed)
            grade_only_seconds.append(grade_only)
            scores.append(str(submitted.score))

    select_seconds = []
    with connection.cursor() as cursor:
        for _ in range(args.select_repeats + 10):
            started = time.perf_counter()
            cursor.execute("SELECT 1")
            cursor.fetchone()
            select_seconds.append(time.perf_counter() - started)
    select_seconds = select_seconds[10:]  # the first round trips warm the connection up

    return {
        "questions": total,
        "types": dict(type_counts(total)),
        "kinds_drawn": sorted(kinds),
        "warmup": args.warmup,
        "repeats": args.repeats,
        "max_score": str(submitted.max_score),
        "score": scores[0] if scores else None,
        "expected_score": str(expected),
        "score_mismatches": mismatches[:10],
        "submit_attempt": summary(submit_seconds),
        "grade_only": summary(grade_only_seconds),
        "select_1": summary(select_seconds),
        "database": connection.vendor,
    }


# --- setup ------------------------------------------------------------------------------------


def command_setup(args: argparse.Namespace) -> dict:
    from django.conf import settings
    from django.db import transaction

    from exams import services

    # Reproducible answers, not secrets.
    rng = random.Random(args.seed)  # noqa: S311
    total = args.questions
    with transaction.atomic():
        ensure_questions(LOAD_PREFIX, LOAD_TOPIC, total)
        exam = ensure_exam(f"Bench load {total}", LOAD_TOPIC, total, max_attempts=2)

    def prepare(email: str, resaves: int) -> dict:
        user = ensure_user(email)
        attempt = services.start_or_resume_attempt(exam=exam, user=user)
        slots = list(attempt.questions.select_related("version__question").order_by("position"))
        if len(slots) != total:
            raise SystemExit(f"the attempt drew {len(slots)} questions, not {total}")
        first = [(slot, random_answer(slot, rng)) for slot in slots]
        rng.shuffle(first)  # trainees do not answer strictly in order
        last = {slot.position: answer for slot, answer in first}
        sends = [[slot.position, answer] for slot, answer in first]
        for slot in rng.sample(slots, min(resaves, len(slots))):
            answer = random_answer(slot, rng, previous=last[slot.position])
            last[slot.position] = answer
            sends.append([slot.position, answer])
        return {
            "email": email,
            "session": login_session(user),
            "attempt": attempt.pk,
            "sends": sends,
        }

    trainees = []
    for number in range(1, args.trainees + 1):
        with transaction.atomic():
            trainees.append(prepare(LOAD_EMAIL.format(number), args.resaves))
    with transaction.atomic():
        probe = prepare(PROBE_EMAIL, 0)
    return {
        "exam": exam.pk,
        "questions": total,
        "types": dict(type_counts(total)),
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "csrf_cookie": settings.CSRF_COOKIE_NAME,
        # "HTTP_X_CSRFTOKEN" -> "X-CSRFTOKEN"; header names are case-insensitive.
        "csrf_header": settings.CSRF_HEADER_NAME.removeprefix("HTTP_").replace("_", "-"),
        "trainees": trainees,
        "probe": probe,
    }


# --- verify -----------------------------------------------------------------------------------


NOT_STORABLE = object()
OUTCOME_COUNTS = {
    "ack": "answers_acknowledged",
    "refused": "answers_refused",
    "unknown": "answers_unknown",
}


def command_verify(args: argparse.Namespace) -> dict:
    """Compare the client's log with the database.

    The log holds per attempt: ``sends`` ([position, response, outcome] in the order sent, outcome
    "ack" for a 200 {"saved": true}, "refused" for any other response, "unknown" when no
    response arrived) and ``submit_acks`` (submits answered with the redirect to the result)."""
    from exams.models import Attempt, AttemptEvent, AttemptQuestion

    log = json.load(sys.stdin)
    attempts = {int(key): value for key, value in log["attempts"].items()}
    slots = {
        (slot.attempt_id, slot.position): slot
        for slot in AttemptQuestion.objects.filter(attempt_id__in=attempts).select_related(
            "version__question"
        )
    }
    counts = {
        "answers_sent": 0,
        "answers_acknowledged": 0,
        "answers_refused": 0,
        "answers_unknown": 0,
        "questions_acknowledged": 0,
        "questions_stored": 0,
        "questions_stored_later_unacknowledged_value": 0,
        "answers_lost": 0,
        "answered_events": 0,
        "attempts": len(attempts),
        "attempts_submitted_once": 0,
        "attempts_not_submitted": 0,
        "attempts_submitted_more_than_once": 0,
        "attempts_auto_submitted": 0,
        "attempts_submit_acknowledged_but_open": 0,
    }
    lost = []
    for attempt_id, record in attempts.items():
        by_position: dict[int, list] = {}
        for position, response, outcome in record["sends"]:
            counts["answers_sent"] += 1
            counts[OUTCOME_COUNTS[outcome]] += 1
            by_position.setdefault(position, []).append((response, outcome))
        for position, sends in by_position.items():
            acked = [i for i, (_response, outcome) in enumerate(sends) if outcome == "ack"]
            if not acked:
                continue
            counts["questions_acknowledged"] += 1
            slot = slots.get((attempt_id, position))
            kind = slot.version.question.question_type if slot else None

            def stored(sent, slot=slot, kind=kind):
                try:
                    return expected_stored(kind, slot.option_order, sent)
                except (IndexError, TypeError, AttributeError):
                    return NOT_STORABLE  # equals nothing the database holds

            last_acked = sends[acked[-1]][0]
            # A later save without a definite answer from the server may have been committed.
            later = [resp for resp, outcome in sends[acked[-1] + 1 :] if outcome == "unknown"]
            if slot is not None and slot.response == stored(last_acked):
                counts["questions_stored"] += 1
            elif slot is not None and any(slot.response == stored(resp) for resp in later):
                counts["questions_stored"] += 1
                counts["questions_stored_later_unacknowledged_value"] += 1
            else:
                counts["answers_lost"] += 1
                if len(lost) < 20:
                    lost.append(
                        {
                            "attempt": attempt_id,
                            "position": position,
                            "acknowledged": last_acked,
                            "stored": slot.response if slot else "no such question",
                        }
                    )
    events = AttemptEvent.objects.filter(attempt_id__in=attempts)
    counts["answered_events"] = events.filter(kind=AttemptEvent.Kind.ANSWERED).count()
    submitted: dict[int, int] = {}
    for attempt_id in events.filter(kind=AttemptEvent.Kind.SUBMITTED).values_list(
        "attempt_id", flat=True
    ):
        submitted[attempt_id] = submitted.get(attempt_id, 0) + 1
    counts["attempts_auto_submitted"] = events.filter(kind=AttemptEvent.Kind.AUTO_SUBMITTED).count()
    statuses = dict(Attempt.objects.filter(pk__in=attempts).values_list("pk", "status"))
    for attempt_id, record in attempts.items():
        times = submitted.get(attempt_id, 0)
        if times == 1:
            counts["attempts_submitted_once"] += 1
        elif times == 0:
            counts["attempts_not_submitted"] += 1
        else:
            counts["attempts_submitted_more_than_once"] += 1
        if record["submit_acks"] and statuses.get(attempt_id) == Attempt.Status.IN_PROGRESS:
            counts["attempts_submit_acknowledged_but_open"] += 1
    status_counts: dict[str, int] = {}
    for status in statuses.values():
        status_counts[status] = status_counts.get(status, 0) + 1
    return {**counts, "attempt_statuses": status_counts, "lost_examples": lost}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    grade = commands.add_parser("grade")
    grade.add_argument("--questions", type=int, default=100)
    grade.add_argument("--repeats", type=int, default=20)
    grade.add_argument("--warmup", type=int, default=2)
    grade.add_argument("--select-repeats", type=int, default=200)
    setup = commands.add_parser("setup")
    setup.add_argument("--trainees", type=int, default=200)
    setup.add_argument("--questions", type=int, default=20)
    setup.add_argument("--resaves", type=int, default=3)
    setup.add_argument("--seed", type=int, default=1)
    commands.add_parser("verify")
    args = parser.parse_args()
    setup_django()
    handler = {"grade": command_grade, "setup": command_setup, "verify": command_verify}
    print(json.dumps(handler[args.command](args), ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
