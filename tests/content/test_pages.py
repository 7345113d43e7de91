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

pytestmark = pytest.mark.django_db

PAGE_TYPES = [HomePage, StandardPage, NewsIndexPage, NewsPage, RegulationIndexPage, RegulationPage]


def _first_live(page_class, language_code):
    return page_class.objects.live().filter(locale__language_code=language_code).first()


@pytest.mark.parametrize("page_class", PAGE_TYPES, ids=lambda c: c.__name__)
@pytest.mark.parametrize("language_code", ["zh-hans", "en"])
def test_every_page_type_renders_in_both_languages(client, page_class, language_code):
    page = _first_live(page_class, language_code)
    assert page is not None, f"demo data has no {page_class.__name__} in {language_code}"

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
    regulation = _first_live(RegulationPage, "zh-hans")
    english = regulation.get_translation(
        regulation.locale.__class__.objects.get(language_code="en")
    )

    html = BeautifulSoup(client.get(regulation.url).content, "html.parser")

    assert html.find("a", attrs={"hreflang": "en"})["href"] == english.url


def test_language_switcher_on_a_non_page_view_keeps_the_path(client):
    html = BeautifulSoup(client.get("/accounts/login/").content, "html.parser")

    assert html.find("a", attrs={"hreflang": "en"})["href"] == "/en/accounts/login/"


def test_home_page_shows_four_audience_paths_and_headline_figures(client):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    text = html.get_text()
    home = _first_live(HomePage, "en")

    assert len(home.paths) == 4
    for path in home.paths:
        assert path.value["title"] in text
        assert path.value["link_page"] is not None
        assert html.find("a", href=path.value["link_page"].localized.url)
    for stat in home.stats:
        assert stat.value["label"] in text


def test_home_page_lists_latest_news_in_its_language(client):
    latest = NewsPage.objects.live().filter(locale__language_code="zh-hans").order_by("-date")[0]

    response = client.get("/")

    assert latest.title in response.content.decode()


def test_news_index_filters_by_category(client):
    index = _first_live(NewsIndexPage, "en")
    campaign = NewsPage.objects.live().child_of(index).filter(category="campaign").first()
    other = NewsPage.objects.live().child_of(index).exclude(category="campaign").first()

    content = client.get(index.url + "?category=campaign").content.decode()

    assert campaign.title in content
    assert other.title not in content


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


def test_regulation_page_shows_issuing_body_year_and_who_it_binds(client):
    regulation = RegulationPage.objects.live().get(locale__language_code="en", year_issued=2008)

    content = client.get(regulation.url).content.decode()

    assert regulation.issuing_body in content
    assert "2008" in content
    for label in regulation.bound_party_labels():
        assert str(label) in content


def test_regulation_library_filters_by_bound_party(client):
    index = _first_live(RegulationIndexPage, "en")
    smes_only = [r for r in RegulationPage.objects.child_of(index).live() if "smes" in r.binds]
    others = [r for r in RegulationPage.objects.child_of(index).live() if "smes" not in r.binds]

    content = client.get(index.url + "?binds=smes").content.decode()

    assert smes_only and all(r.title in content for r in smes_only)
    assert all(r.title not in content for r in others)


def test_unknown_page_gives_a_translated_404(client):
    chinese = client.get("/no-such-page/")
    english = client.get("/en/no-such-page/")

    assert chinese.status_code == english.status_code == 404
    assert BeautifulSoup(english.content, "html.parser").html["lang"] == "en"


def test_every_live_page_has_a_translation():
    for page in Page.objects.live().filter(depth__gte=2).specific():
        assert page.get_translations(inclusive=False).live().exists(), page.url_path
