"""Security headers on every public page: no MIME sniffing, a referrer policy, no framing by
other sites, and a strict Content-Security-Policy (scripts only from the site or with the
request's nonce, never 'unsafe-inline'; no plugins)."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.security.matrix import OK
from tests.security.test_access_matrix import ROWS

pytestmark = pytest.mark.django_db

# The pages anyone may open, from the access matrix (HTML, files and API answers alike).
PUBLIC = [row for row in ROWS if row.expect["anonymous"] == OK and row.method == "GET"]


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0].lower()] = words[1:]
    return parsed


@pytest.fixture(scope="module")
def public_responses(world, django_db_blocker):
    """Each public page once, as an anonymous visitor (also in English)."""
    from django.test import Client

    assert PUBLIC
    client = Client()
    responses = {}
    with django_db_blocker.unblock():
        for row in PUBLIC:
            responses[row.id] = client.get(row.url(world))
        with translation.override("en"):
            responses["home in English"] = client.get("/en/")
            responses["verification in English"] = client.get(reverse("verify:lookup"))
    return responses


def test_every_public_page_was_reached(public_responses):
    failed = {name: r.status_code for name, r in public_responses.items() if r.status_code != 200}

    assert not failed


def test_no_content_type_sniffing_and_a_referrer_policy(public_responses):
    missing = [
        name
        for name, response in public_responses.items()
        if response.get("X-Content-Type-Options") != "nosniff"
        or response.get("Referrer-Policy")
        not in ("same-origin", "strict-origin", "strict-origin-when-cross-origin", "no-referrer")
    ]

    assert not missing


def test_no_other_site_may_frame_a_public_page(public_responses):
    framable = []
    for name, response in public_responses.items():
        ancestors = directives(response.get("Content-Security-Policy", "")).get("frame-ancestors")
        if response.get("X-Frame-Options") not in ("DENY", "SAMEORIGIN") and ancestors not in (
            ["'none'"],
            ["'self'"],
        ):
            framable.append(name)

    assert not framable


def test_a_strict_content_security_policy_on_every_public_page(public_responses):
    weak = []
    for name, response in public_responses.items():
        policy = directives(response.get("Content-Security-Policy", ""))
        scripts = policy.get("script-src") or policy.get("default-src") or []
        if not policy:
            weak.append(f"{name}: no Content-Security-Policy")
        elif "'unsafe-inline'" in scripts or "'unsafe-eval'" in scripts or "*" in scripts:
            weak.append(f"{name}: script-src {' '.join(scripts)}")
        elif policy.get("object-src") != ["'none'"] or "base-uri" not in policy:
            weak.append(f"{name}: plugins or <base> not locked down")

    assert not weak


def test_inline_scripts_carry_the_nonce_of_the_policy(public_responses):
    unsigned, html_pages = [], 0
    for name, response in public_responses.items():
        if "html" not in response.get("Content-Type", ""):
            continue
        html_pages += 1
        policy = directives(response.get("Content-Security-Policy", ""))
        nonces = {
            source[len("'nonce-") : -1]
            for source in policy.get("script-src", [])
            if source.startswith("'nonce-")
        }
        for attributes in re.findall(r"<script\b([^>]*)>", response.content.decode()):
            if "src=" in attributes or 'type="application/json"' in attributes:
                continue
            nonce = re.search(r'nonce="([^"]+)"', attributes)
            if nonce is None or nonce.group(1) not in nonces:
                unsigned.append(name)
                break

    assert html_pages
    assert not unsigned
