"""The large dataset of `make bench`, on the Django side. Run by bench/run.py (never by hand
against a database you care about): it refuses any database but a bench one.

Subcommands (each prints one line of JSON on stdout):

``build``
    Adds, in bulk and idempotently, what the demo site plus ``generate_disclosure_data`` lack:
    ``--trainees`` (50,000) trainees with a verified email address, ``--certificates``
    (60,000) certificates of the demo's certificate types held by them (some revoked, some
    expired), the enterprise filer ``bench.filer@cphub.example`` acting for three generated
    enterprises, and the exam-day exam (20 questions of mixed types, no course, attempts
    unlimited, 24-hour time limit) with ``--seats`` (2,000) examinees: the first trainees.

``sessions``
    What one run needs, made fresh every run because sessions expire and are bound to the
    server's SECRET_KEY (the same environment as the server): a session for every seat, for the
    filer and for an examinee whose attempt stays open (the attempt page in the wrk mix), and the
    identifiers the URL mix requests (a certificate code, an enterprise, a name and a credit code
    to search for). Writes the seats to ``--seats-file`` for bench/locustfile_exam.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import urllib.parse
from importlib import import_module
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

import generate_exam_data  # noqa: E402  (bench/ is not a package)

TRAINEE_EMAIL = "bench.trainee.{:05d}@cphub.example"
FILER_EMAIL = "bench.filer@cphub.example"
WRK_EXAMINEE_EMAIL = "bench.wrk.examinee@cphub.example"
EXAM_TITLE = "Bench exam day"
EXAM_TOPIC = "disclosure"
EXAM_QUESTIONS = 20
CERTIFICATE_ACHIEVEMENT = "bench:{:06d}"
BATCH = 5000
FILER_ENTERPRISES = 3


def refuse_unsafe_database() -> None:
    """Only a bench database: a SQLite file under bench/results/ or a PostgreSQL bench_*."""
    url = os.environ.get("DATABASE_URL", "")
    parts = urllib.parse.urlsplit(url)
    if url.startswith("sqlite:"):
        path = parts.path[1:] if parts.path.startswith("//") else parts.path.lstrip("/")
        if (BENCH_DIR / "results").resolve() not in Path(path).resolve().parents:
            sys.exit("refusing to write bench data outside bench/results/")
    elif not parts.path.lstrip("/").startswith("bench_"):
        sys.exit("refusing to write bench data to a PostgreSQL database not named bench_*")


def setup_django() -> None:
    refuse_unsafe_database()
    sys.path.insert(0, str(REPO_ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()


# --- build ------------------------------------------------------------------------------------


def build_trainees(total: int) -> int:
    from allauth.account.models import EmailAddress
    from django.contrib.auth.hashers import make_password

    from accounts.models import User

    existing = set(
        User.objects.filter(email__startswith="bench.trainee.").values_list("email", flat=True)
    )
    # Hashing is the slow part of a password: every trainee shares one unusable hash.
    unusable = make_password(None)
    missing = [
        TRAINEE_EMAIL.format(n)
        for n in range(1, total + 1)
        if TRAINEE_EMAIL.format(n) not in existing
    ]
    for start in range(0, len(missing), BATCH):
        emails = missing[start : start + BATCH]
        User.objects.bulk_create(
            [
                User(
                    email=email,
                    password=unusable,
                    full_name=f"学员{email[14:19]}",
                    latin_name=f"TRAINEE {email[14:19]}",
                )
                for email in emails
            ],
            batch_size=1000,
        )
        ids = dict(User.objects.filter(email__in=emails).values_list("email", "pk"))
        EmailAddress.objects.bulk_create(
            [
                EmailAddress(user_id=ids[email], email=email, verified=True, primary=True)
                for email in emails
            ],
            batch_size=1000,
        )
    return len(missing)


def build_certificates(total: int, trainees: int, seed: int) -> int:
    from django.utils import timezone

    from accounts.models import User
    from certificates import codes
    from certificates.models import Certificate, CertificateEvent, CertificateType

    types = list(CertificateType.objects.select_related("course").order_by("pk"))
    if not types:
        raise SystemExit("no certificate types: load the demo data first")
    existing = set(
        Certificate.objects.filter(achievement_key__startswith="bench:").values_list(
            "achievement_key", flat=True
        )
    )
    users = dict(User.objects.filter(email__startswith="bench.trainee.").values_list("email", "pk"))
    codes_taken = set(Certificate.objects.values_list("code", flat=True))
    rng = random.Random(seed)  # noqa: S311  reproducible data, not secrets
    today = timezone.localdate()
    created = 0
    pending: list[Certificate] = []

    def flush() -> None:
        Certificate.objects.bulk_create(pending, batch_size=1000)
        keys = [certificate.achievement_key for certificate in pending]
        ids = Certificate.objects.filter(achievement_key__in=keys).values_list("pk", "issued_at")
        CertificateEvent.objects.bulk_create(
            [
                CertificateEvent(
                    certificate_id=pk,
                    kind=CertificateEvent.Kind.ISSUED,
                    at=at,
                    reason="exam_passed",
                )
                for pk, at in ids
            ],
            batch_size=1000,
        )
        pending.clear()

    for number in range(1, total + 1):
        key = CERTIFICATE_ACHIEVEMENT.format(number)
        if key in existing:
            continue
        # Every trainee holds one; the rest hold a second one of another type.
        trainee = (number - 1) % trainees + 1
        holder_id = users[TRAINEE_EMAIL.format(trainee)]
        certificate_type = types[(trainee + (number - 1) // trainees) % len(types)]
        completed = today - dt.timedelta(days=rng.randrange(1, 6 * 365))
        issued = timezone.make_aware(dt.datetime.combine(completed, dt.time(10)))
        years = certificate_type.validity_years
        code = codes.new_code()
        while code in codes_taken:
            code = codes.new_code()
        codes_taken.add(code)
        revoked = rng.random() < 0.02
        pending.append(
            Certificate(
                certificate_type=certificate_type,
                number=f"{certificate_type.prefix}-B{completed.year}-{number:06d}",
                code=code,
                holder_id=holder_id,
                holder_name=f"学员{trainee:05d}",
                holder_latin_name=f"TRAINEE {trainee:05d}",
                course_title_zh=certificate_type.course.title,
                course_title_en=certificate_type.course.title,
                hours=certificate_type.course.duration_hours or 1,
                completed_on=completed,
                issued_at=issued,
                valid_until=completed.replace(
                    year=completed.year + years, day=min(completed.day, 28)
                )
                if years
                else None,
                state=Certificate.State.REVOKED if revoked else Certificate.State.ACTIVE,
                state_changed_at=issued if revoked else None,
                state_reason="Bench revocation" if revoked else "",
                issue_reason=Certificate.Reason.EXAM_PASSED,
                achievement_key=key,
            )
        )
        created += 1
        if len(pending) >= BATCH:
            flush()
    if pending:
        flush()
    return created


def filer_enterprises():
    from disclosure.models import Enterprise

    return list(
        Enterprise.objects.filter(credit_code__regex=r"^[0-9A-Z]{8}MAG").order_by("credit_code")[
            :FILER_ENTERPRISES
        ]
    )


def build_filer() -> None:
    """The filer: the discloser role, TOTP set up (the role needs MFA), three enterprises."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from accounts.roles import Role
    from accounts.services import assign_role
    from disclosure.models import EnterpriseMembership

    user = generate_exam_data.ensure_user(FILER_EMAIL)
    assign_role(user=user, role=Role.DISCLOSER)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    for enterprise in filer_enterprises():
        EnterpriseMembership.objects.get_or_create(user=user, enterprise=enterprise)


def exam_day_exam():
    generate_exam_data.ensure_questions(generate_exam_data.LOAD_PREFIX, EXAM_TOPIC, EXAM_QUESTIONS)
    # Attempts are unlimited in practice (every step of the exam-day load starts new ones);
    # max_attempts is a small integer column.
    return generate_exam_data.ensure_exam(EXAM_TITLE, EXAM_TOPIC, EXAM_QUESTIONS, 30_000)


def command_build(args: argparse.Namespace) -> dict:
    from django.db import connection, transaction

    timings = {}
    started = time.monotonic()
    with transaction.atomic():
        trainees = build_trainees(args.trainees)
    timings["trainees_seconds"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    with transaction.atomic():
        certificates = build_certificates(args.certificates, args.trainees, args.seed)
    timings["certificates_seconds"] = round(time.monotonic() - started, 1)
    with transaction.atomic():
        build_filer()
        exam = exam_day_exam()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "trainees_created": trainees,
        "certificates_created": certificates,
        "exam": exam.pk,
        **timings,
    }


# --- sessions ---------------------------------------------------------------------------------


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


def command_sessions(args: argparse.Namespace) -> dict:
    from django.conf import settings
    from django.db import transaction

    from accounts.models import User
    from certificates.models import Certificate
    from exams import services

    exam = exam_day_exam()
    seat_users = list(
        User.objects.filter(
            email__in=[TRAINEE_EMAIL.format(n) for n in range(1, args.seats + 1)]
        ).order_by("email")
    )
    if len(seat_users) != args.seats:
        raise SystemExit(f"{len(seat_users)} seat users, not {args.seats}: rebuild the dataset")
    with transaction.atomic():
        seats = [{"email": user.email, "session": login_session(user)} for user in seat_users]
        build_filer()  # idempotent; brings a dataset built before a change of the filer up to date
        filer = User.objects.get(email=FILER_EMAIL)
        examinee = generate_exam_data.ensure_user(WRK_EXAMINEE_EMAIL)
        attempt = services.start_or_resume_attempt(exam=exam, user=examinee)
        filer_session = login_session(filer)
        examinee_session = login_session(examinee)
    Path(args.seats_file).write_text(
        json.dumps(
            {
                "exam": exam.pk,
                "session_cookie": settings.SESSION_COOKIE_NAME,
                "csrf_cookie": settings.CSRF_COOKIE_NAME,
                "csrf_header": settings.CSRF_HEADER_NAME.removeprefix("HTTP_").replace("_", "-"),
                "seats": seats,
            }
        )
    )
    certificate = (
        Certificate.objects.filter(
            achievement_key__startswith="bench:", state=Certificate.State.ACTIVE
        )
        .exclude(valid_until__lt=dt.date.today())
        .order_by("pk")
        .first()
    )
    enterprise = filer_enterprises()[0]
    return {
        "exam": exam.pk,
        "seats": len(seats),
        "session_cookie": settings.SESSION_COOKIE_NAME,
        "filer_session": filer_session,
        "examinee_session": examinee_session,
        "examinee_attempt": attempt.pk,
        "certificate_code": certificate.code,
        "credit_code": enterprise.credit_code,
        "enterprise_name": enterprise.name,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build")
    build.add_argument("--trainees", type=int, default=50_000)
    build.add_argument("--certificates", type=int, default=60_000)
    build.add_argument("--seed", type=int, default=2026)
    sessions = commands.add_parser("sessions")
    sessions.add_argument("--seats", type=int, default=2000)
    sessions.add_argument("--seats-file", required=True)
    args = parser.parse_args()
    setup_django()
    handler = {"build": command_build, "sessions": command_sessions}
    print(json.dumps(handler[args.command](args), ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
