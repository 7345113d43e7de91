import datetime

import pytest
from bs4 import BeautifulSoup

from content.models import (
    NewsPage,
    RegulationPage,
)
from tests.content.builders import (
    build_news,
    build_news_index,
    build_regulation,
    build_regulation_index,
)

pytestmark = pytest.mark.django_db


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
