"""The demo site's own pages come from the files in demo/site_pages/ (docs/site-pages.md): the
files are valid, the pages in the database are what they say, a second load changes nothing and
a broken file is reported by file and line without loading anything."""

import shutil

import pytest
from wagtail.models import Page, Revision

from content.models import HomePage, SiteFooter
from demo.loaders.site import (
    LANGUAGES,
    PAGE_TYPES,
    SITE_PAGES_ROOT,
    SitePagesError,
    load_demo_site,
    page_fields,
    read_site_pages,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_pages(tmp_path):
    """A copy of the shipped page files to break."""
    root = tmp_path / "site_pages"
    shutil.copytree(SITE_PAGES_ROOT, root)
    return root


def _stored(page: Page) -> dict:
    return {
        name: getattr(page, name)
        for name in (
            "title",
            "intro",
            "search_description",
            "show_in_menus",
            "issuing_body",
            "instrument_type",
            "year_issued",
            "status",
            "binds",
            "summary",
            "date",
            "category",
        )
        if hasattr(page, name)
    }


def _snapshot() -> tuple:
    return (
        list(Page.objects.order_by("path").values_list("pk", "slug", "title", "live")),
        Revision.objects.count(),
    )


def test_every_site_page_file_loads_without_problems():
    home, problems = read_site_pages()

    assert problems == []
    nodes = list(home.walk())
    assert {node.kind for node in nodes} == set(PAGE_TYPES)
    assert len(nodes) == 22
    for node in nodes:
        assert set(node.text) == set(LANGUAGES)
        assert all(node.text[language]["title"] for language in LANGUAGES)


def test_the_pages_in_the_database_are_what_the_files_say():
    home, problems = read_site_pages()
    assert problems == []
    homes = {
        language: HomePage.objects.get(depth=2, locale__language_code=code)
        for language, code in (("zh", "zh-hans"), ("en", "en"))
    }
    compared = 0
    # The test database's bare site already has both home pages (tests.factories.build_site),
    # which the loader leaves as they are except for the paths it fills in.
    for language, page in homes.items():
        paths = [(block.value["title"], block.value["link_page"].slug) for block in page.paths]
        assert paths == [
            (text["title"], link["link"])
            for (link, _), (text, _) in zip(
                home.shared["paths"], home.text[language]["paths"], strict=True
            )
        ]
        assert paths

    def check(node, parents):
        nonlocal compared
        found = {}
        for language in LANGUAGES:
            page = Page.objects.child_of(parents[language]).get(slug=node.slug).specific
            assert isinstance(page, PAGE_TYPES[node.kind].model)
            assert page.live
            expected = page_fields(node, language)
            body = expected.pop("body", None)
            stored = _stored(page)
            assert {name: stored[name] for name in expected} == expected
            if body is not None:
                assert [(block["type"], block["value"]) for block in page.body.raw_data] == [
                    (kind, _without_header_choice(value)) for kind, value in body
                ]
            if node.shared.get("related"):
                assert page.related.slug == node.shared["related"]
            found[language] = page
            compared += 1
        assert found["zh"].translation_key == found["en"].translation_key
        for child in node.children:
            check(child, found)

    for child in home.children:
        check(child, homes)
    assert compared == 2 * (len(list(home.walk())) - 1)
    footer = SiteFooter.objects.get()
    assert [block.value.slug for block in footer.links] == home.shared["footer_links"]


def _without_header_choice(value):
    if isinstance(value, dict) and "table_header_choice" in value:
        return {key: item for key, item in value.items() if key != "table_header_choice"}
    return value


def test_loading_the_files_again_changes_nothing():
    before = _snapshot()

    demo = load_demo_site()

    assert demo.created == 0
    assert _snapshot() == before


def test_a_broken_file_is_reported_by_file_and_line_and_nothing_is_loaded(site_pages):
    # A new page that would be created if the files were loaded...
    new_page = site_pages / "10-contact"
    shutil.copytree(site_pages / "06-privacy", new_page)
    (new_page / "page.yaml").write_text(
        (new_page / "page.yaml").read_text().replace("slug: privacy", "slug: contact")
    )
    # ...and two broken files elsewhere.
    about = site_pages / "01-about" / "en.md"
    lines = about.read_text().splitlines(keepends=True)
    heading = next(number for number, line in enumerate(lines, 1) if line.startswith("## "))
    lines[heading - 1] = "```callout\nkind: key_point\n```\n"
    about.write_text("".join(lines))
    regulation = site_pages / "08-regulations" / "01-cp-promotion-law-2003" / "page.yaml"
    text = regulation.read_text()
    regulation.write_text(text.replace("status: amended", "status: cancelled"))
    status_line = text.splitlines().index("status: amended") + 1
    before = _snapshot()

    with pytest.raises(SitePagesError) as raised:
        load_demo_site(root=site_pages)

    reported = [(problem.path, problem.line) for problem in raised.value.problems]
    assert ("site_pages/01-about/en.md", heading) in reported
    assert (
        "site_pages/08-regulations/01-cp-promotion-law-2003/page.yaml",
        status_line,
    ) in reported
    assert len(reported) == 2
    assert "status" in str(raised.value)
    assert _snapshot() == before
    assert not Page.objects.filter(slug="contact").exists()


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("09-news/01-cp-hub-launch/page.yaml", "type: news", "type: standard", "type must be"),
        ("09-news/page.yaml", "slug: news", "slug: news-room", "differs from the folder"),
        (
            "08-regulations/02-cp-promotion-law-amendment-2012/page.yaml",
            "related: ",
            "related: x",
            "no other regulation",
        ),
        ("09-news/01-cp-hub-launch/page.yaml", "date: 2025-06-05", "date: soon", "date"),
        ("09-news/01-cp-hub-launch/page.yaml", "category: announcement", "category: x", "category"),
        ("page.yaml", "link: academy", "link: nowhere", "no page directly under the home page"),
        ("page.yaml", "- privacy", "- secret", "footer_links"),
        ("zh.md", "hero_title:", "hero_titel:", "unknown field 'hero_titel'"),
        ("03-verification/en.md", "title:", "title: [", "invalid YAML"),
        ("08-regulations/zh.md", "intro:", "body: x\nintro:", "unknown field 'body'"),
    ],
)
def test_each_kind_of_problem_names_its_file(site_pages, file, old, new, message):
    path = site_pages / file
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))

    _, problems = read_site_pages(site_pages)

    assert problems
    assert all(problem.path == f"site_pages/{file}" for problem in problems), problems
    assert all(problem.line for problem in problems), problems
    assert any(message in problem.message for problem in problems), problems
