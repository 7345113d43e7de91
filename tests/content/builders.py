"""Content pages built for one test, under the home pages of tests.factories.build_site.

Every page is made in Chinese and as its English translation (same translation key); each
builder returns the pair as ``{"zh-hans": page, "en": page}``."""

import datetime
import itertools

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

LANGUAGES = ("zh-hans", "en")

_numbers = itertools.count(1)


def home(language_code: str) -> HomePage:
    return HomePage.objects.get(locale__language_code=language_code)


def homes() -> dict[str, HomePage]:
    return {language_code: home(language_code) for language_code in LANGUAGES}


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    return page


def build_pair(
    page_class: type[Page],
    *,
    parents: dict[str, Page],
    slug: str,
    zh: dict,
    en: dict,
    **common,
) -> dict[str, Page]:
    """A live page of ``page_class`` under ``parents["zh-hans"]`` with the fields ``zh`` and
    ``common``, and its English translation under ``parents["en"]`` with ``en`` and
    ``common``."""
    pages: dict[str, Page] = {}
    for language_code, fields in (("zh-hans", zh), ("en", en)):
        extra = {}
        if pages:
            extra["translation_key"] = pages["zh-hans"].translation_key
        page = page_class(
            slug=slug,
            locale=Locale.objects.get(language_code=language_code),
            **common,
            **fields,
            **extra,
        )
        parents[language_code].add_child(instance=page)
        pages[language_code] = _publish(page)
    return pages


def build_standard_page(
    *,
    title_zh: str | None = None,
    title_en: str | None = None,
    slug: str | None = None,
    show_in_menus: bool = True,
    parents: dict[str, Page] | None = None,
    body_zh: str = "",
    body_en: str = "",
) -> dict[str, StandardPage]:
    number = next(_numbers)
    return build_pair(
        StandardPage,
        parents=parents or homes(),
        slug=slug or f"page-{number}",
        zh={
            "title": title_zh or f"测试页面 {number}",
            "intro": "测试页面的简介。",
            "body": [("paragraph", f"<p>{body_zh or '页面正文。'}</p>")],
        },
        en={
            "title": title_en or f"Test page {number}",
            "intro": "A test page.",
            "body": [("paragraph", f"<p>{body_en or 'Page body.'}</p>")],
        },
        show_in_menus=show_in_menus,
    )


def build_news_index(*, slug: str = "news") -> dict[str, NewsIndexPage]:
    return build_pair(
        NewsIndexPage,
        parents=homes(),
        slug=slug,
        zh={"title": "新闻", "intro": "最新消息。"},
        en={"title": "News", "intro": "The latest news."},
        show_in_menus=True,
    )


def build_news(
    *,
    index: dict[str, NewsIndexPage],
    category: str = NewsPage.Category.ANNOUNCEMENT,
    date: datetime.date | None = None,
    title_zh: str | None = None,
    title_en: str | None = None,
) -> dict[str, NewsPage]:
    number = next(_numbers)
    return build_pair(
        NewsPage,
        parents=index,
        slug=f"news-{number}",
        zh={
            "title": title_zh or f"测试新闻 {number}",
            "summary": "清洁生产的新闻摘要。",
            "body": [("paragraph", "<p>新闻正文。</p>")],
        },
        en={
            "title": title_en or f"Test news {number}",
            "summary": "A news summary.",
            "body": [("paragraph", "<p>News body.</p>")],
        },
        category=category,
        date=date or datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
    )


def build_regulation_index(*, slug: str = "regulations") -> dict[str, RegulationIndexPage]:
    return build_pair(
        RegulationIndexPage,
        parents=homes(),
        slug=slug,
        zh={"title": "法规", "intro": "清洁生产法规。"},
        en={"title": "Regulations", "intro": "Cleaner production regulations."},
        show_in_menus=True,
    )


def build_regulation(
    *,
    index: dict[str, RegulationIndexPage],
    title_zh: str | None = None,
    title_en: str | None = None,
    year_issued: int = 2008,
    binds: tuple[str, ...] = ("enterprises",),
    instrument_type: str = RegulationPage.InstrumentType.MEASURES,
    issuing_body_zh: str = "国家环境保护部",
    issuing_body_en: str = "Ministry of Environmental Protection",
) -> dict[str, RegulationPage]:
    number = next(_numbers)
    return build_pair(
        RegulationPage,
        parents=index,
        slug=f"regulation-{number}",
        zh={
            "title": title_zh or f"测试法规 {number}",
            "issuing_body": issuing_body_zh,
            "summary": "<p>法规摘要。</p>",
        },
        en={
            "title": title_en or f"Test regulation {number}",
            "issuing_body": issuing_body_en,
            "summary": "<p>Summary of the regulation.</p>",
        },
        year_issued=year_issued,
        binds=list(binds),
        instrument_type=instrument_type,
    )


def set_footer_links(*pages: Page) -> SiteFooter:
    """The default site's footer links to ``pages`` (Chinese originals, as editors choose)."""
    footer = SiteFooter.for_site(Site.objects.get(is_default_site=True))
    footer.links = [("page", page) for page in pages]
    footer.save()
    return footer


def build_content_site() -> dict[str, dict[str, Page]]:
    """A small public site in both languages: an "about" page in the menu, a privacy notice
    and an accessibility statement outside it, a news section with an article of each category, a
    regulation library with three instruments, and a footer linking the privacy notice and the
    accessibility statement. Returns the page pairs by name."""
    pages: dict[str, dict[str, Page]] = {
        "about": build_standard_page(
            slug="about",
            title_zh="关于我们",
            title_en="About us",
            body_zh="清洁生产中心",
            body_en="The cleaner production centre",
        ),
        "privacy": build_standard_page(
            slug="privacy", title_zh="隐私声明", title_en="Privacy notice", show_in_menus=False
        ),
        "accessibility": build_standard_page(
            slug="accessibility",
            title_zh="无障碍声明",
            title_en="Accessibility statement",
            show_in_menus=False,
        ),
        "news": build_news_index(),
        "regulations": build_regulation_index(),
    }
    for number, category in enumerate(NewsPage.Category.values):
        pages[f"news-{category}"] = build_news(
            index=pages["news"],
            category=category,
            date=datetime.date(2025, 3, 1) + datetime.timedelta(days=number),
        )
    pages["law"] = build_regulation(
        index=pages["regulations"],
        title_zh="清洁生产促进法",
        title_en="Cleaner Production Promotion Law",
        year_issued=2012,
        instrument_type=RegulationPage.InstrumentType.LAW,
        binds=("enterprises", "governments"),
    )
    pages["acceptance"] = build_regulation(
        index=pages["regulations"],
        title_zh="清洁生产审核评估与验收指南",
        title_en="Guidelines for the Assessment and Acceptance of CP Audits",
        year_issued=2008,
        binds=("key_enterprises", "authorities"),
    )
    pages["funding"] = build_regulation(
        index=pages["regulations"],
        title_zh="中小企业清洁生产专项资金管理办法",
        title_en="Special Fund Measures for SMEs",
        year_issued=2004,
        instrument_type=RegulationPage.InstrumentType.FUNDING,
        binds=("smes",),
    )
    set_footer_links(pages["privacy"]["zh-hans"], pages["accessibility"]["zh-hans"])
    return pages
