"""Every page type of the CMS, on the small public site of tests.content.builders (built once
for this module)."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from content.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    RegulationIndexPage,
    RegulationPage,
    StandardPage,
)
from tests.content.builders import home

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("content_site")]

PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage, RegulationIndexPage, RegulationPage]


def _first_live(page_class, language_code):
    return page_class.objects.live().filter(locale__language_code=language_code).first()


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language_code", ["zh-hans", "en"])
def test_every_page_type_renders_in_both_languages(client, content_site, page_class, language_code):
    page = _first_live(page_class, language_code)
    assert page is not None, f"the test site has no {page_class.__name__} in {language_code}"

    response = client.get(page.url)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language_code
    # The home page's heading is its hero title; every other page is headed by its title.
    assert getattr(page, "hero_title", page.title) in html.find("h1").get_text()


def test_home_page_shows_its_audience_paths_and_headline_figures(client, content_site):
    english = home("en")
    english.paths = [
        (
            "path",
            {
                "icon": icon,
                "title": f"Path to {name}",
                "text": f"Go to {name}.",
                "link_page": content_site[name]["zh-hans"],  # shown in the visitor's language
                "link_url": "",
                "link_text": f"Open {name}",
            },
        )
        for icon, name in (("learn", "about"), ("verify", "regulations"), ("disclose", "news"))
    ]
    english.stats = [
        ("stat", {"value": "380", "unit": "tonnes", "label": "Waste avoided"}),
        ("stat", {"value": "1,200", "unit": "", "label": "Audits finished"}),
    ]
    english.save_revision().publish()

    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    text = html.get_text()
    english = home("en")

    assert len(english.paths) == 3
    for path in english.paths:
        assert path.value["title"] in text
        assert path.value["link_page"] is not None
        assert html.find("a", href=path.value["link_page"].localized.url)
    assert html.find("a", href=content_site["about"]["en"].url)
    assert english.stats
    for stat in english.stats:
        assert stat.value["label"] in text


def test_every_live_page_of_the_test_site_has_a_translation(content_site):
    pages = list(Page.objects.live().filter(depth__gte=2).specific())
    assert len(pages) > len(content_site)
    for page in pages:
        assert page.get_translations(inclusive=False).live().exists(), page.url_path
