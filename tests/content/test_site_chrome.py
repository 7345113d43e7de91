"""The menu and footer links on every page come from the cache (content.selectors.site_chrome);
any change to what they show appears on the very next request."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from content.models import HomePage, RegulationPage, SiteFooter, StandardPage

# Every test starts from the small site of tests.content.builders (menu pages, footer links).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("content_site")]

# A view outside the page tree and a page, in both languages.
URLS = ["/verify/", "/en/verify/", "/", "/en/"]


def _menu(client, url: str) -> dict[str, str]:
    """The menu built from CMS pages (the fixed links to the apps are not pages)."""
    html = BeautifulSoup(client.get(url).content, "html.parser")
    links = html.select(".primary-nav__link:not(.primary-nav__link--app)")
    return {link.get_text(strip=True): link["href"] for link in links}


def _footer(client, url: str) -> dict[str, str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        link.get_text(strip=True): link["href"] for link in html.select(".site-footer__links a")
    }


def _home(language_code: str) -> HomePage:
    return HomePage.objects.get(locale__language_code=language_code)


def _menu_page(language_code: str) -> Page:
    return (
        Page.objects.child_of(_home(language_code))
        .live()
        .in_menu()
        .order_by("path")
        .first()
        .specific
    )


def _warm(client) -> None:
    for url in URLS:
        client.get(url)


def test_a_cached_menu_and_footer_cost_no_query(client):
    client.get("/en/verify/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/verify/")
    assert response.status_code == 200
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert _menu(client, "/en/verify/")
    assert _footer(client, "/en/verify/")


def test_menu_and_footer_are_in_the_visitor_language(client):
    _warm(client)
    for language_code, prefix in (("zh-hans", ""), ("en", "/en")):
        menu = _menu(client, f"{prefix}/verify/")
        expected = Page.objects.child_of(_home(language_code)).live().public().in_menu()
        assert menu == {page.title: page.url for page in expected}
        assert menu
        footer = _footer(client, f"{prefix}/verify/")
        links = SiteFooter.for_site(Site.objects.get(is_default_site=True)).links
        assert links
        for block in links:
            page = block.value.get_translation(Locale.objects.get(language_code=language_code))
            assert footer[page.title] == page.url


def test_a_page_published_into_the_menu_shows_at_once(client):
    _warm(client)
    page = StandardPage(
        title="Brand-new menu page", slug="brand-new", show_in_menus=True, live=False
    )
    _home("en").add_child(instance=page)
    assert "Brand-new menu page" not in _menu(client, "/en/verify/")  # a draft is not shown

    page.save_revision().publish()

    assert _menu(client, "/en/verify/")["Brand-new menu page"] == "/en/brand-new/"
    assert _menu(client, "/en/")["Brand-new menu page"] == "/en/brand-new/"
    assert "Brand-new menu page" not in _menu(client, "/verify/")


def test_renaming_unpublishing_and_deleting_a_menu_page_show_at_once(client):
    page = _menu_page("en")
    _warm(client)

    page.title = "Renamed in the admin"
    page.save_revision().publish()
    assert "Renamed in the admin" in _menu(client, "/en/verify/")

    page.unpublish()
    assert "Renamed in the admin" not in _menu(client, "/en/verify/")

    page.save_revision().publish()
    assert "Renamed in the admin" in _menu(client, "/en/")
    page.delete()
    assert "Renamed in the admin" not in _menu(client, "/en/")


def test_moving_a_menu_page_out_of_the_top_level_shows_at_once(client):
    page = _menu_page("en")
    sibling = StandardPage.objects.child_of(_home("en")).exclude(pk=page.pk).first()
    _warm(client)

    page.move(sibling, pos="last-child")

    assert page.title not in _menu(client, "/en/verify/")


def test_a_private_section_leaves_the_menu_at_once(client):
    page = _menu_page("zh-hans")
    _warm(client)

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert page.title not in _menu(client, "/verify/")

    restriction.delete()
    assert page.title in _menu(client, "/verify/")


def test_changing_the_footer_setting_shows_at_once(client):
    footer = SiteFooter.for_site(Site.objects.get(is_default_site=True))
    chinese = RegulationPage.objects.live().filter(locale__language_code="zh-hans").first()
    english = chinese.get_translation(Locale.objects.get(language_code="en"))
    _warm(client)
    before = _footer(client, "/verify/")
    assert chinese.title not in before

    footer.links = [("page", chinese)]
    footer.save()

    after = _footer(client, "/verify/")
    assert after[chinese.title] == chinese.url
    # The menu's pages, then the chosen page, Search and Style guide.
    assert len(after) == len(_menu(client, "/verify/")) + 3
    assert _footer(client, "/en/verify/")[english.title] == english.url
    assert english.title in _footer(client, "/en/")


def test_an_unpublished_translation_falls_back_to_the_original_at_once(client):
    footer = SiteFooter.for_site(Site.objects.get(is_default_site=True))
    chinese = footer.links[0].value
    english = chinese.get_translation(Locale.objects.get(language_code="en"))
    _warm(client)
    assert english.title in _footer(client, "/en/verify/")

    english.unpublish()

    links = _footer(client, "/en/verify/")
    assert english.title not in links
    assert links[chinese.title] == chinese.url
