import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent


def _run_with_production_settings(code: str, **env) -> subprocess.CompletedProcess:
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}
    }
    clean_env.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(
        [sys.executable, *code.split()],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = _run_with_production_settings(
        "manage.py check", ALLOWED_HOSTS="cphub.example", DATABASE_URL="sqlite:////tmp/x.db"
    )

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = _run_with_production_settings(
        "manage.py check --deploy --fail-level WARNING",
        SECRET_KEY="x" * 30 + "-a-long-random-secret-for-the-deploy-check-only",
        ALLOWED_HOSTS="cphub.example",
        CSRF_TRUSTED_ORIGINS="https://cphub.example",
        DATABASE_URL="sqlite:////tmp/cphub-deploy-check.db",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_healthz_answers_ok_with_one_trivial_query(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def _snapshot():
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from wagtail.models import Page, Revision

    from accounts.models import User

    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "users": sorted(User.objects.values_list("pk", "email", "password")),
        "emails": EmailAddress.objects.count(),
        "authenticators": sorted(Authenticator.objects.values_list("pk", "data")),
        "groups": Group.objects.count(),
    }


@pytest.mark.django_db
def test_demo_loader_run_twice_changes_nothing(capsys):
    before = _snapshot()

    call_command("load_initial_data")

    assert _snapshot() == before


@pytest.mark.django_db
def test_demo_loader_prints_logins_and_mfa_secrets_for_privileged_users():
    from io import StringIO

    out = StringIO()
    call_command("load_initial_data", stdout=out)
    output = out.getvalue()

    assert "reviewer@cphub.example" in output
    assert "trainee@cphub.example" in output
    assert "TOTP secret:" in output
    assert "Recovery codes:" in output


@pytest.mark.django_db
@override_settings(DEBUG=False, TESTING=False)
def test_demo_loader_refuses_to_run_on_a_production_server():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Refusing"):
        call_command("load_initial_data")
