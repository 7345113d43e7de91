"""The demo site itself (what `make run` shows): its pages in both languages, its home page and
regulation library, and the loader that builds it."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page

from content.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    RegulationIndexPage,
    RegulationPage,
    StandardPage,
)

pytestmark = pytest.mark.django_db

PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage, RegulationIndexPage, RegulationPage]


def _first_live(page_class, language_code):
    return page_class.objects.live().filter(locale__language_code=language_code).first()


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language_code", ["zh-hans", "en"])
def test_every_demo_page_type_renders_in_both_languages(client, page_class, language_code):
    page = _first_live(page_class, language_code)
    assert page is not None, f"demo data has no {page_class.__name__} in {language_code}"

    response = client.get(page.url)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language_code
    # The home page's heading is its hero title; every other page is headed by its title.
    assert getattr(page, "hero_title", page.title) in html.find("h1").get_text()


def test_home_page_shows_four_audience_paths_and_headline_figures(client):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    text = html.get_text()
    home = _first_live(HomePage, "en")

    assert len(home.paths) == 4
    for path in home.paths:
        assert path.value["title"] in text
        assert path.value["link_page"] is not None
        assert html.find("a", href=path.value["link_page"].localized.url)
    assert home.stats
    for stat in home.stats:
        assert stat.value["label"] in text


def test_regulation_library_holds_the_five_instruments_and_the_2012_revision():
    titles = " ".join(
        RegulationPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )

    for words in (
        "Cleaner Production Promotion Law",
        "Interim Measures",
        "Key Enterprises",
        "Assessment and Acceptance",
        "Special",
    ):
        assert words.lower() in titles.lower()
    years = set(RegulationPage.objects.values_list("year_issued", flat=True))
    assert {2003, 2004, 2008, 2012} <= years


def test_every_live_demo_page_has_a_translation():
    pages = list(Page.objects.live().filter(depth__gte=2).specific())
    assert pages
    for page in pages:
        assert page.get_translations(inclusive=False).live().exists(), page.url_path


def _snapshot():
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.models import Group
    from wagtail.models import Revision

    from accounts.models import User

    return {
        "pages": sorted(Page.objects.values_list("pk", "title", "live", "latest_revision_id")),
        "revisions": Revision.objects.count(),
        "users": sorted(User.objects.values_list("pk", "email", "password")),
        "emails": EmailAddress.objects.count(),
        "authenticators": sorted(Authenticator.objects.values_list("pk", "data")),
        "groups": Group.objects.count(),
    }


def test_demo_loader_run_twice_changes_nothing():
    before = _snapshot()
    assert before["pages"] and before["users"]

    call_command("load_initial_data", stdout=StringIO())

    assert _snapshot() == before


def test_demo_loader_prints_logins_and_mfa_secrets_for_privileged_users():
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    output = out.getvalue()

    assert "reviewer@cphub.example" in output
    assert "trainee@cphub.example" in output
    assert "TOTP secret:" in output
    assert "Recovery codes:" in output
