"""Lesson bodies as Markdown with fenced blocks, and the YAML the curriculum files use
(docs/curriculum.md): parsing into StreamField block data, with each problem's file and line,
and writing block data back as the same Markdown.
"""

import re
from dataclasses import dataclass
from typing import Any

import yaml

from courses.curriculum_markdown import (
    MarkdownError,
    escape_inline,
    html_to_markdown,
    markdown_parser,
    render_rich_text,
)

LESSON_ONLY_BLOCKS = {"video", "glossary", "self_check"}
FENCES = {
    "callout": "callout",
    "table": "table",
    "glossary": "glossary",
    "self-check": "self_check",
    "video": "video",
    "document": "document",
    "figure": "figure",
    "embed": "embed",
}
FENCE_FOR_BLOCK = {block: fence for fence, block in FENCES.items()}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line
            else f"{self.path}: {self.message}"
        )


# --- YAML ------------------------------------------------------------------------------------


class _LineDict(dict):
    """A mapping that remembers on which line (1-based) each key was written."""

    lines: dict[str, int]


class _SafeLineLoader(yaml.SafeLoader):
    line_offset = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        mapping = _LineDict(super().construct_mapping(node, deep=True))
        mapping.lines = {
            str(key_node.value): self.line_offset + key_node.start_mark.line + 1
            for key_node, _ in node.value
        }
        return mapping


_SafeLineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _SafeLineLoader.construct_mapping
)


class YamlProblem(ValueError):
    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.message = message
        self.line = line


def load_yaml(text: str, *, line_offset: int = 0) -> Any:
    """Safe YAML without aliases; mappings remember their keys' lines in the file."""
    loader = None
    try:
        loader = _SafeLineLoader(text)
        loader.line_offset = line_offset
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = line_offset + mark.line + 1 if mark else None
        raise YamlProblem(f"invalid YAML: {error.problem or error}", line) from error
    except yaml.reader.ReaderError as error:
        line = line_offset + text[: error.position].count("\n") + 1
        message = f"invalid YAML: character {error.character:#x} is not allowed"
        raise YamlProblem(message, line) from error
    except RecursionError as error:
        raise YamlProblem("invalid YAML: nested too deeply", line_offset + 1) from error
    except yaml.YAMLError as error:
        raise YamlProblem(f"invalid YAML: {error}", line_offset + 1) from error
    finally:
        if loader is not None:
            loader.dispose()


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper, value: str):
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)


def line_of(mapping: Any, key: str, default: int | None) -> int | None:
    lines = getattr(mapping, "lines", None) or {}
    return lines.get(key, default)


def type_name(expected: type) -> str:
    names = {bool: "true or false", int: "a whole number", str: "text", list: "a list"}
    return names.get(expected, expected.__name__)


# --- Lesson bodies ---------------------------------------------------------------------------


def parse_rich_text(text: str, *, line_offset: int = 0) -> str:
    tokens = markdown_parser().parse(text)
    for token in tokens:
        if token.type in {"fence", "code_block", "hr"} or (
            token.type == "heading_open" and token.tag in {"h1", "h2"}
        ):
            line = line_offset + token.map[0] + 1 if token.map else None
            raise MarkdownError(f"{token.type.replace('_open', '')} is not allowed here", line=line)
    return _exportable(render_rich_text(tokens, line_offset=line_offset), line=line_offset + 1)


def _exportable(html: str, *, line: int) -> str:
    """``html`` if export writes it back as Markdown that gives the same HTML, so that what
    is loaded can always be exported without loss."""
    try:
        html_to_markdown(html)
    except MarkdownError as error:
        raise MarkdownError(
            f"this text has no exact Markdown form when written back ({error.message}); "
            "write it more simply",
            line=line,
        ) from error
    return html


def parse_body(
    text: str, *, file_name: str, line_offset: int, problems: list[Problem]
) -> tuple[list[dict], list[tuple[str, int, dict]]]:
    """Stream blocks (``{"type", "value"}``) from a Markdown body, and where each came from."""
    blocks: list[dict] = []
    sources: list[tuple[str, int, dict]] = []
    pending: list = []
    pending_line = 0

    def flush():
        nonlocal pending
        if pending:
            try:
                html = _exportable(
                    render_rich_text(pending, line_offset=line_offset), line=pending_line
                )
            except MarkdownError as error:
                problems.append(Problem(file_name, error.line, error.message))
            else:
                blocks.append({"type": "paragraph", "value": html})
                sources.append((file_name, pending_line, {}))
        pending = []

    tokens = markdown_parser().parse(text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = line_offset + (token.map[0] + 1 if token.map else 1)
        if token.level == 0 and token.type == "heading_open" and token.tag in {"h1", "h2"}:
            flush()
            inline = tokens[index + 1]
            if token.tag == "h1":
                problems.append(Problem(file_name, line, "use ## for section headings"))
            elif any(child.type != "text" for child in inline.children or []):
                problems.append(Problem(file_name, line, "section headings are plain text"))
            elif not _plain(inline).strip():
                problems.append(Problem(file_name, line, "empty section heading"))
            else:
                blocks.append({"type": "heading", "value": _plain(inline)})
                sources.append((file_name, line, {}))
            index += 3
            continue
        if token.level == 0 and token.type == "fence":
            flush()
            field_lines: dict[str, int] = {}
            block = _parse_fence(
                token, file_name=file_name, line=line, problems=problems, field_lines=field_lines
            )
            if block is not None:
                blocks.append(block)
                sources.append((file_name, line, field_lines))
            index += 1
            continue
        if token.level == 0 and token.type == "hr":
            flush()  # "---" separates two paragraph blocks that follow each other
            index += 1
            continue
        if token.level == 0 and token.type == "code_block":
            problems.append(
                Problem(file_name, line, "indented text is read as code: remove the indentation")
            )
            index += 1
            continue
        if not pending:
            pending_line = line
        pending.append(token)
        index += 1
    flush()
    return blocks, sources


def _plain(inline) -> str:
    return "".join(child.content for child in inline.children or [])


def _fence_value(data: dict, name: str, expected: type, *, required: bool = True):
    value = data.get(name)
    if value is None:
        if required:
            raise YamlProblem(f"{name!r} is required", line_of(data, name, None))
        return "" if expected is str else None
    if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
        raise YamlProblem(f"{name!r} must be {type_name(expected)}", line_of(data, name, None))
    return value


def _parse_fence(
    token, *, file_name: str, line: int, problems: list[Problem], field_lines: dict
) -> dict | None:
    info = token.info.strip()
    if info not in FENCES:
        known = ", ".join(sorted(FENCES))
        problems.append(Problem(file_name, line, f"unknown block {info!r} (known: {known})"))
        return None
    try:
        data = load_yaml(token.content, line_offset=line)
        if not isinstance(data, dict):
            raise YamlProblem("expected a mapping of field: value", line + 1)
        builder = _FENCE_PARSERS[info]
        allowed = _FENCE_FIELDS[info]
        for key in data:
            if key not in allowed:
                raise YamlProblem(f"unknown field {key!r} in {info}", line_of(data, key, line))
        value = builder(data, line=line)
        field_lines.update(getattr(data, "lines", {}))
    except YamlProblem as error:
        problems.append(Problem(file_name, error.line or line, error.message))
        return None
    except MarkdownError as error:
        problems.append(Problem(file_name, error.line or line, error.message))
        return None
    return {"type": FENCES[info], "value": value}


def _callout(data: dict, *, line: int) -> dict:
    text = _fence_value(data, "text", str)
    text_line = line_of(data, "text", 0) or 0
    return {
        "kind": _fence_value(data, "kind", str),
        "title": _fence_value(data, "title", str, required=False),
        "text": parse_rich_text(text, line_offset=text_line),
    }


def _table(data: dict, *, line: int) -> dict:
    rows = _fence_value(data, "rows", list)
    width = None
    for row in rows:
        if not isinstance(row, list) or not all(
            cell is None or isinstance(cell, str) for cell in row
        ):
            raise YamlProblem("each row is a list of cells of text", line_of(data, "rows", line))
        if width is not None and len(row) != width:
            raise YamlProblem(
                "every row needs the same number of cells", line_of(data, "rows", line)
            )
        width = len(row)
    if not rows or not width:
        raise YamlProblem("a table needs at least one row and one column", line)
    return {
        "data": rows,
        "first_row_is_table_header": _fence_value(data, "header_row", bool, required=False)
        or False,
        "first_col_is_header": _fence_value(data, "header_column", bool, required=False) or False,
        "table_caption": _fence_value(data, "caption", str, required=False),
    }


def _glossary(data: dict, *, line: int) -> dict:
    return {
        "term": _fence_value(data, "term", str),
        "definition": _fence_value(data, "definition", str),
    }


def _self_check(data: dict, *, line: int) -> dict:
    options = []
    for option in _fence_value(data, "options", list):
        if not isinstance(option, dict):
            raise YamlProblem("each option has text, correct and feedback", line)
        unknown = set(option) - {"text", "correct", "feedback"}
        if unknown:
            raise YamlProblem(f"unknown option field {sorted(unknown)[0]!r}", line)
        options.append(
            {
                "text": _fence_value(option, "text", str),
                "correct": _fence_value(option, "correct", bool, required=False) or False,
                "feedback": _fence_value(option, "feedback", str),
            }
        )
    return {
        "question": _fence_value(data, "question", str),
        "options": options,
        "explanation": _fence_value(data, "explanation", str, required=False),
    }


def _video(data: dict, *, line: int) -> dict:
    return {
        "file": _fence_value(data, "file", str, required=False) or None,
        "embed": _fence_value(data, "embed", str, required=False),
        "title": _fence_value(data, "title", str),
        "transcript": _fence_value(data, "transcript", str, required=False),
    }


def _document(data: dict, *, line: int) -> dict:
    return {
        "document": _fence_value(data, "document", str),
        "title": _fence_value(data, "title", str, required=False),
    }


def _figure(data: dict, *, line: int) -> dict:
    return {
        "image": _fence_value(data, "image", str),
        "alt_text": _fence_value(data, "alt_text", str),
        "caption": _fence_value(data, "caption", str, required=False),
    }


def _embed(data: dict, *, line: int) -> str:
    return _fence_value(data, "url", str)


_FENCE_PARSERS = {
    "callout": _callout,
    "table": _table,
    "glossary": _glossary,
    "self-check": _self_check,
    "video": _video,
    "document": _document,
    "figure": _figure,
    "embed": _embed,
}
_FENCE_FIELDS = {
    "callout": {"kind", "title", "text"},
    "table": {"caption", "header_row", "header_column", "rows"},
    "glossary": {"term", "definition"},
    "self-check": {"question", "options", "explanation"},
    "video": {"title", "file", "embed", "transcript"},
    "document": {"document", "title"},
    "figure": {"image", "alt_text", "caption"},
    "embed": {"url"},
}


# --- Writing ---------------------------------------------------------------------------------


def _fence_data(block_type: str, value: Any) -> dict:
    if block_type == "callout":
        data = {"kind": value["kind"]}
        if value.get("title"):
            data["title"] = value["title"]
        data["text"] = html_to_markdown(value["text"]) + "\n"
        return data
    if block_type == "table":
        data = {}
        if value.get("table_caption"):
            data["caption"] = value["table_caption"]
        data["header_row"] = bool(value.get("first_row_is_table_header"))
        data["header_column"] = bool(value.get("first_col_is_header"))
        data["rows"] = value["data"]
        return data
    if block_type == "self_check":
        data = {"question": value["question"], "options": value["options"]}
        if value.get("explanation"):
            data["explanation"] = value["explanation"]
        return data
    if block_type == "embed":
        return {"url": value}
    return {key: item for key, item in value.items() if item not in (None, "")}


def render_body(body: list[dict]) -> str:
    """Markdown for stream blocks; raises MarkdownError for what has no exact Markdown form."""
    parts = []
    previous = None
    for block in body:
        block_type, value = block["type"], block["value"]
        if block_type == "heading":
            if "\n" in value:
                raise MarkdownError("a section heading with a line break")
            parts.append("## " + _escape_heading(value))
        elif block_type == "paragraph":
            if previous == "paragraph":
                parts.append("---")
            parts.append(html_to_markdown(value))
        elif block_type in FENCE_FOR_BLOCK:
            text = dump_yaml(_fence_data(block_type, value))
            longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
            fence = "`" * max(3, longest + 1)
            parts.append(f"{fence}{FENCE_FOR_BLOCK[block_type]}\n{text}{fence}")
        else:
            raise MarkdownError(f"{block_type} blocks cannot be written to files")
        previous = block_type
    return "\n\n".join(parts) + "\n" if parts else ""


def _escape_heading(text: str) -> str:
    escaped = escape_inline(text)
    if escaped.endswith("#"):
        escaped = escaped[:-1] + "\\#"  # a closing run of # would be dropped
    markdown = "## " + escaped
    tokens = markdown_parser().parse(markdown)
    if len(tokens) != 3 or tokens[0].tag != "h2" or _plain(tokens[1]) != text:
        raise MarkdownError(f"section heading {text!r} has no exact Markdown form")
    return escaped


def render_markdown_file(front: dict, body: list[dict]) -> str:
    header = f"---\n{dump_yaml(front)}---\n" if front else ""
    text = render_body(body)
    return header + ("\n" + text if header and text else text)


def block_error_messages(data: Any) -> list[str]:
    """The messages of a StreamField validation error's JSON data, each prefixed with the
    field it concerns."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        messages = []
        for key, item in data.items():
            for message in block_error_messages(item):
                silent = key in {"messages", "__all__", "blockErrors", "nonBlockErrors"}
                messages.append(message if silent else f"{key}: {message}")
        return messages
    if isinstance(data, list):
        return [message for item in data for message in block_error_messages(item)]
    return [str(data)] if data is not None else []
