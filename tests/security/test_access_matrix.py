"""The access matrix: every URL of the site, tried as every actor of the issue.

One row per URL name (``page:<Model>`` for the page types Wagtail serves), with how to build
its address for a concrete object of the world and what each actor gets:

  200           the page or file
  302→login     sent to sign in (anonymous; or, in the CMS admin, anyone without admin access)
  403           refused
  admin-denied  refused by the CMS admin (a 403, or Wagtail's redirect to the dashboard)
  404           hidden: the object is not theirs and its existence is not confirmed
  302           redirected after an action, or to the canonical address
  400           a request the page cannot use (said on the page)

Actors (world.py): anonymous; owner (the trainee whose enrolment, attempt and certificate the
URLs name); other_trainee; instructor (of the owner's cohort); other_instructor (of a cohort of
another course); discloser (of the enterprise the URLs name); other_discloser (of another
enterprise); reviewer; editor; officer (certification officer). Everyone privileged has MFA,
so a refusal is a refusal, not a detour to set MFA up.

POST rows send a body that changes nothing for the allowed actor (no reason, no file), so
every actor of a row meets the same state. A new URL without a row fails
``test_every_url_of_the_site_has_a_row``.
"""

import pytest

from tests.security.matrix import (
    BAD,
    DENIED,
    EXCLUDED_URLCONFS,
    HIDDEN,
    LOGIN,
    OK,
    REDIRECT,
    Row,
    admin,
    describe,
    everyone,
    roles,
    signed_in,
    site_url_names,
)
from tests.security.world import ACTORS

pytestmark = pytest.mark.django_db

INSTRUCTORS = {"instructor": OK, "other_instructor": OK}
DISCLOSERS = {"discloser": OK, "other_discloser": OK}

# Outcomes that show the object only to its own people.
OWNER_ONLY = signed_in(HIDDEN, owner=OK)
OWN_ENTERPRISE = roles(discloser=OK, other_discloser=HIDDEN)


def _own_enterprise(outcome=OK):
    return roles(discloser=outcome, other_discloser=HIDDEN)


def _report(world):
    return {"public_id": world.draft_report.public_id}


def _audit(world):
    return {"public_id": world.draft_report.public_id, "round": world.audit_round}


def _pk(attribute):
    return lambda world: {"pk": getattr(world, attribute).pk}


def _viewset(namespace, attribute, *, index, edit, add=None, delete=None, history=None, copy=None):
    """The rows of one admin viewset: index and its results, add, edit, delete, history and
    its results, usage; copy where the viewset has it."""
    add = add or edit
    delete = delete or edit
    history = history or edit
    rows = [
        Row(f"{namespace}:index", index),
        Row(f"{namespace}:index_results", index),
        Row(f"{namespace}:add", add),
        Row(f"{namespace}:edit", edit, _pk(attribute)),
        Row(f"{namespace}:delete", delete, _pk(attribute)),
        Row(f"{namespace}:history", history, _pk(attribute)),
        Row(f"{namespace}:history_results", history, _pk(attribute)),
        Row(f"{namespace}:usage", history, _pk(attribute)),
    ]
    if copy is not None:
        rows.append(Row(f"{namespace}:copy", copy, _pk(attribute)))
    return rows


def _stored_task_result(world):
    """A failed task as the database backend stores it (made in the test's savepoint)."""
    from django_tasks_db.models import DBTaskResult

    stored, _ = DBTaskResult.objects.get_or_create(
        id="00000000-0000-4000-8000-000000000012",
        defaults={
            "status": "FAILED",
            "args_kwargs": {"args": [], "kwargs": {"certificate_id": 1}},
            "task_path": "certificates.tasks.send_issued_email",
            "backend_name": "default",
            "exception_class_path": "smtplib.SMTPServerDisconnected",
            "traceback": "Traceback (most recent call last): ...",
            "worker_ids": ["worker"],
        },
    )
    return {"result_id": stored.pk}


REVIEWER_ADMIN = admin(reviewer=OK)
SCOPED_COHORT = admin(
    instructor=OK, other_instructor=HIDDEN, reviewer=HIDDEN, editor=OK, officer=HIDDEN
)

ROWS: list[Row] = [
    # --- Site-wide ------------------------------------------------------------------------------
    Row("healthz", everyone()),
    Row(
        "security_txt",
        everyone(HIDDEN),
        why="published only when SECURITY_CONTACT is set (the test settings set none)",
    ),
    Row("wagtailadmin_login", everyone(LOGIN), why="the admin's login is allauth's (MFA)"),
    Row("javascript-catalog", everyone()),
    Row("search", everyone(), query="query=清洁生产"),
    Row("styleguide", everyone()),
    Row(
        "wagtail_serve",
        everyone(),
        path=lambda world: "/",
        why="the home page; every page type has its own row (page:...)",
    ),
    Row(
        "wagtailcore_login",
        everyone(LOGIN),
        why="Wagtail's own login address: sends everyone on to allauth's sign-in",
    ),
    Row(
        "wagtailcore_authenticate_with_password",
        everyone(HIDDEN),
        kwargs=lambda world: {"page_view_restriction_id": 987654, "page_id": 987654},
        method="POST",
        data=lambda world: {"password": "guess"},
        why="the password form of a restricted page: no such restriction, so a 404",
    ),
    # --- Pages served by Wagtail ----------------------------------------------------------------
    Row("page:content.HomePage", everyone(), path=lambda w: w.pages["content.HomePage"]),
    Row("page:content.StandardPage", everyone(), path=lambda w: w.pages["content.StandardPage"]),
    Row("page:content.NewsIndexPage", everyone(), path=lambda w: w.pages["content.NewsIndexPage"]),
    Row("page:content.NewsPage", everyone(), path=lambda w: w.pages["content.NewsPage"]),
    Row(
        "page:content.RegulationIndexPage",
        everyone(),
        path=lambda w: w.pages["content.RegulationIndexPage"],
    ),
    Row(
        "page:content.RegulationPage", everyone(), path=lambda w: w.pages["content.RegulationPage"]
    ),
    Row(
        "page:courses.CourseIndexPage",
        everyone(),
        path=lambda w: w.pages["courses.CourseIndexPage"],
    ),
    Row("page:courses.CoursePage", everyone(), path=lambda w: w.course.url),
    Row(
        "page:courses.CourseUnitPage", everyone(), path=lambda w: w.pages["courses.CourseUnitPage"]
    ),
    Row(
        "page:courses.LessonPage",
        everyone(DENIED, owner=OK),
        path=lambda w: w.lesson.url,
        why="a lesson's body is for its enrolled trainees; the outline stays public",
    ),
    # --- Accounts -------------------------------------------------------------------------------
    Row("accounts:overview", signed_in()),
    Row("accounts:profile", signed_in()),
    # --- Learning -------------------------------------------------------------------------------
    Row("courses:my_learning", signed_in()),
    Row(
        "courses:enrol",
        signed_in(REDIRECT),
        lambda w: {"course_id": w.course.pk},
        method="POST",
        data=lambda w: {"cohort": w.cohort.pk},
    ),
    Row(
        "courses:withdraw",
        signed_in(HIDDEN, owner=REDIRECT),
        lambda w: {"enrolment_id": w.enrolment_id},
        method="POST",
    ),
    Row(
        "courses:complete_lesson",
        signed_in(DENIED, owner=REDIRECT),
        lambda w: {"lesson_id": w.lesson.pk},
        method="POST",
        why="only a trainee studying the course can complete its lessons",
    ),
    Row(
        "courses:final_exam",
        signed_in(DENIED, owner=OK),
        lambda w: {"course_id": w.course.pk},
    ),
    Row("courses:cohorts", roles(**INSTRUCTORS)),
    Row(
        "courses:roster",
        roles(instructor=OK),
        lambda w: {"cohort_id": w.cohort.pk},
    ),
    Row(
        "courses:roster_csv",
        roles(instructor=OK),
        lambda w: {"cohort_id": w.cohort.pk},
    ),
    Row(
        "courses:attendance",
        roles(instructor=REDIRECT),
        lambda w: {"cohort_id": w.cohort.pk},
        method="POST",
    ),
    # --- Exams ----------------------------------------------------------------------------------
    Row("exams:overview", signed_in(), lambda w: {"exam_id": w.exam.pk}),
    Row("exams:start", signed_in(REDIRECT), lambda w: {"exam_id": w.exam.pk}, method="POST"),
    Row(
        "exams:attempt",
        signed_in(HIDDEN, owner=REDIRECT),
        lambda w: {"attempt_id": w.attempt.pk},
        why="a submitted attempt sends its owner to the result",
    ),
    Row(
        "exams:save_answer",
        signed_in(HIDDEN, owner=REDIRECT),
        lambda w: {"attempt_id": w.attempt.pk},
        method="POST",
    ),
    Row(
        "exams:submit",
        signed_in(HIDDEN, owner=REDIRECT),
        lambda w: {"attempt_id": w.attempt.pk},
        method="POST",
    ),
    Row("exams:result", OWNER_ONLY, lambda w: {"attempt_id": w.attempt.pk}),
    Row("exams:grading_queue", roles(**INSTRUCTORS)),
    Row(
        "exams:grade_answer",
        roles(instructor=OK, other_instructor=HIDDEN),
        lambda w: {"label": w.attempt.candidate_label, "position": w.slot.position},
    ),
    Row(
        "exams:attempts",
        roles(instructor=OK, other_instructor=HIDDEN),
        lambda w: {"exam_id": w.exam.pk},
    ),
    Row(
        "exams:results_csv",
        roles(instructor=OK, other_instructor=HIDDEN),
        lambda w: {"exam_id": w.exam.pk},
    ),
    Row(
        "exams:statistics",
        roles(instructor=OK, other_instructor=HIDDEN),
        lambda w: {"exam_id": w.exam.pk},
    ),
    Row(
        "exams:accommodation",
        roles(instructor=OK, other_instructor=HIDDEN),
        lambda w: {"exam_id": w.exam.pk},
        method="POST",
        why="an empty form is shown again with its errors",
    ),
    # --- Certificates: public -------------------------------------------------------------------
    Row("verify:lookup", everyone()),
    Row("verify:certificate", everyone(), lambda w: {"code": w.certificate.code}),
    Row("auditor_register", everyone()),
    Row("check_credential", everyone()),
    Row("certificates_api:certificate", everyone(), lambda w: {"code": w.certificate.code}),
    Row(
        "certificates_api:verify",
        everyone(),
        method="POST",
        json=lambda w: {"codes": [w.certificate.code]},
    ),
    Row("credential", everyone(), lambda w: {"code": w.certificate.code}),
    Row("credential_status_list", everyone()),
    Row("credential_suspension_list", everyone()),
    Row("jwks", everyone()),
    Row("did_document", everyone()),
    # --- Certificates: the holder's own ---------------------------------------------------------
    Row("certificates_holder:my_certificates", signed_in()),
    Row("certificates_holder:register_membership", signed_in(REDIRECT), method="POST"),
    Row(
        "certificates_holder:certificate_html",
        OWNER_ONLY,
        lambda w: {"number": w.certificate.number},
        why="the holder's page; staff use the admin (finding 1)",
    ),
    Row(
        "certificates_holder:certificate_pdf",
        OWNER_ONLY,
        lambda w: {"number": w.certificate.number},
        why="the holder's file; staff use the admin (finding 1)",
    ),
    # --- Certificates: the admin (certification officers only) ----------------------------------
    Row("certificates_admin_list", admin(officer=OK)),
    Row("certificates_admin_issue", admin(officer=OK)),
    Row(
        "certificates_admin_detail",
        admin(officer=OK),
        lambda w: {"number": w.certificate.number},
    ),
    Row(
        "certificates_admin_action",
        admin(officer=REDIRECT),
        lambda w: {"number": w.certificate.number, "action": "suspend"},
        method="POST",
        why="without a reason nothing changes: the officer is sent back to the certificate",
    ),
    Row("certificates_admin_requests", admin(officer=OK)),
    Row(
        "certificates_admin_request_approve",
        admin(officer=REDIRECT),
        _pk("issue_request"),
        method="POST",
        why="another officer asked: this one may approve (never the requester or the holder)",
    ),
    Row(
        "certificates_admin_request_reject",
        admin(officer=REDIRECT),
        _pk("issue_request"),
        method="POST",
        why="without a reason nothing changes: the officer is sent back to the requests",
    ),
    Row(
        "certificates_admin_keys",
        admin(),
        why="marking the issuer's key compromised is for administrators",
    ),
    Row("certificates_admin_key_compromised", admin(), _pk("issuer_key"), method="POST"),
    *_viewset("certificate_types", "certificate_type", index=admin(), edit=admin(), copy=admin()),
    # --- Disclosure: public portal and open data ------------------------------------------------
    Row("disclosure:home", everyone()),
    Row(
        "disclosure:enterprise",
        everyone(),
        lambda w: {"credit_code": w.enterprise.credit_code},
    ),
    Row(
        "disclosure:report",
        everyone(),
        lambda w: {"public_id": w.published_report.public_id},
    ),
    Row(
        "disclosure:report_diff",
        everyone(),
        lambda w: {"public_id": w.published_report.public_id},
    ),
    Row("disclosure:overdue", everyone()),
    Row("disclosure:statistics", everyone()),
    Row("disclosure:data_dictionary", everyone()),
    Row("disclosure:pollutants", everyone()),
    Row(
        "disclosure:report",
        everyone(HIDDEN),
        lambda w: {"public_id": w.draft_report.public_id},
        variant="draft",
        why="a draft is not published: the portal does not know it",
    ),
    Row("disclosure_api:enterprises", everyone(), query="limit=5"),
    Row(
        "disclosure_api:enterprise",
        everyone(),
        lambda w: {"credit_code": w.enterprise.credit_code},
    ),
    Row("disclosure_api:disclosures", everyone(), query="limit=5"),
    Row("disclosure_api:disclosures_csv", everyone()),
    Row(
        "disclosure_api:disclosure",
        everyone(),
        lambda w: {"public_id": w.published_report.public_id},
    ),
    Row("disclosure_api:dumps", everyone()),
    Row(
        "disclosure_api:dump",
        everyone(HIDDEN),
        path=lambda w: "/api/v1/dumps/..%2F..%2Fconfig%2Fsettings%2Fbase.py",
        why="only files of the dump index are served",
    ),
    Row("disclosure_api:openapi", everyone()),
    Row("disclosure_api:not_found", everyone(HIDDEN), lambda w: {"unknown": "anything"}),
    # --- Disclosure: enterprise filing ----------------------------------------------------------
    Row("disclosure_manage:home", roles(**DISCLOSERS)),
    Row(
        "disclosure_manage:invitation",
        everyone(BAD, anonymous=OK),
        lambda w: {"token": w.invitation.token},
        why="an invitation opens only for its own email address (anonymous: asked to sign in)",
    ),
    Row(
        "disclosure_manage:start_annual",
        _own_enterprise(REDIRECT),
        lambda w: {"credit_code": w.enterprise.credit_code},
        method="POST",
    ),
    Row(
        "disclosure_manage:open_adhoc",
        _own_enterprise(BAD),
        lambda w: {"credit_code": w.enterprise.credit_code},
        method="POST",
        why="an empty form is shown again with its errors",
    ),
    Row(
        "disclosure_manage:template",
        roles(**DISCLOSERS),
        lambda w: {"section": "discharges", "ext": "csv"},
    ),
    Row("disclosure_manage:report", OWN_ENTERPRISE, _report),
    Row("disclosure_manage:start", _own_enterprise(REDIRECT), _report, method="POST"),
    Row("disclosure_manage:amend", _own_enterprise(REDIRECT), _report, method="POST"),
    Row("disclosure_manage:basic", OWN_ENTERPRISE, _report),
    Row("disclosure_manage:review", OWN_ENTERPRISE, _report),
    Row(
        "disclosure_manage:section",
        OWN_ENTERPRISE,
        lambda w: {**_report(w), "section": "discharges"},
    ),
    Row(
        "disclosure_manage:upload",
        _own_enterprise(BAD),
        lambda w: {**_report(w), "section": "discharges"},
        method="POST",
        why="no file: the upload page says what is missing",
    ),
    Row(
        "disclosure_manage:export",
        OWN_ENTERPRISE,
        lambda w: {**_report(w), "section": "discharges", "ext": "csv"},
    ),
    Row("disclosure_manage:audit_new", OWN_ENTERPRISE, _report),
    Row("disclosure_manage:audit", OWN_ENTERPRISE, _audit),
    Row(
        "disclosure_manage:audit_delete",
        _own_enterprise(REDIRECT),
        _audit,
        method="POST",
    ),
    Row(
        "disclosure_manage:audit_upload",
        _own_enterprise(BAD),
        lambda w: {**_audit(w), "part": "team"},
        method="POST",
    ),
    Row(
        "disclosure_manage:audit_export",
        OWN_ENTERPRISE,
        lambda w: {**_audit(w), "section": "team", "ext": "csv"},
    ),
    # --- Disclosure: the authority's admin (reviewers only) -------------------------------------
    Row("disclosure_admin_list_import", REVIEWER_ADMIN),
    Row("disclosure_admin_list_template", REVIEWER_ADMIN, lambda w: {"file_format": "csv"}),
    Row(
        "disclosure_admin_list_export",
        REVIEWER_ADMIN,
        query="format=csv&year=2024",
    ),
    Row("disclosure_admin_invitations", REVIEWER_ADMIN),
    Row("disclosure_admin_adhoc", REVIEWER_ADMIN),
    Row("disclosure_admin_audit_results", REVIEWER_ADMIN),
    Row("disclosure_admin_publish_queue", REVIEWER_ADMIN),
    Row("disclosure_admin_version", REVIEWER_ADMIN, _pk("published_version")),
    Row(
        "disclosure_admin_publish",
        admin(reviewer=REDIRECT),
        _pk("published_version"),
        method="POST",
        why="an already published version is not published again",
    ),
    *_viewset("disclosure_list", "list_entry", index=REVIEWER_ADMIN, edit=REVIEWER_ADMIN),
    *_viewset(
        "disclosure_enterprises",
        "enterprise",
        index=REVIEWER_ADMIN,
        edit=REVIEWER_ADMIN,
        delete=admin(),
    ),
    # Reference data still in use is never deleted (reports point at it); limits and holidays
    # may be.
    *_viewset(
        "disclosure_sectors", "sector", index=REVIEWER_ADMIN, edit=REVIEWER_ADMIN, delete=admin()
    ),
    *_viewset(
        "disclosure_pollutants",
        "pollutant",
        index=REVIEWER_ADMIN,
        edit=REVIEWER_ADMIN,
        delete=admin(),
    ),
    *_viewset(
        "disclosure_standards",
        "standard",
        index=REVIEWER_ADMIN,
        edit=REVIEWER_ADMIN,
        delete=admin(),
    ),
    *_viewset(
        "disclosure_standard_limits",
        "standard_limit",
        index=REVIEWER_ADMIN,
        edit=REVIEWER_ADMIN,
    ),
    *_viewset("disclosure_holidays", "holiday", index=REVIEWER_ADMIN, edit=REVIEWER_ADMIN),
    # --- Courses and exams in the admin ---------------------------------------------------------
    # Cohorts: editors schedule them; an instructor sees and edits only the cohorts they
    # teach (others' are not found); nobody deletes one from the admin.
    Row("cohorts:index", admin(instructor=OK, other_instructor=OK, editor=OK)),
    Row("cohorts:index_results", admin(instructor=OK, other_instructor=OK, editor=OK)),
    Row("cohorts:add", admin(editor=OK)),
    *[
        Row(f"cohorts:{view}", expect, _pk("cohort"))
        for view, expect in (
            ("edit", admin(instructor=OK, other_instructor=HIDDEN, editor=OK)),
            ("delete", admin(other_instructor=HIDDEN, reviewer=HIDDEN, officer=HIDDEN)),
            ("history", SCOPED_COHORT),
            ("history_results", SCOPED_COHORT),
            ("usage", SCOPED_COHORT),
        )
    ],
    # Exams: an instructor manages the exams of the courses they teach (a final exam only
    # with its own permission); others' are not found.
    *_viewset(
        "exam_blueprints",
        "exam",
        index=admin(instructor=OK, other_instructor=OK),
        add=admin(instructor=OK, other_instructor=OK),
        edit=admin(instructor=OK, other_instructor=HIDDEN),
        delete=admin(other_instructor=HIDDEN, reviewer=HIDDEN, editor=HIDDEN, officer=HIDDEN),
        history=admin(
            instructor=OK, other_instructor=HIDDEN, reviewer=HIDDEN, editor=HIDDEN, officer=HIDDEN
        ),
    ),
    *_viewset(
        "exam_questions",
        "question",
        index=admin(instructor=OK, other_instructor=OK, editor=OK),
        edit=admin(instructor=OK, other_instructor=OK, editor=OK),
        delete=admin(),
    ),
    Row("exams_question_import", admin(instructor=OK, other_instructor=OK, editor=OK)),
    Row("exams_question_export_index", admin(instructor=OK, other_instructor=OK, editor=OK)),
    Row(
        "exams_question_export",
        admin(instructor=OK, other_instructor=OK, editor=OK),
        lambda w: {"export_format": "csv"},
    ),
    # --- User accounts in the admin (administrators only) ---------------------------------------
    *_viewset("wagtailusers_users", "owner_user", index=admin(), edit=admin(), copy=admin()),
    # --- Background tasks in the admin (their own permissions; no role holds them) --------------
    Row("background_task_results", admin(), why="administrators, or a group granted it"),
    Row("background_task_result", admin(), _stored_task_result),
    Row("background_task_result_retry", admin(), _stored_task_result, method="POST"),
]

ROWS_BY_ID = {row.id: row for row in ROWS}


def test_rows_are_unique_and_complete():
    names = [row.id for row in ROWS]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    incomplete = [row.name for row in ROWS if set(row.expect) != set(ACTORS)]

    assert not duplicates, f"rows listed twice: {duplicates}"
    assert not incomplete, f"rows without an outcome for every actor: {incomplete}"


def test_every_url_of_the_site_has_a_row():
    site = site_url_names()
    rows = {row.name for row in ROWS}

    missing = sorted(site - rows)
    stale = sorted(rows - site)

    assert not missing, (
        "URLs without a row in the access matrix (add one to tests/security/"
        f"test_access_matrix.py saying who may use them): {missing}"
    )
    assert not stale, f"rows for URLs the site no longer has: {stale}"


def test_every_other_urlconf_is_excluded_with_a_reason():
    from tests.security.matrix import included_urlconfs

    others = {module for module in included_urlconfs() if module not in EXCLUDED_URLCONFS}

    assert not others, (
        f"urlconfs of other projects the matrix neither covers nor excludes: {others}"
    )


def request_as(client, row: Row, world):
    url = row.url(world)
    if row.json is not None:
        return client.generic(
            row.method,
            url,
            data=__import__("json").dumps(row.json(world)),
            content_type="application/json",
        )
    if row.method == "POST":
        return client.post(url, row.data(world) if row.data else {})
    return client.get(url)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_access(row, world, clients):
    failures = []
    for actor in ACTORS:
        response = request_as(clients[actor], row, world)
        expected = row.expect[actor]
        if not expected.matches(response):
            failures.append(f"{actor}: expected {expected!r}, got {describe(response)}")

    assert not failures, f"{row.method} {row.url(world)}\n  " + "\n  ".join(failures)
