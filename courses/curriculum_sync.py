"""Loading the curriculum files into the CMS, and exporting the CMS back to files.

Pages are compared as "content": every field the files manage, in the form the files give
(see courses.curriculum_files). A page is only revised when its content differs from the
files; each load records the hash of what it wrote (CurriculumLoadRecord), so a page whose
latest revision no longer has that hash was changed by an editor and is left alone unless the
load is told to overwrite it.
"""

import copy
import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from courses.curriculum_blocks import Problem, block_error_messages
from courses.curriculum_files import (
    LANGUAGES,
    MARKDOWN_FIELDS,
    SHARED_FIELDS,
    TEXT_FIELDS,
    CurriculumNode,
    read_curriculum,
    render_curriculum,
)
from courses.curriculum_markdown import canonical_html
from courses.models import (
    CourseIndexPage,
    CoursePage,
    CourseUnitPage,
    CurriculumLoadRecord,
    LessonPage,
)

LANGUAGE_CODES = {"zh": "zh-hans", "en": "en"}
PAGE_CLASSES = {
    "catalogue": CourseIndexPage,
    "course": CoursePage,
    "unit": CourseUnitPage,
    "lesson": LessonPage,
}
CHILD_KIND = {"catalogue": "course", "course": "unit", "unit": "lesson"}
# Block fields that name a document or an image (by title, so files work on any site).
DOCUMENT_FIELDS = {"document": "document", "video": "file"}
IMAGE_FIELDS = {"figure": "image"}


@dataclass
class Change:
    action: str
    language: str
    source: str
    page: str
    detail: str = ""

    def __str__(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"{self.action:<10} {self.language}  {self.page}  [{self.source}]{detail}"


@dataclass
class LoadResult:
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for change in self.changes if change.action == action)

    def summary(self) -> str:
        counts = Counter(change.action for change in self.changes)
        return ", ".join(f"{action}: {counts[action]}" for action in sorted(counts)) or "nothing"


# --- Content of a page -----------------------------------------------------------------------


def _unwrap_list(items: list) -> list:
    """ListBlock values are stored as ``{"type": "item", "value": ..., "id": ...}``."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in items
    ]


def _title_of(model, pk) -> str | None:
    if not pk:
        return None
    found = model.objects.filter(pk=pk).values_list("title", flat=True).first()
    return found if found is not None else f"#missing-{pk}"


def canonical_block(block_type: str, value: Any) -> Any:
    if block_type == "paragraph":
        return canonical_html(value or "")
    if block_type == "callout":
        return {
            "kind": value.get("kind") or "key_point",
            "title": value.get("title") or "",
            "text": canonical_html(value.get("text") or ""),
        }
    if block_type == "table":
        value = value or {}
        return {
            "data": value.get("data") or [],
            "first_row_is_table_header": bool(value.get("first_row_is_table_header")),
            "first_col_is_header": bool(value.get("first_col_is_header")),
            "table_caption": value.get("table_caption") or "",
        }
    if block_type == "glossary":
        return {"term": value.get("term") or "", "definition": value.get("definition") or ""}
    if block_type == "self_check":
        return {
            "question": value.get("question") or "",
            "options": [
                {
                    "text": option.get("text") or "",
                    "correct": bool(option.get("correct")),
                    "feedback": option.get("feedback") or "",
                }
                for option in _unwrap_list(value.get("options") or [])
            ],
            "explanation": value.get("explanation") or "",
        }
    if block_type == "video":
        return {
            "file": _title_of(get_document_model(), value.get("file")),
            "embed": value.get("embed") or "",
            "title": value.get("title") or "",
            "transcript": value.get("transcript") or "",
        }
    if block_type == "document":
        return {
            "document": _title_of(get_document_model(), value.get("document")),
            "title": value.get("title") or "",
        }
    if block_type == "figure":
        return {
            "image": _title_of(get_image_model(), value.get("image")),
            "alt_text": value.get("alt_text") or "",
            "caption": value.get("caption") or "",
        }
    return value


def canonical_body(stream_value) -> list[dict]:
    return [
        {"type": item["type"], "value": canonical_block(item["type"], item["value"])}
        for item in stream_value.raw_data
    ]


def page_content(page: Page, kind: str) -> dict:
    content: dict[str, Any] = {}
    for name in (*SHARED_FIELDS[kind], *TEXT_FIELDS[kind]):
        value = getattr(page, name)
        if name in MARKDOWN_FIELDS:
            value = canonical_html(value or "")
        elif name == "learning_outcomes":
            value = "\n".join(line.strip() for line in value.splitlines() if line.strip())
        content[name] = value
    if kind in {"course", "lesson"}:
        content["body"] = canonical_body(page.body)
    return content


def content_hash(content: dict) -> str:
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _unpublished_in_admin(page: Page) -> bool:
    """An editor took the page offline: loading must not put it back on its own."""
    return not page.live and page.first_published_at is not None


def _latest(page: Page) -> Page:
    """The page as its latest revision has it (a draft may be newer than the live page)."""
    page = page.specific
    if page.latest_revision_id is None:
        return page
    return page.get_latest_revision_as_object()


# --- Validation against the blocks and the site ----------------------------------------------


def _stream_blocks(kind: str):
    return PAGE_CLASSES[kind]._meta.get_field("body").stream_block.child_blocks


def _resolve(block_type: str, value: Any, *, references: dict) -> Any:
    """The stored form of a block value: document and image titles become ids. A copy, since
    Wagtail's blocks change the values they are given in place."""
    value = copy.deepcopy(value)
    if block_type in DOCUMENT_FIELDS or block_type in IMAGE_FIELDS:
        name = DOCUMENT_FIELDS.get(block_type) or IMAGE_FIELDS[block_type]
        title = value.get(name)
        model = get_document_model() if block_type in DOCUMENT_FIELDS else get_image_model()
        value[name] = references[(model, title)] if title else None
    return value


def _validate_bodies(catalogue: CurriculumNode, problems: list[Problem]) -> dict:
    """Every body block checked by its Wagtail block's own rules; returns the documents and
    images the blocks name, by (model, title)."""
    references: dict = {}
    for node in catalogue.walk():
        if node.kind not in {"course", "lesson"}:
            continue
        child_blocks = _stream_blocks(node.kind)
        for language in LANGUAGES:
            body = node.fields.get(language, {}).get("body") or []
            sources = node.block_sources.get(language, [])
            for block, (file_name, line, field_lines) in zip(body, sources, strict=False):
                block_type = block["type"]
                if block_type not in child_blocks:
                    problems.append(Problem(file_name, line, f"no {block_type} blocks here"))
                    continue
                missing = _missing_references(block_type, block["value"], references)
                if missing:
                    problems.append(Problem(file_name, line, missing))
                    continue
                child = child_blocks[block_type]
                try:
                    raw = _resolve(block_type, block["value"], references=references)
                    child.clean(child.to_python(raw))
                except ValidationError as error:
                    data = error.as_json_data() if hasattr(error, "as_json_data") else None
                    messages = block_error_messages(data) if data else error.messages
                    fields = list((data or {}).get("blockErrors") or {})
                    if len(fields) == 1 and str(fields[0]) in field_lines:
                        line = field_lines[str(fields[0])]
                    problems.append(Problem(file_name, line, "; ".join(messages)))
    return references


def _missing_references(block_type: str, value: Any, references: dict) -> str | None:
    if block_type not in DOCUMENT_FIELDS and block_type not in IMAGE_FIELDS:
        return None
    is_document = block_type in DOCUMENT_FIELDS
    name = DOCUMENT_FIELDS.get(block_type) or IMAGE_FIELDS[block_type]
    title = value.get(name)
    if not title:
        return None
    model = get_document_model() if is_document else get_image_model()
    matches = list(model.objects.filter(title=title).values_list("pk", flat=True)[:2])
    what = "document" if is_document else "image"
    if not matches:
        return f"no {what} titled {title!r}: upload it in the admin first"
    if len(matches) > 1:
        return f"more than one {what} is titled {title!r}"
    references[(model, title)] = matches[0]
    return None


# --- Loading ---------------------------------------------------------------------------------


class _Loader:
    def __init__(self, *, publish: bool, overwrite: bool, dry_run: bool, references: dict):
        self.publish = publish
        self.overwrite = overwrite
        self.dry_run = dry_run
        self.references = references
        self.changes: list[Change] = []
        self.locales: dict[str, Locale] = {}

    def change(self, action: str, language: str, node: CurriculumNode, page: str, detail=""):
        self.changes.append(Change(action, language, node.source, page, detail))

    def assign(self, page: Page, node: CurriculumNode, content: dict) -> None:
        for name, value in content.items():
            if name == "body":
                page.body = [
                    {"type": block["type"], "value": self.stored(block)} for block in value
                ]
            else:
                setattr(page, name, value)

    def stored(self, block: dict) -> Any:
        return _resolve(block["type"], block["value"], references=self.references)

    def record(self, page: Page, node: CurriculumNode, language: str, revision) -> None:
        CurriculumLoadRecord.objects.update_or_create(
            page=page,
            defaults={
                "source": f"{node.source} ({language})",
                "content_hash": content_hash(page_content(_latest(page), node.kind)),
                "revision": revision,
            },
        )

    def save(self, page: Page, node: CurriculumNode, language: str) -> None:
        unpublished = _unpublished_in_admin(page)
        revision = page.save_revision(log_action=True)
        if self.publish and not unpublished:
            revision.publish()
        elif self.publish:
            self.change("kept-draft", language, node, page.url_path, "unpublished in the admin")
        self.record(page, node, language, revision)

    def find(self, node, language, parent, original) -> Page | None:
        if parent is None:
            return None
        if language != LANGUAGES[0] and original is not None:
            translation = Page.objects.filter(
                translation_key=original.translation_key, locale=self.locales[language]
            ).first()
            if translation is not None:
                return translation
        return Page.objects.child_of(parent).filter(slug=node.slug).first()

    def sync(self, node: CurriculumNode, parents: dict[str, Page | None]) -> None:
        pages: dict[str, Page | None] = {}
        for language in LANGUAGES:
            parent = parents[language]
            shown = f"{parent.url_path if parent else '…/'}{node.slug}/"
            desired = node.fields[language]
            existing = self.find(node, language, parent, pages.get(LANGUAGES[0]))
            if existing is None:
                self.change("create", language, node, shown)
                pages[language] = (
                    None if self.dry_run else self.create(node, language, parent, pages)
                )
                continue
            pages[language] = existing
            self.update(node, language, existing, desired)
        for language in LANGUAGES:
            if pages[language] is not None:
                pages[language] = pages[language].specific
        for child in node.children:
            self.sync(child, pages)
        self.order(node, pages)

    def create(self, node, language, parent, pages) -> Page:
        original = pages.get(LANGUAGES[0])
        key = original.translation_key if original is not None else None
        page = PAGE_CLASSES[node.kind](
            slug=node.slug,
            locale=self.locales[language],
            translation_key=key or node.translation_key or node.default_translation_key(),
            live=self.publish,
        )
        self.assign(page, node, node.fields[language])
        parent.add_child(instance=page)
        self.save(page, node, language)
        return page

    def update(self, node, language, existing: Page, desired: dict) -> None:
        shown = existing.url_path
        latest = _latest(existing)
        current_hash = content_hash(page_content(latest, node.kind))
        record = CurriculumLoadRecord.objects.filter(page=existing).first()
        if current_hash == content_hash(desired):
            if record is None or record.content_hash != current_hash:
                self.change("adopted", language, node, shown, "same as the files")
                if not self.dry_run:
                    self.record(existing, node, language, record.revision if record else None)
            waiting = not existing.live or existing.has_unpublished_changes
            if self.publish and waiting and not _unpublished_in_admin(existing):
                self.change("publish", language, node, shown)
                if not self.dry_run:
                    existing.get_latest_revision().publish()
            return
        is_alias = existing.alias_of_id is not None
        edited = not is_alias and (record is None or record.content_hash != current_hash)
        if edited and not self.overwrite:
            why = "never loaded from files" if record is None else "edited in the admin"
            self.change("drift", language, node, shown, f"{why}; kept, use --overwrite")
            return
        action = "overwrite" if edited else "update"
        self.change(action, language, node, shown, "alias becomes a page" if is_alias else "")
        if self.dry_run:
            return
        if is_alias:
            latest.alias_of = None
        self.assign(latest, node, desired)
        self.save(latest, node, language)

    def order(self, node: CurriculumNode, pages: dict[str, Page | None]) -> None:
        """Children in the order of their folders; pages not in the files are reported."""
        if not node.children or self.dry_run:
            return
        for language, parent in pages.items():
            if parent is None:
                continue
            child_class = PAGE_CLASSES[CHILD_KIND[node.kind]]
            current = list(parent.get_children().type(child_class))
            wanted_slugs = [child.slug for child in node.children]
            by_slug = {page.slug: page for page in current}
            for page in current:
                if page.slug not in wanted_slugs:
                    self.change("not-in-files", language, node, page.url_path, "left as it is")
            present = [slug for slug in wanted_slugs if slug in by_slug]
            if [page.slug for page in current if page.slug in wanted_slugs] == present:
                continue
            self.change("reorder", language, node, parent.url_path)
            for slug in present:
                by_slug[slug].move(parent, pos="last-child")
                parent.refresh_from_db()


def _homes(loader: _Loader, problems: list[Problem]) -> dict[str, Page | None] | None:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        problems.append(Problem("site", None, "there is no default site to load into"))
        return None
    home = site.root_page
    homes: dict[str, Page | None] = {LANGUAGES[0]: home}
    if home.locale_id != loader.locales[LANGUAGES[0]].pk:
        problems.append(Problem("site", None, "the default site's home page is not in Chinese"))
        return None
    for language in LANGUAGES[1:]:
        translation = home.get_translation_or_none(loader.locales[language])
        if translation is None and not loader.dry_run:
            translation = home.copy_for_translation(loader.locales[language])
            if loader.publish:
                translation.save_revision().publish()
        homes[language] = translation
    return homes


def load_curriculum(
    *, root: Path, publish: bool = False, overwrite: bool = False, dry_run: bool = False
) -> LoadResult:
    """Check every file, then (unless anything is wrong, or ``dry_run``) bring the course
    pages in both languages in line with them. Changes are in the result either way."""
    catalogue, problems = read_curriculum(Path(root))
    result = LoadResult(problems=problems)
    if catalogue is None or problems:
        return result
    references = _validate_bodies(catalogue, problems)
    if problems:
        return result
    loader = _Loader(publish=publish, overwrite=overwrite, dry_run=dry_run, references=references)
    with transaction.atomic():
        for language, code in LANGUAGE_CODES.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None and not dry_run:
                locale = Locale.objects.create(language_code=code)
            if locale is None:
                problems.append(Problem("site", None, f"no {code} locale"))
                return result
            loader.locales[language] = locale
        homes = _homes(loader, problems)
        if homes is None:
            return result
        loader.sync(catalogue, homes)
    result.changes = loader.changes
    return result


# --- Exporting -------------------------------------------------------------------------------


def _node_from_page(page: Page, kind: str, key_path: str, problems: list[Problem]):
    locales = {
        language: Locale.objects.get(language_code=code)
        for language, code in LANGUAGE_CODES.items()
    }
    node = CurriculumNode(
        kind=kind,
        slug=page.slug,
        source=page.url_path,
        key_path=key_path,
        translation_key=str(page.translation_key),
    )
    for language in LANGUAGES:
        version = (
            page if language == LANGUAGES[0] else page.get_translation_or_none(locales[language])
        )
        if version is None:
            problems.append(Problem(page.url_path, None, f"has no {language} translation"))
            node.fields[language] = node.fields[LANGUAGES[0]]
            continue
        node.fields[language] = page_content(_latest(version), kind)
    child_kind = CHILD_KIND.get(kind)
    if child_kind is not None:
        for child in page.get_children().type(PAGE_CLASSES[child_kind]).specific():
            child_key = (
                f"course/{child.slug}" if kind == "catalogue" else f"{key_path}/{child.slug}"
            )
            node.children.append(_node_from_page(child, child_kind, child_key, problems))
    return node


def export_curriculum(
    *, root: Path, catalogue_slug: str | None = None
) -> tuple[dict[Path, str], list[Problem]]:
    """The curriculum files for the Chinese course catalogue (the first one, or the one with
    ``catalogue_slug``) and its English translation; the caller writes the returned texts."""
    problems: list[Problem] = []
    catalogues = CourseIndexPage.objects.filter(
        locale__language_code=LANGUAGE_CODES[LANGUAGES[0]]
    ).order_by("path")
    if catalogue_slug:
        catalogues = catalogues.filter(slug=catalogue_slug)
    catalogue_page = catalogues.first()
    if catalogue_page is None:
        return {}, [Problem("site", None, "there is no course catalogue to export")]
    catalogue = _node_from_page(
        catalogue_page, "catalogue", f"catalogue/{catalogue_page.slug}", problems
    )
    if problems:
        return {}, problems
    files, render_problems = render_curriculum(catalogue)
    return {Path(root) / path: text for path, text in files.items()}, render_problems
