"""Hostile input everywhere: every form, query parameter, path parameter, JSON body and upload
of the site gets the corpus (corpus.py). Nothing may answer 500, and no markup may come back
unescaped in HTML.

Pages are reached through the access matrix's rows, as an actor who may see them; each page's
forms are read from its HTML and submitted field by field (the CORE values) and all fields at
once (every value), with the other fields as the page filled them. Every request runs in a
savepoint that is rolled back, so each value meets the same state. A test collects all the
problems of its page before failing, naming the URL, the field and the payload.
"""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse

from tests.security import corpus
from tests.security.corpus import (
    CORE_STRINGS,
    JSON_VALUES,
    PATH_STRINGS,
    RAW_JSON_BODIES,
    STRINGS,
    short,
)
from tests.security.matrix import ADMIN_DENIED, OK, url_parameters
from tests.security.probing import forms_on, problem, send
from tests.security.test_access_matrix import ROWS

pytestmark = pytest.mark.django_db


def _visitor(row) -> str | None:
    """Who opens the page: the least privileged actor it lets in, or an administrator for the
    admin pages that no role may open."""
    if row.first_actor(OK) is not None:
        return row.first_actor(OK)
    if ADMIN_DENIED in row.expect.values():
        return "administrator"
    return None


PAGES = [row for row in ROWS if row.method == "GET" and _visitor(row) is not None]


def _allowed(row) -> str | None:
    """Who may use the address at all (a page, an action, a form with errors)."""
    if row.allowed_actor() is not None:
        return row.allowed_actor()
    return "administrator" if ADMIN_DENIED in row.expect.values() else None


# Query parameters pages read besides the fields of their own forms. (``page`` goes to
# Django's Paginator.get_page everywhere, which takes any text.)
EXTRA_PARAMETERS = {
    "page:content.NewsIndexPage": ("category",),
    "page:content.RegulationIndexPage": ("type", "binds"),
    "page:courses.CourseIndexPage": ("track", "language", "format", "starts_after"),
    "courses:roster": ("day",),
    "disclosure:home": ("region", "listed"),
    "disclosure:report": ("version",),
    "disclosure:report_diff": ("from", "to"),
    "disclosure:statistics": ("year",),
    "certificates_admin_list": ("q",),
    "disclosure_admin_invitations": ("enterprise", "q"),
    "disclosure_admin_adhoc": ("enterprise",),
    "disclosure_admin_audit_results": ("enterprise",),
    "disclosure_admin_list_export": ("format", "year"),
    "exams_question_export": ("language",),
}

# Forms already fuzzed by this worker (the site search box is on every page).
_fuzzed_forms: set = set()


def _openapi_parameters() -> dict[str, tuple[str, ...]]:
    """Query parameters of each API path, from the OpenAPI document (so a new parameter is
    fuzzed without anyone remembering to list it)."""
    from config.api import openapi_document

    document = openapi_document(server="http://testserver")
    shared = document.get("components", {}).get("parameters", {})
    found = {}
    for path, item in document["paths"].items():
        operation = item.get("get") or item.get("post") or {}
        names = []
        for parameter in operation.get("parameters", []):
            if "$ref" in parameter:
                parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
            if parameter.get("in") == "query":
                names.append(parameter["name"])
        found[path] = tuple(names)
    return found


def _api_parameters(url: str) -> tuple[str, ...]:
    for path, names in _openapi_parameters().items():
        template = path.split("{", 1)[0]
        if url == path or (
            "{" in path and url.startswith(template) and "/" not in url[len(template) :]
        ):
            return names
    return ()


class Findings:
    def __init__(self):
        self.items: list[str] = []

    def check(self, response, where: str, payload: object) -> None:
        found = problem(response)
        if found:
            self.items.append(f"{where} ← {short(payload)}: {found}")

    def assert_none(self, title: str) -> None:
        assert not self.items, f"{title}: {len(self.items)} problem(s)\n  " + "\n  ".join(
            self.items[:60]
        )


def _fuzz_form(client, form, findings: Findings) -> None:
    where = f"{form.method.upper()} {form.action}"
    for label, value in STRINGS:
        data = form.data(**dict.fromkeys(form.fields, value))
        findings.check(
            send(client, form.method, form.action, data=data), f"{where} [all fields]", label
        )
    for name in form.fields if form.read_field_by_field else ():
        for label, value in CORE_STRINGS:
            response = send(client, form.method, form.action, data=form.data(**{name: value}))
            findings.check(response, f"{where} [{name}]", label)


def _fuzz_parameters(client, url: str, names, findings: Findings) -> None:
    for name in names:
        for label, value in CORE_STRINGS:
            findings.check(
                send(client, "get", url, data={name: value}), f"GET {url}?{name}=", label
            )
    if names:
        for label, value in STRINGS:
            data = dict.fromkeys(names, value)
            findings.check(
                send(client, "get", url, data=data), f"GET {url} [all parameters]", label
            )


@pytest.mark.parametrize("row", PAGES, ids=lambda row: row.id)
def test_forms_and_query_parameters(row, world, clients):
    """Every form of the page and every query parameter it reads, with the corpus."""
    client = clients[_visitor(row)]
    url = row.url(world)
    path = url.split("?", 1)[0]
    findings = Findings()
    page = send(client, "get", url)
    findings.check(page, f"GET {url}", "")
    if "html" in page.get("Content-Type", ""):
        for form in forms_on(page.content, path):
            if form.key in _fuzzed_forms or not form.fields:
                continue
            _fuzzed_forms.add(form.key)
            _fuzz_form(client, form, findings)
    names = EXTRA_PARAMETERS.get(row.name, ()) + _api_parameters(path)
    _fuzz_parameters(client, path, names, findings)
    findings.assert_none(f"hostile input on {url}")


# --- Path parameters --------------------------------------------------------------------------

PARAMETERS = url_parameters()
PATH_ROWS = [
    row
    for row in ROWS
    if row.path is None and PARAMETERS.get(row.name) and _allowed(row) is not None
]


# Numbers for the <int:...> parts of addresses: the converter takes any run of digits.
HUGE_IDS = [("2**63", str(2**63)), ("30 digits", "9" * 30)]


@pytest.mark.parametrize("row", PATH_ROWS, ids=lambda row: row.id)
def test_path_parameters(row, world, clients):
    """Text taken from the address (codes, numbers, credit codes, tokens) with the corpus, and
    ids out of range."""
    kwargs = row.kwargs(world)
    client = clients[_allowed(row)]
    findings = Findings()
    for name, current in kwargs.items():
        values = PATH_STRINGS if isinstance(current, str) else HUGE_IDS
        for label, value in values:
            if "/" in value or not value.strip():
                continue
            try:
                url = reverse(row.name, kwargs={**kwargs, name: value})
            except NoReverseMatch:
                continue  # the converter refuses it: not an address of the site
            response = send(client, row.method, url, data=row.data(world) if row.data else None)
            findings.check(response, f"{row.method} {row.name} [{name}]", label)
    findings.assert_none(f"hostile path parameters of {row.name}")


# --- JSON bodies ------------------------------------------------------------------------------


def _bulk_bodies(world) -> list[tuple[str, object]]:
    code = world.certificate.code
    bodies = []
    for label, value in JSON_VALUES:
        bodies += [
            (f"codes = {label}", {"codes": value}),
            (f"codes[0] = {label}", {"codes": [value, code]}),
            (f"code = {label}", [{"code": value}]),
            (f"number = {label}", [{"number": value, "name": "王业主"}]),
            (f"name = {label}", [{"number": world.certificate.number, "name": value}]),
            (f"body = {label}", value),
        ]
    return bodies


def test_bulk_verification_json(world, clients):
    findings = Findings()
    url = reverse("certificates_api:verify")
    client = clients["anonymous"]
    for label, body in _bulk_bodies(world):
        for query in ("", "?format=csv"):
            response = send(
                client, "post", url + query, data=json.dumps(body), content_type="application/json"
            )
            findings.check(response, f"POST {url}{query}", label)
    for label, raw in RAW_JSON_BODIES:
        response = send(client, "post", url, data=raw, content_type="application/json")
        findings.check(response, f"POST {url}", label)
    findings.assert_none("hostile JSON to the bulk verification API")


def test_answer_saving_json(world, clients):
    findings = Findings()
    # An open attempt of the owner's, in an exam of no course that draws the world's essay.
    from exams import services as exam_services
    from exams.models import Exam, ExamSection, QuestionType

    exam = Exam.objects.create(
        title_zh="练习", title_en="Practice", time_limit_minutes=30, max_attempts=1
    )
    ExamSection.objects.create(
        exam=exam,
        title_zh="论述",
        title_en="Essay",
        topics=["law"],
        question_types=[QuestionType.ESSAY],
        question_count=1,
    )
    attempt = exam_services.start_or_resume_attempt(exam=exam, user=world.owner_user)
    url = reverse("exams:save_answer", kwargs={"attempt_id": attempt.pk})
    client = clients["owner"]
    for label, value in JSON_VALUES:
        for body in (
            {"position": 1, "response": value},
            {"position": value, "response": "x"},
            {"position": value},
        ):
            response = send(
                client, "post", url, data=json.dumps(body), content_type="application/json"
            )
            findings.check(response, f"POST {url} {sorted(body)}", label)
    for label, raw in RAW_JSON_BODIES:
        response = send(client, "post", url, data=raw, content_type="application/json")
        findings.check(response, f"POST {url}", label)
    findings.assert_none("hostile JSON to answer saving")


def _jwt(header: object, payload: object, signature: bytes = b"sig") -> str:
    """A token in JWT form whose parts hold whatever is given (JSON-encoded unless bytes)."""
    import base64

    def part(value: object) -> str:
        data = value if isinstance(value, bytes) else json.dumps(value).encode()
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    return ".".join((part(header), part(payload), part(signature)))


MALFORMED_CREDENTIALS = [
    ("one part", "abc"),
    ("two parts", "abc.def"),
    ("empty parts", ".."),
    ("not base64", "@@@.###.$$$"),
    ("header not JSON", _jwt(b"not json", {})),
    ("header a list", _jwt([1, 2], {})),
    ("alg none", _jwt({"alg": "none"}, {"vc": {}}, b"")),
    ("unknown key id", _jwt({"alg": "EdDSA", "kid": "x"}, {})),
    ("payload a string", _jwt({"alg": "EdDSA"}, "payload")),
    (
        "payload of the wrong types",
        _jwt({"alg": "EdDSA", "kid": None}, {"vc": [], "nbf": "x", "exp": 1e308, "sub": {}}),
    ),
    ("NUL", "a\x00b.c.d"),
    ("very long", "a." * 50_000),
]


def test_malformed_credentials_are_reported_not_errors(clients):
    # Finding 10: malformed JWTs on the credential checker were 500s.
    findings = Findings()
    url = reverse("check_credential")
    for label, token in MALFORMED_CREDENTIALS:
        for data in (
            {"token": token},
            {"file": SimpleUploadedFile("credential.jwt", token.encode("utf-8", "replace"))},
        ):
            response = send(clients["anonymous"], "post", url, data=data)
            findings.check(response, f"POST {url} [{next(iter(data))}]", label)
            if response.status_code == 200 and "html" in response["Content-Type"]:
                continue
            if "\x00" in token and "token" in data and response.status_code == 400:
                continue  # refused before the view (core.nul_guard)
            findings.items.append(f"POST {url} ← {label}: {response.status_code}, not the page")
    findings.assert_none("malformed credentials on the checker")


# --- Uploads ----------------------------------------------------------------------------------


def _uploads(world):
    """(name, URL, file field, other fields, actor, CSV header, row limit) of every upload."""
    from disclosure import importers, section_import
    from exams import importers as question_importers

    report = {"public_id": world.draft_report.public_id}
    discharges = list(section_import.SECTIONS["discharges"].column_names)
    team = list(section_import.SECTIONS["team"].column_names)
    return [
        (
            "bulk verification CSV",
            reverse("certificates_api:verify"),
            "file",
            {},
            "anonymous",
            ["code", "number", "name"],
            1000,
        ),
        ("credential check", reverse("check_credential"), "file", {}, "anonymous", ["token"], 10),
        (
            "question import",
            reverse("exams_question_import"),
            "file",
            {"dry_run": "on"},
            "instructor",
            list(question_importers.COLUMNS),
            50,
        ),
        (
            "key-enterprise list import",
            reverse("disclosure_admin_list_import"),
            "file",
            {"action": "check"},
            "reviewer",
            list(importers.COLUMNS),
            50,
        ),
        (
            "report section upload",
            reverse("disclosure_manage:upload", kwargs={**report, "section": "discharges"}),
            "file",
            {},
            "discloser",
            discharges,
            section_import.MAX_ROWS,
        ),
        (
            "audit team upload",
            reverse(
                "disclosure_manage:audit_upload",
                kwargs={**report, "round": world.audit_round, "part": "team"},
            ),
            "file",
            {},
            "discloser",
            team,
            50,
        ),
    ]


UPLOAD_NAMES = [
    "bulk verification CSV",
    "credential check",
    "question import",
    "key-enterprise list import",
    "report section upload",
    "audit team upload",
]


@pytest.mark.parametrize("name", UPLOAD_NAMES)
def test_uploads(name, world, clients):
    upload = next(each for each in _uploads(world) if each[0] == name)
    _name, url, field, extra, actor, header, many_rows = upload
    files = corpus.bad_files(header, many_rows=many_rows)
    if name == "question import":
        files += corpus.XML_FILES
    findings = Findings()
    for label, filename, content in files:
        data = {**extra, field: SimpleUploadedFile(filename, content)}
        response = send(clients[actor], "post", url, data=data)
        findings.check(response, f"POST {url} [{field}={filename}]", label)
        if b"root:x:0:0" in getattr(response, "content", b""):
            findings.items.append(f"POST {url} ← {label}: the server read a local file")
    findings.assert_none(f"hostile files to the {name}")
