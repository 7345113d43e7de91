import datetime

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
from tests.content.builders import (
    build_news,
    build_news_index,
    build_regulation,
    build_regulation_index,
    home,
)

pytestmark = pytest.mark.django_db

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


def test_chinese_home_is_unprefixed_and_english_home_is_under_en(client):
    chinese = client.get("/")
    english = client.get("/en/")

    assert chinese.status_code == english.status_code == 200
    assert BeautifulSoup(chinese.content, "html.parser").html["lang"] == "zh-hans"
    assert BeautifulSoup(english.content, "html.parser").html["lang"] == "en"


def test_language_switcher_links_to_the_translation_of_the_same_page(client):
    regulation = build_regulation(index=build_regulation_index())

    html = BeautifulSoup(client.get(regulation["zh-hans"].url).content, "html.parser")

    assert html.find("a", attrs={"hreflang": "en"})["href"] == regulation["en"].url


def test_language_switcher_on_a_non_page_view_keeps_the_path(client):
    html = BeautifulSoup(client.get("/accounts/login/").content, "html.parser")

    assert html.find("a", attrs={"hreflang": "en"})["href"] == "/en/accounts/login/"


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


def test_home_page_lists_latest_news_in_its_language(client):
    index = build_news_index()
    build_news(index=index, date=datetime.date(2025, 1, 1))
    latest = build_news(index=index, date=datetime.date(2025, 6, 1))
    build_news(index=index, date=datetime.date(2025, 3, 1))

    content = client.get("/").content.decode()

    assert latest["zh-hans"].title in content
    assert latest["en"].title not in content


def test_news_index_filters_by_category(client):
    index = build_news_index()
    campaign = build_news(index=index, category=NewsPage.Category.CAMPAIGN)["en"]
    other = build_news(index=index, category=NewsPage.Category.POLICY)["en"]

    content = client.get(index["en"].url + "?category=campaign").content.decode()

    assert campaign.title in content
    assert other.title not in content


def test_regulation_page_shows_issuing_body_year_and_who_it_binds(client):
    regulation = build_regulation(
        index=build_regulation_index(), year_issued=2008, binds=("auditors", "smes")
    )["en"]

    content = client.get(regulation.url).content.decode()

    assert regulation.issuing_body in content
    assert "2008" in content
    labels = regulation.bound_party_labels()
    assert len(labels) == 2
    for label in labels:
        assert str(label) in content


def test_regulation_library_filters_by_bound_party(client):
    index = build_regulation_index()
    for binds in (("smes",), ("enterprises", "smes"), ("authorities",), ("enterprises",)):
        build_regulation(index=index, binds=binds)
    smes_only = [
        r for r in RegulationPage.objects.child_of(index["en"]).live() if "smes" in r.binds
    ]
    others = [
        r for r in RegulationPage.objects.child_of(index["en"]).live() if "smes" not in r.binds
    ]

    content = client.get(index["en"].url + "?binds=smes").content.decode()

    assert smes_only and all(r.title in content for r in smes_only)
    assert others and all(r.title not in content for r in others)


def test_unknown_page_gives_a_translated_404(client):
    chinese = client.get("/no-such-page/")
    english = client.get("/en/no-such-page/")

    assert chinese.status_code == english.status_code == 404
    assert BeautifulSoup(english.content, "html.parser").html["lang"] == "en"


def test_every_live_page_of_the_test_site_has_a_translation(content_site):
    pages = list(Page.objects.live().filter(depth__gte=2).specific())
    assert len(pages) > len(content_site)
    for page in pages:
        assert page.get_translations(inclusive=False).live().exists(), page.url_path
