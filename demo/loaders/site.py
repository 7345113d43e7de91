"""Builds the demo site in both languages from the page files in demo/site_pages/
(format: docs/site-pages.md).

Every file is read and checked first; if any has a problem, each is reported with its file and
line and nothing is loaded. Then every function creates what is missing and leaves existing
pages alone, so running the loader again changes nothing (and never adds page revisions).
"""

import copy
import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from wagtail.models import Locale, Page, Site

from content.blocks import AudiencePathBlock, StatBlock
from content.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    RegulationIndexPage,
    RegulationPage,
    SiteFooter,
    StandardPage,
)
from courses.curriculum_blocks import (
    Problem,
    block_error_messages,
    line_of,
    parse_body,
    parse_rich_text,
    type_name,
)
from courses.curriculum_files import SLUG_PATTERN, ContentFileReader, python_type
from courses.curriculum_markdown import MarkdownError

CHINESE, ENGLISH = "zh", "en"
LANGUAGES = (CHINESE, ENGLISH)
LANGUAGE_CODES = {CHINESE: "zh-hans", ENGLISH: "en"}

SITE_PAGES_ROOT = Path(settings.BASE_DIR) / "demo" / "site_pages"
PAGE_FILE = "page.yaml"
HOME_SLUGS = {CHINESE: "home-zh", ENGLISH: "home-en"}
# Body blocks the page files may hold (documents, images and embeds need the CMS).
BODY_BLOCKS = {"heading", "paragraph", "callout", "table"}


@dataclass(frozen=True)
class PageType:
    model: type[Page]
    shared: tuple[str, ...]  # fields in page.yaml, the same in both languages
    text: tuple[str, ...]  # front matter fields of zh.md and en.md
    body: bool = False  # the Markdown after the front matter is the page's body
    children: tuple[str, ...] = ()  # page types allowed in sub-folders
    required: frozenset[str] = frozenset({"title"})


PAGE_TYPES: dict[str, PageType] = {
    "home": PageType(
        HomePage,
        shared=("paths", "footer_links"),
        text=(
            "title",
            "hero_title",
            "hero_text",
            "paths",
            "stats_heading",
            "stats",
            "stats_source",
        ),
        children=("standard", "regulation_index", "news_index"),
        required=frozenset({"title", "hero_title"}),
    ),
    "standard": PageType(
        StandardPage,
        shared=("show_in_menus",),
        text=("title", "intro", "search_description"),
        body=True,
    ),
    "regulation_index": PageType(
        RegulationIndexPage,
        shared=("show_in_menus",),
        text=("title", "intro"),
        children=("regulation",),
    ),
    "regulation": PageType(
        RegulationPage,
        shared=("instrument_type", "year_issued", "status", "binds", "related"),
        text=("title", "issuing_body", "summary"),
        body=True,
        required=frozenset({"title", "issuing_body", "summary", "instrument_type", "year_issued"}),
    ),
    "news_index": PageType(
        NewsIndexPage, shared=("show_in_menus",), text=("title", "intro"), children=("news",)
    ),
    "news": PageType(
        NewsPage,
        shared=("date", "category"),
        text=("title", "summary"),
        body=True,
        required=frozenset({"title", "summary", "date"}),
    ),
}
RICH_TEXT_FIELDS = {"summary": {"regulation"}}  # Markdown in the files, rich text in the CMS
PATH_FILE_FIELDS = ("icon", "link")
PATH_TEXT_FIELDS = ("title", "text", "link_text")
STAT_FIELDS = ("value", "unit", "label")


class SitePagesError(ValueError):
    """The page files have problems; nothing was loaded."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


@dataclass
class SitePageNode:
    """One page of the files in both languages: ``shared`` from page.yaml, ``text`` per
    language from zh.md / en.md (with ``body`` as stream blocks for pages that have one)."""

    kind: str
    slug: str
    source: str
    shared: dict[str, Any] = field(default_factory=dict)
    text: dict[str, dict[str, Any]] = field(default_factory=dict)
    children: list["SitePageNode"] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


# --- Reading and checking the files ----------------------------------------------------------


class _Reader(ContentFileReader):
    FOLDER_FILES = frozenset({PAGE_FILE, *(f"{language}.md" for language in LANGUAGES)})
    FOLDER_EXAMPLE = "01-about"

    def name(self, path: Path) -> str:
        for base in (Path(settings.BASE_DIR), self.root.parent):
            try:
                return str(path.relative_to(base))
            except ValueError:
                continue
        return str(path)

    # Values

    def check_value(self, path: Path, data: dict, key: str, kind: str) -> tuple[bool, Any]:
        """(ok, value) of ``data[key]``, checked by the page model's own field rules."""
        line = line_of(data, key, 1)
        value = data.get(key)
        model = PAGE_TYPES[kind].model
        if key in {"paths", "stats", "footer_links", "binds"}:
            return self.check_list(path, line, key, value, kind)
        if key == "related":
            if not isinstance(value, str) or not value:
                self.problem(path, line, "related must be the slug of another regulation")
                return False, None
            return True, value
        if value is None:
            value = ""
        if kind in RICH_TEXT_FIELDS.get(key, ()):
            if not isinstance(value, str):
                self.problem(path, line, f"{key} must be Markdown text")
                return False, None
            try:
                value = parse_rich_text(value, line_offset=line)
            except MarkdownError as error:
                self.problem(path, error.line or line, f"{key}: {error.message}")
                return False, None
        model_field = model._meta.get_field(key)
        expected = _python_type(model_field)
        if value == "" and expected is not str:
            value = None
        if value is not None and not _is_instance(value, expected):
            self.problem(path, line, f"{key} must be {_type_name(expected)}")
            return False, None
        try:
            model_field.clean(value, None)
        except ValidationError as error:
            self.problem(path, line, f"{key}: {' '.join(str(m) for m in error.messages)}")
            return False, None
        return True, value

    def check_list(self, path: Path, line: int, key: str, value: Any, kind: str):
        if value is None:
            value = []
        if not isinstance(value, list):
            self.problem(path, line, f"{key} must be a list")
            return False, None
        if key in {"footer_links", "binds"}:
            if not all(isinstance(item, str) and item for item in value):
                self.problem(path, line, f"each of {key} must be text")
                return False, None
            if len(set(value)) != len(value):
                self.problem(path, line, f"{key} names the same value twice")
                return False, None
            if key == "binds":
                unknown = [item for item in value if item not in RegulationPage.BoundParty.values]
                if unknown:
                    known = ", ".join(RegulationPage.BoundParty.values)
                    self.problem(path, line, f"binds: unknown {unknown[0]!r} (known: {known})")
                    return False, None
            return True, value
        fields, required = {
            ("paths", True): (PATH_FILE_FIELDS, PATH_FILE_FIELDS),
            ("paths", False): (PATH_TEXT_FIELDS, PATH_TEXT_FIELDS),
            ("stats", False): (STAT_FIELDS, ("value", "label")),
        }[(key, path.name == PAGE_FILE)]
        ok = True
        items = []
        for item in value:
            if not isinstance(item, dict):
                self.problem(path, line, f"each of {key} is a mapping of field: value")
                return False, None
            item_line = min(getattr(item, "lines", {}).values(), default=line)
            messages = [(name, f"unknown field {name!r}") for name in item if name not in fields]
            messages += [
                (name, f"required field {name!r} is missing")
                for name in required
                if name not in item
            ]
            messages += [
                (name, f"{name} must be text")
                for name in fields
                if item.get(name) is not None and not isinstance(item[name], str)
            ]
            if messages:
                for name, message in messages:
                    self.problem(path, line_of(item, str(name), item_line), message)
                ok = False
                continue
            item = {name: item.get(name) or "" for name in fields}
            if key == "paths" and path.name == PAGE_FILE:
                icons = [
                    choice for choice, _ in AudiencePathBlock.base_blocks["icon"].field.choices
                ]
                if item["icon"] not in icons:
                    known = ", ".join(icon for icon in icons if icon)
                    self.problem(path, item_line, f"unknown icon {item['icon']!r} (known: {known})")
                    ok = False
            if key == "stats" and not self.clean_block(path, item_line, StatBlock(), item):
                ok = False
            items.append((item, item_line))
        return ok, items if ok else None

    def clean_block(self, path: Path, line: int, block, value) -> bool:
        try:
            # A copy: Wagtail's blocks change the values they are given in place.
            block.clean(block.to_python(copy.deepcopy(value)))
        except ValidationError as error:
            data = error.as_json_data() if hasattr(error, "as_json_data") else None
            self.problem(path, line, "; ".join(block_error_messages(data) or error.messages))
            return False
        return True

    # Files and folders

    def page(self, folder: Path, folder_slug: str | None, kinds) -> SitePageNode | None:
        path = folder / PAGE_FILE
        data = self.read_yaml(path)
        if data is None:
            return None
        kind = data.get("type")
        if kind not in kinds:
            self.problem(
                path,
                line_of(data, "type", 1),
                f"type must be one of {', '.join(kinds)} here" if kinds else "no pages here",
            )
            return None
        page_type = PAGE_TYPES[kind]
        is_home = folder_slug is None
        base = {"type"} if is_home else {"type", "slug"}
        shared_required = {name for name in page_type.shared if name in page_type.required}
        self.check_keys(path, data, base | set(page_type.shared), base | shared_required)
        slug = HOME_SLUGS[CHINESE] if is_home else self.slug(path, data, folder_slug)
        node = SitePageNode(
            kind=kind, slug=slug or folder_slug or "", source=self.name(path), lines=data.lines
        )
        for name in page_type.shared:
            if name in data:
                ok, value = self.check_value(path, data, name, kind)
                if ok:
                    node.shared[name] = value
        for language in LANGUAGES:
            node.text[language] = self.markdown_file(folder / f"{language}.md", kind) or {}
        if kind == "home":
            self.check_paths(folder, node)
        for child_folder, child_slug in self.numbered_folders(folder):
            child = self.page(child_folder, child_slug, page_type.children)
            if child is not None:
                node.children.append(child)
        return node

    def slug(self, path: Path, data: dict, folder_slug: str) -> str | None:
        slug = data.get("slug")
        line = line_of(data, "slug", 1)
        if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
            if "slug" in data:
                self.problem(path, line, "slug must be lower-case letters, digits and hyphens")
            return None
        if slug != folder_slug:
            self.problem(path, line, f"slug {slug!r} differs from the folder name")
        return slug

    def markdown_file(self, path: Path, kind: str) -> dict | None:
        page_type = PAGE_TYPES[kind]
        text = self.read_text(path)
        if text is None:
            return None
        split = self.split_front_matter(path, text)
        if split is None:
            return None
        data, rest, offset = split
        if data is None:
            self.problem(path, 1, "front matter with the title is missing (--- title: ... ---)")
            return None
        text_required = {name for name in page_type.text if name in page_type.required}
        self.check_keys(path, data, set(page_type.text), text_required)
        fields: dict[str, Any] = {"lines": data.lines}
        for name in page_type.text:
            if name in data or name not in {"paths", "stats"}:
                ok, value = self.check_value(path, data, name, kind)
                if ok:
                    fields[name] = value
        if not page_type.body:
            if rest.strip():
                first = offset + rest[: len(rest) - len(rest.lstrip())].count("\n") + 1
                self.problem(path, first, f"a {kind} page has no body: only the front matter")
            return fields
        body, sources = parse_body(
            rest, file_name=self.name(path), line_offset=offset, problems=self.problems
        )
        child_blocks = page_type.model._meta.get_field("body").stream_block.child_blocks
        for block, (_, line, _) in zip(body, sources, strict=True):
            if block["type"] not in BODY_BLOCKS:
                self.problem(path, line, f"{block['type']} blocks cannot be used in site pages")
                continue
            self.clean_block(path, line, child_blocks[block["type"]], block["value"])
        fields["body"] = body
        return fields

    def check_paths(self, folder: Path, home: SitePageNode) -> None:
        """Each home page path: icon and link in page.yaml, texts in zh.md / en.md, in the
        same order."""
        links = home.shared.get("paths") or []
        for language in LANGUAGES:
            texts = home.text[language].get("paths")
            if texts is None:
                continue
            path = folder / f"{language}.md"
            if len(texts) != len(links):
                self.problem(
                    path,
                    line_of(home.text[language]["lines"], "paths", 1),
                    f"{len(texts)} paths here but {len(links)} in {PAGE_FILE}",
                )
                continue
            for (text, line), (link, _) in zip(texts, links, strict=True):
                value = {**text, "icon": link["icon"], "link_page": None, "link_url": ""}
                self.clean_block(path, line, AudiencePathBlock(), value)

    def check_references(self, home: SitePageNode) -> None:
        """Slugs are unique; ``related``, home ``paths`` and ``footer_links`` name pages that
        are in the files."""
        by_slug: dict[str, SitePageNode] = {}
        for node in home.walk():
            if node.slug in by_slug:
                self.problems.append(
                    Problem(
                        node.source,
                        line_of(node.lines, "slug", 1),
                        f"slug {node.slug!r} is also used by {by_slug[node.slug].source}",
                    )
                )
            by_slug.setdefault(node.slug, node)
        for node in home.walk():
            related = node.shared.get("related")
            if related is not None:
                target = by_slug.get(related)
                if target is None or target.kind != "regulation" or target is node:
                    self.problems.append(
                        Problem(
                            node.source,
                            line_of(node.lines, "related", 1),
                            f"related: no other regulation has the slug {related!r}",
                        )
                    )
        top_level = {child.slug for child in home.children}
        for link, line in home.shared.get("paths") or []:
            if link["link"] not in top_level:
                message = (
                    f"link: no page directly under the home page has the slug {link['link']!r}"
                )
                self.problems.append(Problem(home.source, line, message))
        for slug in home.shared.get("footer_links") or []:
            if slug not in by_slug:
                self.problems.append(
                    Problem(
                        home.source,
                        line_of(home.lines, "footer_links", 1),
                        f"footer_links: no page has the slug {slug!r}",
                    )
                )


def _python_type(model_field) -> type | None:
    if isinstance(model_field, models.DateField):
        return datetime.date
    return python_type(model_field)


def _is_instance(value: Any, expected: type | None) -> bool:
    if expected is None:
        return True
    if expected is int and isinstance(value, bool):
        return False
    if expected is datetime.date and isinstance(value, datetime.datetime):
        return False
    return isinstance(value, expected)


def _type_name(expected: type | None) -> str:
    if expected is datetime.date:
        return "a date (YYYY-MM-DD)"
    return type_name(expected) if expected else "a value"


def read_site_pages(root: Path = SITE_PAGES_ROOT) -> tuple[SitePageNode | None, list[Problem]]:
    """The page tree of the files under ``root`` (the home page and its sub-folders) and every
    problem found, each with its file and (where known) line."""
    reader = _Reader(root)
    if not root.is_dir():
        reader.problem(root, None, "folder is missing")
        return None, reader.problems
    home = reader.page(root, None, ("home",))
    if home is not None:
        reader.check_references(home)
    return home, reader.problems


# --- Loading ---------------------------------------------------------------------------------


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


def page_fields(node: SitePageNode, language: str) -> dict:
    """The model field values of a page (not home) in ``language``, as the files give them."""
    fields: dict[str, Any] = {
        name: value for name, value in node.shared.items() if name != "related"
    }
    for name, value in node.text[language].items():
        if name == "body":
            fields["body"] = [(block["type"], block["value"]) for block in value]
        elif name != "lines":
            fields[name] = value
    return fields


def home_fields(
    home: SitePageNode, *, language: str, demo: DemoSite, with_paths: bool = True
) -> dict:
    text = home.text[language]
    paths = []
    for (link, _), (path, _) in zip(
        home.shared.get("paths") or [], text.get("paths") or [], strict=True
    ):
        paths.append(
            (
                "path",
                {
                    "icon": link["icon"],
                    "title": path["title"],
                    "text": path["text"],
                    "link_page": demo.pages.get((language, link["link"])),
                    "link_url": "",
                    "link_text": path["link_text"],
                },
            )
        )
    return {
        "title": text["title"],
        "hero_title": text["hero_title"],
        "hero_text": text["hero_text"],
        "paths": paths if with_paths else [],
        "stats_heading": text["stats_heading"],
        "stats": [("stat", stat) for stat, _ in text.get("stats") or []],
        "stats_source": text["stats_source"],
    }


def _ensure_homes(demo: DemoSite, home: SitePageNode) -> None:
    """A Chinese HomePage as the site root and its English translation beside it."""
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()
    zh_home = HomePage.objects.filter(locale=demo.locale[CHINESE], depth=2).first()
    if zh_home is None:
        zh_home = HomePage(
            slug=HOME_SLUGS[CHINESE],
            locale=demo.locale[CHINESE],
            **home_fields(home, language=CHINESE, demo=demo, with_paths=False),
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
            slug=HOME_SLUGS[ENGLISH],
            locale=demo.locale[ENGLISH],
            translation_key=zh_home.translation_key,
            **home_fields(home, language=ENGLISH, demo=demo, with_paths=False),
        )
        root.add_child(instance=en_home)
        publish(en_home)
        demo.created += 1
    demo.homes = {CHINESE: zh_home, ENGLISH: en_home}


def _ensure_pages(demo: DemoSite, node: SitePageNode, parents: dict[str, Page]) -> None:
    """The page of ``node`` in Chinese and as its English translation, then its sub-pages;
    remembered by slug for cross-links (home paths, footer, related regulations)."""
    original = None
    for language in LANGUAGES:
        page = ensure_child(
            demo=demo,
            parent=parents[language],
            page_class=PAGE_TYPES[node.kind].model,
            language=language,
            slug=node.slug,
            original=original,
            **page_fields(node, language),
        )
        original = original or page
        demo.pages[(language, node.slug)] = page
    for child in node.children:
        _ensure_pages(
            demo, child, {language: demo.page(language, node.slug) for language in LANGUAGES}
        )


def _link_related(demo: DemoSite, home: SitePageNode) -> None:
    """Cross-references need both ends to exist first."""
    for node in home.walk():
        related = node.shared.get("related")
        if not related:
            continue
        for language in LANGUAGES:
            regulation = demo.page(language, node.slug)
            if regulation.related_id is None:
                regulation.related = demo.page(language, related)
                publish(regulation)


def _fill_home_paths(demo: DemoSite, home: SitePageNode) -> None:
    """Home pages are made before the pages they link to; link them once those exist."""
    for language, page in demo.homes.items():
        if page.paths:
            continue
        page.paths = home_fields(home, language=language, demo=demo)["paths"]
        publish(page)


def _ensure_footer(demo: DemoSite, home: SitePageNode) -> None:
    footer = SiteFooter.for_site(Site.objects.get(is_default_site=True))
    if not footer.links:
        footer.links = [
            ("page", demo.page(CHINESE, slug)) for slug in home.shared.get("footer_links") or []
        ]
        footer.save()


@transaction.atomic
def load_demo_site(root: Path = SITE_PAGES_ROOT) -> DemoSite:
    """The demo site from the page files under ``root``; raises :class:`SitePagesError`
    without changing anything if a file has a problem."""
    home, problems = read_site_pages(root)
    if problems or home is None:
        raise SitePagesError(problems)
    demo = DemoSite()
    demo.locale = locales()
    _ensure_homes(demo, home)
    for child in home.children:
        _ensure_pages(demo, child, demo.homes)
    _link_related(demo, home)
    _fill_home_paths(demo, home)
    _ensure_footer(demo, home)
    return demo
