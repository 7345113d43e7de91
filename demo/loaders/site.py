"""Builds the demo site in both languages from content.site_content.

Every function creates what is missing and leaves existing pages alone, so running the
loader again changes nothing (and never adds page revisions).
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from content.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    RegulationIndexPage,
    RegulationPage,
    SiteFooter,
    StandardPage,
)
from demo.loaders import site_content

CHINESE, ENGLISH = "zh", "en"
LANGUAGE_CODES = {CHINESE: "zh-hans", ENGLISH: "en"}


@dataclass
class DemoSite:
    """The pages the loader made or found, by language and slug, for later loaders."""

    locale: dict[str, Locale] = field(default_factory=dict)
    homes: dict[str, HomePage] = field(default_factory=dict)
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)
    created: int = 0

    def page(self, language: str, slug: str) -> Page:
        return self.pages[(language, slug)]


def locales() -> dict[str, Locale]:
    return {
        language: Locale.objects.get_or_create(language_code=code)[0]
        for language, code in LANGUAGE_CODES.items()
    }


def publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def ensure_child(
    *,
    demo: DemoSite,
    parent: Page,
    page_class: type[Page],
    language: str,
    slug: str,
    original: Page | None = None,
    **fields,
) -> Page:
    """The child of ``parent`` with ``slug``; created and published if it does not exist yet,
    as a translation of ``original`` (same translation key) when one is given."""
    existing = Page.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    if original is not None:
        fields["translation_key"] = original.translation_key
    page = page_class(slug=slug, locale=demo.locale[language], **fields)
    parent.add_child(instance=page)
    publish(page)
    demo.created += 1
    return page


def _home_fields(data: dict, *, language: str, demo: DemoSite, with_paths: bool = True) -> dict:
    paths = []
    for path in data["paths"] if with_paths else []:
        target = demo.pages.get((language, path["link_slug"]))
        paths.append(
            (
                "path",
                {
                    "icon": path["icon"],
                    "title": path["title"],
                    "text": path["text"],
                    "link_page": target,
                    "link_url": "",
                    "link_text": path["link_text"],
                },
            )
        )
    return {
        "title": data["title"],
        "hero_title": data["hero_title"],
        "hero_text": data["hero_text"],
        "paths": paths,
        "stats_heading": data["stats_heading"],
        "stats": [("stat", stat) for stat in data["stats"]],
        "stats_source": data["stats_source"],
    }


def _ensure_homes(demo: DemoSite) -> None:
    """A Chinese HomePage as the site root and its English translation beside it."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    zh_home = HomePage.objects.filter(locale=demo.locale[CHINESE], depth=2).first()
    if zh_home is None:
        zh_home = HomePage(
            slug="home-zh",
            locale=demo.locale[CHINESE],
            **_home_fields(
                site_content.HOME[CHINESE], language=CHINESE, demo=demo, with_paths=False
            ),
        )
        root.add_child(instance=zh_home)
        publish(zh_home)
        demo.created += 1
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=zh_home, is_default_site=True
        )
    if site.root_page_id != zh_home.pk:
        # Replace Wagtail's "welcome" page that migrations create.
        old_root = site.root_page
        site.root_page = zh_home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        if not isinstance(old_root.specific, HomePage):
            old_root.delete()
    en_home = HomePage.objects.filter(locale=demo.locale[ENGLISH], depth=2).first()
    if en_home is None:
        en_home = HomePage(
            slug="home-en",
            locale=demo.locale[ENGLISH],
            translation_key=zh_home.translation_key,
            **_home_fields(
                site_content.HOME[ENGLISH], language=ENGLISH, demo=demo, with_paths=False
            ),
        )
        root.add_child(instance=en_home)
        publish(en_home)
        demo.created += 1
    demo.homes = {CHINESE: zh_home, ENGLISH: en_home}


def _fill_home_paths(demo: DemoSite) -> None:
    """Home pages are made before the pages they link to; link them once those exist."""
    for language, home in demo.homes.items():
        if home.paths:
            continue
        fields = _home_fields(site_content.HOME[language], language=language, demo=demo)
        home.paths = fields["paths"]
        publish(home)


def ensure_pages(
    *, demo: DemoSite, parents: dict[str, Page], page_class: type[Page], entries, fields
) -> list[dict[str, Page]]:
    """Each entry as a page of ``page_class`` under ``parents[language]``, in Chinese and as its
    English translation; ``fields(entry, text)`` gives the field values. Returns, per entry,
    the page in each language."""
    versions_per_entry = []
    for entry in entries:
        versions: dict[str, Page] = {}
        for language in (CHINESE, ENGLISH):
            versions[language] = ensure_child(
                demo=demo,
                parent=parents[language],
                page_class=page_class,
                language=language,
                slug=entry["slug"],
                original=versions.get(CHINESE),
                **fields(entry, entry[language]),
            )
        versions_per_entry.append(versions)
    return versions_per_entry


def _ensure_site_pages(demo: DemoSite, *, parents: dict[str, Page], page_class, entries, fields):
    """Top-level site pages, remembered by slug for cross-links (home paths, footer, ...)."""
    for entry, versions in zip(
        entries,
        ensure_pages(
            demo=demo, parents=parents, page_class=page_class, entries=entries, fields=fields
        ),
        strict=True,
    ):
        for language, page in versions.items():
            demo.pages[(language, entry["slug"])] = page


def index_fields(entry: dict, text: dict) -> dict:
    return {"title": text["title"], "intro": text["intro"], "show_in_menus": True}


def _ensure_standard_pages(demo: DemoSite) -> None:
    _ensure_site_pages(
        demo,
        parents=demo.homes,
        page_class=StandardPage,
        entries=site_content.STANDARD_PAGES,
        fields=lambda entry, text: {
            "title": text["title"],
            "intro": text["intro"],
            "search_description": text.get("search_description", ""),
            "body": text["body"],
            "show_in_menus": entry["show_in_menus"],
        },
    )


def _ensure_regulations(demo: DemoSite) -> None:
    index = site_content.REGULATIONS_INDEX
    _ensure_site_pages(
        demo,
        parents=demo.homes,
        page_class=RegulationIndexPage,
        entries=[index],
        fields=index_fields,
    )
    _ensure_site_pages(
        demo,
        parents={language: demo.page(language, index["slug"]) for language in demo.homes},
        page_class=RegulationPage,
        entries=site_content.REGULATIONS,
        fields=lambda entry, text: {
            "title": text["title"],
            "issuing_body": text["issuing_body"],
            "instrument_type": entry["instrument_type"],
            "year_issued": entry["year_issued"],
            "status": entry["status"],
            "binds": entry["binds"],
            "summary": text["summary"],
            "body": text["body"],
        },
    )
    # Cross-references need both ends to exist first.
    for entry in site_content.REGULATIONS:
        if not entry.get("related_slug"):
            continue
        for language in (CHINESE, ENGLISH):
            regulation = demo.page(language, entry["slug"])
            if regulation.related_id is None:
                regulation.related = demo.page(language, entry["related_slug"])
                publish(regulation)


def _ensure_news(demo: DemoSite) -> None:
    index = site_content.NEWS_INDEX
    _ensure_site_pages(
        demo, parents=demo.homes, page_class=NewsIndexPage, entries=[index], fields=index_fields
    )
    _ensure_site_pages(
        demo,
        parents={language: demo.page(language, index["slug"]) for language in demo.homes},
        page_class=NewsPage,
        entries=site_content.NEWS,
        fields=lambda entry, text: {
            "title": text["title"],
            "date": datetime.date.fromisoformat(entry["date"]),
            "category": entry["category"],
            "summary": text["summary"],
            "body": text["body"],
        },
    )


FOOTER_SLUGS = ("privacy", "accessibility")


def _ensure_footer(demo: DemoSite) -> None:
    footer = SiteFooter.for_site(Site.objects.get(is_default_site=True))
    if not footer.links:
        footer.links = [("page", demo.page(CHINESE, slug)) for slug in FOOTER_SLUGS]
        footer.save()


@transaction.atomic
def load_demo_site() -> DemoSite:
    demo = DemoSite()
    demo.locale = locales()
    _ensure_homes(demo)
    _ensure_standard_pages(demo)
    _ensure_regulations(demo)
    _ensure_news(demo)
    _fill_home_paths(demo)
    _ensure_footer(demo)
    return demo
