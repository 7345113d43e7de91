"""The curriculum as files (layout in docs/curriculum.md): reading them into page data with
every problem reported by file and line, and writing page data back as the same files.

Page data is plain JSON-like values per language, the same whether it comes from files or from
the CMS (see courses.curriculum_sync), so comparing two versions is comparing two dicts.
"""

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from courses.curriculum_blocks import (
    LESSON_ONLY_BLOCKS,
    Problem,
    YamlProblem,
    dump_yaml,
    line_of,
    load_yaml,
    parse_body,
    parse_rich_text,
    render_body,
    render_markdown_file,
    type_name,
)
from courses.curriculum_markdown import MarkdownError, html_to_markdown

LANGUAGES = ("zh", "en")
MAX_FILE_BYTES = 512 * 1024
CATALOGUE_FILE = "catalogue.yaml"
# Derived translation keys: the same files give the same keys on every site.
TRANSLATION_KEY_NAMESPACE = uuid.UUID("8c1f3f0e-2b4e-4d57-9a52-3c6f3c1e7a10")
# Text files hold no control characters but tab and line ends (NUL is reported on its own).
CONTROL_CHARACTER = re.compile(r"[\x01-\x08\x0b-\x1f\x7f]")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FOLDER_PATTERN = re.compile(r"^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$")

KINDS = ("catalogue", "course", "unit", "lesson")
# Fields that are the same in both languages, then fields each language has, per kind.
SHARED_FIELDS = {
    "catalogue": ("show_in_menus",),
    "course": (
        "track",
        "completion_rule",
        "attendance_required",
        "self_paced",
        "duration_days",
        "duration_hours",
        "certificate_validity_years",
        "instruction_language",
    ),
    "unit": ("number",),
    "lesson": ("estimated_minutes", "required", "preview"),
}
TEXT_FIELDS = {
    "catalogue": ("title", "intro"),
    "course": (
        "title",
        "summary",
        "audience",
        "learning_outcomes",
        "prerequisites",
        "final_exam_intro",
    ),
    "unit": ("title", "summary"),
    "lesson": ("title", "summary"),
}
OPTIONAL_FIELDS = {"intro", "summary", "prerequisites", "final_exam_intro", "duration_days"}
OPTIONAL_FIELDS |= {"certificate_validity_years", "show_in_menus"}
MARKDOWN_FIELDS = {"prerequisites", "final_exam_intro"}
DEFAULTS = {"show_in_menus": True, "intro": "", "summary": "", "prerequisites": ""}
DEFAULTS |= {"final_exam_intro": "", "duration_days": None, "certificate_validity_years": None}
# Page types whose body is a lesson body (the others take the plain content blocks).


@dataclass
class CurriculumNode:
    """One page in both languages: ``fields[language]`` holds every managed field value."""

    kind: str
    slug: str
    source: str
    key_path: str
    translation_key: str | None = None
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Where each body block came from, for messages, per language and block: the file, the
    # line where the block starts and the lines of a fenced block's fields.
    block_sources: dict[str, list[tuple[str, int, dict]]] = field(default_factory=dict)
    children: list["CurriculumNode"] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def default_translation_key(self) -> str:
        return str(uuid.uuid5(TRANSLATION_KEY_NAMESPACE, self.key_path))


# --- Reading ---------------------------------------------------------------------------------


class ContentFileReader:
    """Reads a tree of content files (the curriculum, the demo site pages): text that is
    UTF-8 without control characters, YAML mappings, allowed keys, ``NN-slug`` folders; each
    problem is collected with its file and line instead of raised."""

    # Files a numbered folder may hold besides its sub-folders (None: files are not checked).
    FOLDER_FILES: frozenset[str] | None = None
    FOLDER_EXAMPLE = "01-introduction"

    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []

    def name(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root.parent))
        except ValueError:
            return str(path)

    def problem(self, path: Path, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.name(path), line, message))

    def read_text(self, path: Path) -> str | None:
        if not path.is_file():
            self.problem(path, None, "file is missing")
            return None
        if path.stat().st_size > MAX_FILE_BYTES:
            self.problem(path, None, f"file is larger than {MAX_FILE_BYTES // 1024} KB")
            return None
        data = path.read_bytes()
        if b"\x00" in data:
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            self.problem(path, line, "file contains a NUL byte")
            return None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            self.problem(path, line, "file is not UTF-8 text")
            return None
        text = text.removeprefix("\ufeff").replace("\r\n", "\n")
        control = CONTROL_CHARACTER.search(text)
        if control is not None:
            line = text[: control.start()].count("\n") + 1
            self.problem(path, line, f"file contains the control character {control.group()!r}")
            return None
        return text

    def read_yaml(self, path: Path) -> dict | None:
        text = self.read_text(path)
        if text is None:
            return None
        try:
            data = load_yaml(text)
        except YamlProblem as error:
            self.problem(path, error.line, error.message)
            return None
        if not isinstance(data, dict):
            self.problem(path, 1, "expected a mapping of field: value")
            return None
        return data

    def check_keys(self, path: Path, data: dict, allowed: set[str], required: set[str]) -> None:
        for key in data:
            if key not in allowed:
                self.problem(path, line_of(data, str(key), 1), f"unknown field {key!r}")
        for key in sorted(required - set(data)):
            self.problem(path, 1, f"required field {key!r} is missing")

    def split_front_matter(
        self, path: Path, text: str, *, allowed: bool = True
    ) -> tuple[dict | None, str, int] | None:
        """A Markdown file's YAML front matter (None when it has none), the text after it and
        the number of lines the front matter took; None when the front matter is malformed, or
        present where not ``allowed`` (the problem is reported)."""
        if not text.startswith("---\n"):
            return None, text, 0
        end = text.find("\n---\n", 3)
        if end == -1 and text.endswith("\n---"):
            end = len(text) - 4
        if end == -1:
            self.problem(path, 1, "front matter is not closed with a --- line")
            return None
        if not allowed:
            self.problem(path, 1, "this file takes no front matter")
            return None
        try:
            data = load_yaml(text[4 : end + 1], line_offset=1)
        except YamlProblem as error:
            self.problem(path, error.line, error.message)
            return None
        if not isinstance(data, dict):
            self.problem(path, 2, "front matter must be a mapping of field: value")
            return None
        return data, text[end + 5 :], text[: end + 5].count("\n")

    def numbered_folders(self, folder: Path) -> list[tuple[Path, str]]:
        """Sub-folders named ``NN-slug`` in order; anything else is reported."""
        found = []
        orders: dict[int, Path] = {}
        for child in sorted(folder.iterdir()):
            if child.name.startswith("."):
                continue
            if not child.is_dir():
                if self.FOLDER_FILES is not None and child.name not in self.FOLDER_FILES:
                    allowed = ", ".join(sorted(self.FOLDER_FILES))
                    self.problem(child, None, f"unexpected file ({allowed} only)")
                continue
            match = FOLDER_PATTERN.match(child.name)
            if match is None:
                self.problem(child, None, f"folder names are NN-slug (e.g. {self.FOLDER_EXAMPLE})")
                continue
            order = int(match.group(1))
            if order in orders:
                self.problem(child, None, f"same number as {orders[order].name}")
            orders[order] = child
            found.append((order, child, match.group(2)))
        return [(path, slug) for _, path, slug in sorted(found)]


class _Reader(ContentFileReader):
    def check_value(self, path: Path, data: dict, key: str, value: Any, kind: str) -> Any:
        """``value`` checked by the page model's own field rules."""
        from django.core.exceptions import ValidationError

        model = _model_for(kind)
        line = line_of(data, key, 1)
        if key in {"learning_outcomes"}:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                self.problem(path, line, f"{key} must be a list of lines of text")
                return None
            if any("\n" in item or not item.strip() for item in value):
                self.problem(path, line, f"each of {key} must be one non-empty line")
                return None
            value = "\n".join(item.strip() for item in value)
        elif key in MARKDOWN_FIELDS:
            if value is None:
                value = ""
            if not isinstance(value, str):
                self.problem(path, line, f"{key} must be Markdown text")
                return None
            try:
                value = parse_rich_text(value)
            except MarkdownError as error:
                self.problem(path, line, f"{key}: {error.message}")
                return None
        model_field = model._meta.get_field(key)
        if value is None and key in OPTIONAL_FIELDS:
            value = DEFAULTS.get(key)
        expected = python_type(model_field)
        if (
            value is not None
            and expected is not None
            and not (
                isinstance(value, expected) and not (expected is int and isinstance(value, bool))
            )
        ):
            self.problem(path, line, f"{key} must be {type_name(expected)}")
            return None
        try:
            model_field.clean(value, None)
        except ValidationError as error:
            self.problem(path, line, f"{key}: {' '.join(str(m) for m in error.messages)}")
            return None
        return value

    def page_fields(self, path: Path, data: dict, kind: str, extra: set[str]) -> dict | None:
        """The shared fields and each language's text fields of a course, unit or catalogue
        page written in one YAML file."""
        shared = SHARED_FIELDS[kind]
        allowed = {"slug", "translation_key", *shared, *LANGUAGES, *extra}
        required = {"slug", *LANGUAGES} | {name for name in shared if name not in OPTIONAL_FIELDS}
        self.check_keys(path, data, allowed, required)
        values: dict[str, dict] = {language: {} for language in LANGUAGES}
        for name in shared:
            value = self.check_value(path, data, name, data.get(name), kind)
            for language in LANGUAGES:
                values[language][name] = value
        for language in LANGUAGES:
            text = data.get(language)
            if not isinstance(text, dict):
                if language in data:
                    self.problem(path, line_of(data, language, 1), f"{language} must be a mapping")
                continue
            fields = TEXT_FIELDS[kind]
            self.check_keys(
                path,
                text,
                set(fields),
                {name for name in fields if name not in OPTIONAL_FIELDS},
            )
            for name in fields:
                values[language][name] = self.check_value(path, text, name, text.get(name), kind)
        return values

    def slug(self, path: Path, data: dict, folder_slug: str | None) -> str | None:
        slug = data.get("slug")
        if not isinstance(slug, str) or not SLUG_PATTERN.match(slug):
            if "slug" in data:
                self.problem(
                    path,
                    line_of(data, "slug", 1),
                    "slug must be lower-case letters, digits and single hyphens",
                )
            return None
        if folder_slug is not None and slug != folder_slug:
            self.problem(
                path, line_of(data, "slug", 1), f"slug {slug!r} differs from the folder name"
            )
        return slug

    def translation_key(self, path: Path, data: dict) -> str | None:
        key = data.get("translation_key")
        if key is None:
            return None
        try:
            return str(uuid.UUID(str(key)))
        except ValueError:
            self.problem(path, line_of(data, "translation_key", 1), "translation_key is not a UUID")
            return None

    # The tree

    def catalogue(self) -> CurriculumNode | None:
        path = self.root / CATALOGUE_FILE
        data = self.read_yaml(path)
        if data is None:
            return None
        slug = self.slug(path, data, None)
        node = CurriculumNode(
            kind="catalogue",
            slug=slug or "",
            source=self.name(path),
            key_path=f"catalogue/{slug}",
            translation_key=self.translation_key(path, data),
            fields=self.page_fields(path, data, "catalogue", set()) or {},
        )
        for folder, folder_slug in self.numbered_folders(self.root):
            course = self.course(folder, folder_slug)
            if course is not None:
                node.children.append(course)
        return node

    def node_of_folder(
        self, folder: Path, kind: str, folder_slug: str, key_path: str
    ) -> CurriculumNode | None:
        """The course or unit described by ``<kind>.yaml`` in ``folder``, without children."""
        path = folder / f"{kind}.yaml"
        data = self.read_yaml(path)
        if data is None:
            return None
        return CurriculumNode(
            kind=kind,
            slug=self.slug(path, data, folder_slug) or folder_slug,
            source=self.name(path),
            key_path=key_path,
            translation_key=self.translation_key(path, data),
            fields=self.page_fields(path, data, kind, set()) or {},
        )

    def course(self, folder: Path, folder_slug: str) -> CurriculumNode | None:
        node = self.node_of_folder(folder, "course", folder_slug, f"course/{folder_slug}")
        if node is None:
            return None
        # An optional course description, in the same Markdown as lessons.
        for language in LANGUAGES:
            body_path = folder / f"{language}.md"
            body: list = []
            if body_path.exists():
                parsed = self.markdown_file(body_path, allow_front_matter=False)
                if parsed is not None:
                    body, sources = parsed[1], parsed[2]
                    node.block_sources[language] = sources
                    self.check_body_types(body, sources, lesson=False)
            node.fields.setdefault(language, {})["body"] = body
        for unit_folder, unit_slug in self.numbered_folders(folder):
            unit = self.unit(unit_folder, unit_slug, node)
            if unit is not None:
                node.children.append(unit)
        return node

    def unit(self, folder: Path, folder_slug: str, course: CurriculumNode):
        node = self.node_of_folder(folder, "unit", folder_slug, f"{course.key_path}/{folder_slug}")
        if node is None:
            return None
        for lesson_folder, lesson_slug in self.numbered_folders(folder):
            lesson = self.lesson(lesson_folder, lesson_slug, node)
            if lesson is not None:
                node.children.append(lesson)
        return node

    def lesson(self, folder: Path, folder_slug: str, unit: CurriculumNode):
        path = folder / "lesson.yaml"
        data = self.read_yaml(path)
        if data is None:
            return None
        shared = SHARED_FIELDS["lesson"]
        self.check_keys(path, data, {"slug", "translation_key", *shared}, {"slug", *shared})
        node = CurriculumNode(
            kind="lesson",
            slug=self.slug(path, data, folder_slug) or folder_slug,
            source=self.name(path),
            key_path=f"{unit.key_path}/{folder_slug}",
            translation_key=self.translation_key(path, data),
        )
        values = {
            name: self.check_value(path, data, name, data.get(name), "lesson") for name in shared
        }
        for language in LANGUAGES:
            text_path = folder / f"{language}.md"
            parsed = self.markdown_file(text_path, allow_front_matter=True)
            fields = dict(values)
            if parsed is not None:
                front, body, sources = parsed
                fields.update(front)
                fields["body"] = body
                node.block_sources[language] = sources
                self.check_body_types(body, sources, lesson=True)
                if not body:
                    self.problem(text_path, None, "the lesson has no text")
            node.fields[language] = fields
        return node

    def check_body_types(self, body: list, sources: list, *, lesson: bool) -> None:
        if lesson:
            return
        for block, (file_name, line, _) in zip(body, sources, strict=True):
            if block["type"] in LESSON_ONLY_BLOCKS:
                self.problems.append(
                    Problem(file_name, line, f"{block['type']} blocks are only for lessons")
                )

    def markdown_file(self, path: Path, *, allow_front_matter: bool):
        text = self.read_text(path)
        if text is None:
            return None
        front: dict = {}
        split = self.split_front_matter(path, text, allowed=allow_front_matter)
        if split is None:
            return None
        data, text, offset = split
        if data is not None:
            self.check_keys(path, data, set(TEXT_FIELDS["lesson"]), {"title"})
            for name in TEXT_FIELDS["lesson"]:
                front[name] = self.check_value(path, data, name, data.get(name), "lesson")
        elif allow_front_matter:
            self.problem(path, 1, "front matter with the title is missing (--- title: ... ---)")
        body, sources = parse_body(
            text, file_name=self.name(path), line_offset=offset, problems=self.problems
        )
        return front, body, sources


def _model_for(kind: str):
    from courses.models import CourseIndexPage, CoursePage, CourseUnitPage, LessonPage

    return {
        "catalogue": CourseIndexPage,
        "course": CoursePage,
        "unit": CourseUnitPage,
        "lesson": LessonPage,
    }[kind]


def python_type(model_field) -> type | None:
    """The Python type a file value needs for ``model_field`` (None: any)."""
    from django.db import models

    if isinstance(model_field, models.BooleanField):
        return bool
    if isinstance(model_field, models.IntegerField):
        return int
    if isinstance(model_field, models.CharField | models.TextField):
        return str
    return None


def read_curriculum(root: Path) -> tuple[CurriculumNode | None, list[Problem]]:
    """The catalogue with its courses, units and lessons, and every problem found."""
    reader = _Reader(Path(root))
    if not Path(root).is_dir():
        return None, [Problem(str(root), None, "not a folder")]
    catalogue = reader.catalogue()
    if catalogue is not None:
        seen: dict[str, str] = {}
        for node in catalogue.walk():
            key = node.translation_key
            if key is not None and key in seen:
                reader.problems.append(
                    Problem(node.source, None, f"translation_key also used by {seen[key]}")
                )
            if key is not None:
                seen[key] = node.source
    return catalogue, reader.problems


# --- Writing ---------------------------------------------------------------------------------


def _text_yaml(kind: str, fields: dict) -> dict:
    text = {}
    for name in TEXT_FIELDS[kind]:
        value = fields.get(name)
        if name == "learning_outcomes":
            text[name] = [line for line in (value or "").splitlines() if line.strip()]
        elif name in MARKDOWN_FIELDS:
            if value:
                text[name] = html_to_markdown(value) + "\n"
        elif name in OPTIONAL_FIELDS and value in ("", None):
            continue
        else:
            text[name] = value
    return text


def node_yaml(node: CurriculumNode) -> dict:
    data: dict[str, Any] = {"slug": node.slug}
    if node.translation_key and node.translation_key != node.default_translation_key():
        data["translation_key"] = node.translation_key
    first = node.fields[LANGUAGES[0]]
    for name in SHARED_FIELDS[node.kind]:
        if name in OPTIONAL_FIELDS and first.get(name) == DEFAULTS.get(name):
            continue
        data[name] = first.get(name)
    if node.kind != "lesson":
        for language in LANGUAGES:
            data[language] = _text_yaml(node.kind, node.fields[language])
    return data


def render_curriculum(catalogue: CurriculumNode) -> tuple[dict[str, str], list[Problem]]:
    """The files for ``catalogue`` (relative path to text), and what could not be written."""
    files: dict[str, str] = {}
    problems: list[Problem] = []

    def add(path: str, node: CurriculumNode, render) -> None:
        try:
            files[path] = render()
        except MarkdownError as error:
            problems.append(Problem(node.source, None, f"{path}: {error.message}"))

    add(CATALOGUE_FILE, catalogue, lambda: dump_yaml(node_yaml(catalogue)))
    for course_number, course in enumerate(catalogue.children, start=1):
        course_folder = f"{course_number:02d}-{course.slug}"
        add(f"{course_folder}/course.yaml", course, lambda node=course: dump_yaml(node_yaml(node)))
        for language in LANGUAGES:
            body = course.fields[language].get("body")
            if body:
                add(f"{course_folder}/{language}.md", course, lambda body=body: render_body(body))
        for unit_number, unit in enumerate(course.children, start=1):
            unit_folder = f"{course_folder}/{unit_number:02d}-{unit.slug}"
            add(f"{unit_folder}/unit.yaml", unit, lambda node=unit: dump_yaml(node_yaml(node)))
            for lesson_number, lesson in enumerate(unit.children, start=1):
                folder = f"{unit_folder}/{lesson_number:02d}-{lesson.slug}"
                add(f"{folder}/lesson.yaml", lesson, lambda node=lesson: dump_yaml(node_yaml(node)))
                for language in LANGUAGES:
                    fields = lesson.fields[language]
                    front = {"title": fields["title"]}
                    if fields.get("summary"):
                        front["summary"] = fields["summary"]
                    add(
                        f"{folder}/{language}.md",
                        lesson,
                        lambda front=front, body=fields["body"]: render_markdown_file(front, body),
                    )
    return files, problems


def write_files(files: dict, root: Path) -> None:
    for relative, text in files.items():
        path = Path(root) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
