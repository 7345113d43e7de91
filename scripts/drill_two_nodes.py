"""Drill: two app nodes behind one address, sharing PostgreSQL, Redis and the media storage.

Starts two gunicorn instances (production settings, the repository's gunicorn.conf.py) on two
ports of 127.0.0.1, both on one scratch PostgreSQL database, Redis database 8 and one media
directory, and shows that a client may be sent to either node at any time:

1. Sessions: sign in on node A (password form), continue signed in on node B; sign out on B,
   and A no longer knows the session either.
2. Rate limits: exhaust the certificate look-up allowance of one client address on A; B refuses
   that address too (429), while another address still gets answers on B.
3. Caches and invalidation: both nodes show the certificate as valid (pages and API, both
   languages, so whatever they cache is warm); it is revoked by a third process (as a
   management command or a task worker would, through certificates.services); the very next
   request to B shows it revoked, in both languages and in the API, and so does A.
4. Media: an editor (with MFA) uploads a document through node A's admin; node B serves the
   same bytes (Django's storage API on the shared MEDIA_ROOT). The holder's certificate PDF
   drawn on A is served by B from the shared cache.

Usage:
    .venv/bin/python scripts/drill_two_nodes.py

Needs PostgreSQL (DRILL_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres) and
Redis (DRILL_REDIS_URL, default redis://127.0.0.1:6379/8). Exits 0 when every check holds.
"""

from __future__ import annotations

import re
import secrets
import sys
import time

from drill_support import Browser, DrillFailed, Node, check, drill_site, log, setup_django

CLIENT_ADDRESS = "203.0.113.10"
OTHER_CLIENT_ADDRESS = "198.51.100.20"


def seed() -> dict:
    """A trainee holding a valid certificate, an editor with TOTP, in the drill's database."""
    from accounts.roles import Role
    from tests.certificates.builders import make_valid_certificate
    from tests.factories import PASSWORD, build_site, enable_totp, make_user

    build_site()
    trainee = make_user(email="drill.trainee@cphub.example", full_name="李学员")
    certificate = make_valid_certificate(holder=trainee)
    editor = make_user(email="drill.editor@cphub.example", role=Role.EDITOR)
    secret = enable_totp(editor)
    return {
        "trainee": trainee.email,
        "editor": editor.email,
        "totp_secret": secret,
        "password": PASSWORD,
        "code": certificate.code,
        "number": certificate.number,
    }


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if match is None:
        raise DrillFailed("no CSRF token in the form")
    return match.group(1)


def sign_in(browser: Browser, node: Node, email: str, password: str) -> str:
    """allauth's password form; returns where it redirected."""
    form = browser.get(f"{node.base_url}/en/accounts/login/")
    check(form.status_code == 200, f"node {node.name} shows the sign-in form")
    response = browser.post(
        f"{node.base_url}/en/accounts/login/",
        data={"csrfmiddlewaretoken": csrf_from(form.text), "login": email, "password": password},
    )
    if response.status_code != 302:
        raise DrillFailed(f"sign-in on {node.name} answered {response.status_code}")
    return response.headers["Location"]


def drill_sessions(a: Node, b: Node, data: dict) -> Browser:
    browser = Browser(CLIENT_ADDRESS)
    sign_in(browser, a, data["trainee"], data["password"])
    check("sessionid" in browser.cookies, "node A set a session cookie")
    overview = browser.get(f"{b.base_url}/en/account/")
    check(
        overview.status_code == 200 and data["trainee"] in overview.text,
        "node B shows the account page of the trainee who signed in on node A",
    )
    certificates = browser.get(f"{b.base_url}/en/account/certificates/")
    check(
        certificates.status_code == 200 and data["number"] in certificates.text,
        "node B lists the trainee's certificate",
    )
    return browser


def drill_sign_out(a: Node, b: Node, browser: Browser) -> None:
    page = browser.get(f"{b.base_url}/en/accounts/logout/")
    response = browser.post(
        f"{b.base_url}/en/accounts/logout/", data={"csrfmiddlewaretoken": csrf_from(page.text)}
    )
    check(response.status_code == 302, "signing out on node B is accepted")
    after = browser.get(f"{a.base_url}/en/account/")
    check(
        after.status_code == 302 and "/accounts/login/" in after.headers["Location"],
        "node A sends the signed-out browser to the sign-in page",
    )


def drill_rate_limits(a: Node, b: Node, data: dict) -> None:
    from django.conf import settings

    from core.ratelimit import parse_rate

    rate = parse_rate(settings.CERTIFICATE_LOOKUP_RATE)
    limit = rate.limit
    # The limit counts in fixed windows (core.ratelimit): start early in one, so that the
    # window cannot roll over between exhausting it on A and asking B.
    into_window = time.time() % rate.seconds
    if into_window > rate.seconds / 3:
        time.sleep(rate.seconds - into_window + 0.5)
    hammer = Browser(CLIENT_ADDRESS)
    answers = []
    for index in range(limit):
        # Unknown codes: each look-up is real work (a miss), nothing a cache could answer.
        answers.append(hammer.get(f"{a.base_url}/api/v1/certificates/DRILL{index:05d}").status_code)
    refused_on_a = hammer.get(f"{a.base_url}/api/v1/certificates/{data['code']}").status_code
    check(
        answers.count(429) == 0 and refused_on_a == 429,
        f"node A allows {limit} look-ups a minute from one address, then answers 429",
    )
    on_b = hammer.get(f"{b.base_url}/api/v1/certificates/{data['code']}")
    check(on_b.status_code == 429, "node B refuses the same address too (429): one shared count")
    page_on_b = hammer.get(f"{b.base_url}/en/verify/{data['code']}/")
    check(page_on_b.status_code == 429, "node B's verification page refuses it as well")
    other = Browser(OTHER_CLIENT_ADDRESS).get(f"{b.base_url}/api/v1/certificates/{data['code']}")
    check(other.status_code == 200, "another client address still gets answers on node B")


def status_texts(node: Node, code: str, address: str) -> dict[str, str]:
    browser = Browser(address)
    english = browser.get(f"{node.base_url}/en/verify/{code}/")
    chinese = browser.get(f"{node.base_url}/verify/{code}/")
    api = browser.get(f"{node.base_url}/api/v1/certificates/{code}")
    if {english.status_code, chinese.status_code, api.status_code} != {200}:
        raise DrillFailed(
            f"node {node.name}: verify pages and API answered "
            f"{english.status_code}, {chinese.status_code}, {api.status_code}"
        )
    return {
        "en": badge(english.text),
        "zh": badge(chinese.text),
        "api": api.json()["status"],
        "cache-control": english.headers.get("Cache-Control", ""),
    }


def badge(html: str) -> str:
    """The status badge of a verification page: (its class, its text)."""
    match = re.search(r'<span class="badge badge--(\w+)">([^<]+)</span>', html)
    return f"{match.group(1)}:{match.group(2).strip()}" if match else "no badge"


def drill_cache_invalidation(a: Node, b: Node, data: dict) -> None:
    from accounts.roles import Role
    from certificates.models import Certificate
    from certificates.services import revoke
    from tests.factories import make_user

    address = "192.0.2.30"  # a fresh client: its look-up allowance is untouched
    for node in (a, b, a, b):  # twice each: whatever either node caches is warm
        before = status_texts(node, data["code"], address)
    check(
        before["en"] == "valid:Valid" and before["zh"] == "valid:有效" and before["api"] == "valid",
        f"both nodes show the certificate as valid (Cache-Control: {before['cache-control']})",
    )
    officer = make_user(role=Role.CERTIFICATION_OFFICER, mfa=True)
    revoke(
        certificate=Certificate.objects.get(code=data["code"]),
        actor=officer,
        reason="Two-node drill",
    )
    log("revoked by a third process through certificates.services.revoke")
    on_b = status_texts(b, data["code"], address)
    check(
        on_b["en"] == "revoked:Revoked"
        and on_b["zh"] == "revoked:已撤销"
        and on_b["api"] == "revoked",
        "node B's very next verification page and API show it revoked, in both languages",
    )
    on_a = status_texts(a, data["code"], address)
    check(
        on_a["en"] == "revoked:Revoked"
        and on_a["zh"] == "revoked:已撤销"
        and on_a["api"] == "revoked",
        "node A shows it revoked too",
    )


def sign_in_with_totp(browser: Browser, node: Node, data: dict) -> None:
    from tests.factories import current_totp_code

    location = sign_in(browser, node, data["editor"], data["password"])
    check("/2fa/" in location, "the editor is asked for a TOTP code")
    form = browser.get(f"{node.base_url}{location}" if location.startswith("/") else location)
    response = browser.post(
        form.url,
        data={
            "csrfmiddlewaretoken": csrf_from(form.text),
            "code": current_totp_code(data["totp_secret"]),
        },
    )
    check(response.status_code == 302, f"the editor signed in with TOTP on node {node.name}")


def drill_media(a: Node, b: Node, data: dict) -> None:
    from wagtail.documents import get_document_model

    editor = Browser("192.0.2.40")
    sign_in_with_totp(editor, a, data)
    form = editor.get(f"{a.base_url}/admin/documents/add/")
    check(form.status_code == 200, "node A shows the document upload form")
    content = b"%PDF-1.4\n% two-node drill\n" + secrets.token_hex(256).encode()
    collection = re.search(r'name="collection"[^>]*>\s*<option value="(\d+)"', form.text)
    fields = {"csrfmiddlewaretoken": csrf_from(form.text), "title": "Two-node drill guide"}
    if collection:
        fields["collection"] = collection.group(1)
    upload = editor.post(
        f"{a.base_url}/admin/documents/add/",
        data=fields,
        files={"file": ("drill-guide.pdf", content, "application/pdf")},
    )
    check(upload.status_code == 302, "node A accepted the upload")
    document = get_document_model().objects.get(title="Two-node drill guide")
    served = Browser("192.0.2.41").get(f"{b.base_url}{document.url}")
    check(
        served.status_code == 200 and served.content == content,
        f"node B serves the document uploaded on node A ({document.file.name}, "
        f"{len(content)} bytes, equal)",
    )


def drill_certificate_pdf(a: Node, b: Node, data: dict) -> None:
    holder = Browser("192.0.2.50")
    sign_in(holder, a, data["trainee"], data["password"])
    started = time.monotonic()
    on_a = holder.get(f"{a.base_url}/en/account/certificates/{data['number']}.pdf", timeout=120)
    drawn = time.monotonic() - started
    on_b = holder.get(f"{b.base_url}/en/account/certificates/{data['number']}.pdf", timeout=120)
    check(
        on_a.status_code == on_b.status_code == 200
        and on_a.content.startswith(b"%PDF")
        and on_a.content == on_b.content,
        f"node B serves the holder's certificate PDF drawn on node A ({len(on_a.content)} "
        f"bytes, equal; drawn in {drawn:.1f} s)",
    )


def main() -> int:
    started = time.monotonic()
    try:
        with drill_site() as site:
            setup_django(site)
            data = seed()
            with Node("A", site) as a, Node("B", site) as b:
                try:
                    browser = drill_sessions(a, b, data)
                    drill_sign_out(a, b, browser)
                    drill_rate_limits(a, b, data)
                    drill_media(a, b, data)
                    drill_certificate_pdf(a, b, data)
                    drill_cache_invalidation(a, b, data)
                except Exception:
                    for node in (a, b):
                        log(f"--- node {node.name} log ---\n{node.log_tail()}")
                    raise
    except DrillFailed as failure:
        log(f"FAILED: {failure}")
        return 1
    log(f"two-node drill passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
