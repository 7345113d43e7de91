"""Content-Security-Policy on every page (issue 10, finding 9)."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client, RequestFactory
from django.views.defaults import server_error

from core.csp import ContentSecurityPolicyMiddleware
from tests.factories import make_user

ROOT = Path(__file__).resolve().parents[2]

PUBLIC_PAGES = [
    "/",
    "/en/",
    "/verify/",
    "/en/verify/",
    "/en/auditors/",
    "/disclosure/",
    "/en/courses/",
    "/en/accounts/login/",
    "/en/accounts/signup/",
    "/en/styleguide/",
    "/search/?query=清洁生产",
    "/en/no-such-page/",
]


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    policy = {}
    for part in header.split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.mark.django_db
@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_pages_carry_a_strict_policy_with_a_nonce(client, path):
    response = client.get(path)

    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    nonces = [value for value in policy["script-src"] if value.startswith("'nonce-")]
    assert len(nonces) == 1
    nonce = nonces[0][len("'nonce-") : -1]
    assert f'nonce="{nonce}"' in response.content.decode()


@pytest.mark.django_db
def test_every_response_gets_a_new_nonce(client):
    first = directives(client.get("/en/verify/"))["script-src"]
    second = directives(client.get("/en/verify/"))["script-src"]

    assert first != second


@pytest.mark.django_db
def test_api_answers_carry_the_policy_too(client):
    response = client.get("/api/v1/enterprises")

    assert directives(response)["default-src"] == ["'self'"]


@pytest.mark.django_db
def test_the_admin_gets_the_relaxed_policy_it_needs_and_no_more(client):
    editor = make_user(is_staff=True, is_superuser=True, mfa=True)
    client.force_login(editor)

    response = client.get("/admin/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


@pytest.mark.django_db
def test_a_failed_csrf_check_answers_with_the_site_s_own_page_under_the_policy():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/en/verify/", {"code": "7KQ2M9XD4TPABW"})

    assert response.status_code == 403
    html = response.content.decode()
    assert "Your form could not be sent" in html
    assert "<style" not in html
    nonce = next(v for v in directives(response)["script-src"] if v.startswith("'nonce-"))
    assert f'nonce="{nonce[7:-1]}"' in html


def test_the_server_error_page_s_styles_are_allowed_by_their_hash():
    middleware = ContentSecurityPolicyMiddleware(server_error)
    response = middleware(RequestFactory().get("/en/somewhere/"))

    styles = re.findall(r"<style>(.*?)</style>", response.content.decode(), re.DOTALL)
    assert len(styles) == 1
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in directives(response)["style-src"]


# --- What the policy would refuse, found in the templates ---------------------------------------

INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[^>]*\sstyle\s*=", re.IGNORECASE)
SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b([^>]*)>", re.IGNORECASE)


def public_templates() -> list[Path]:
    """Our templates, except those rendered only inside the Wagtail admin (relaxed policy)."""
    found = []
    for template in sorted(ROOT.glob("*/templates/**/*.html")):
        if ".venv" in template.parts:
            continue
        text = template.read_text(encoding="utf-8")
        if "wagtailadmin/" in text and "{% extends" in text:
            continue
        found.append(template)
    return found


def test_templates_are_found():
    names = {template.name for template in public_templates()}
    assert {"base.html", "verify_form.html", "500.html"} <= names


@pytest.mark.parametrize(
    "template", public_templates(), ids=lambda path: str(path.relative_to(ROOT))
)
def test_no_template_writes_what_the_policy_refuses(template):
    text = template.read_text(encoding="utf-8")
    text = re.sub(r"{#.*?#}", "", text)
    text = re.sub(r"{% comment %}.*?{% endcomment %}", "", text, flags=re.DOTALL)

    assert not INLINE_HANDLER.search(text), "inline event handler"
    assert not STYLE_ATTRIBUTE.search(text), "style attribute"
    assert "javascript:" not in text
    for attributes in SCRIPT.findall(text):
        executable = "application/json" not in attributes and "text/template" not in attributes
        assert not executable or "src=" in attributes or "csp_nonce" in attributes, attributes
    for attributes in STYLE_ELEMENT.findall(text):
        assert "csp_nonce" in attributes or template.name == "500.html", attributes


def test_the_policy_is_configured_with_a_nonce_for_scripts():
    script_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"]

    assert "'unsafe-inline'" not in script_src
