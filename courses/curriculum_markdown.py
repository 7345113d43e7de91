"""Rich text as Markdown and back, for the curriculum files (docs/curriculum.md).

Only the subset the course content uses is supported, so that every conversion is exact:
paragraphs, ``###``/``####`` sub-headings, bullet and numbered lists (nested), bold, italic,
inline code, line breaks and web links. Raw HTML in Markdown is never passed through (it shows
as text), and HTML that the subset cannot express is refused on export rather than dropped.
"""

import html
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.common.utils import isMdAsciiPunct, isPunctChar, isWhiteSpace
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline.state_inline import Scanned, StateInline
from markdown_it.token import Token


class MarkdownError(ValueError):
    """Markdown (or HTML on export) outside the supported subset; ``line`` is 1-based."""

    def __init__(self, message: str, *, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


# --- Parsing ---------------------------------------------------------------------------------


def _is_cjk(char: str) -> bool:
    return ord(char) >= 0x2E80


class _CJKFriendlyStateInline(StateInline):
    """CommonMark does not let ``**`` open right after a letter when bold text starts with
    punctuation (``的**“双超”**``): that is normal in Chinese, so a CJK neighbour counts like
    a space for the flanking rules."""

    def scanDelims(self, start: int, canSplitWord: bool) -> Scanned:
        pos = start
        marker = self.src[start]
        last_char = self.src[start - 1] if start > 0 else " "
        while pos < self.posMax and self.src[pos] == marker:
            pos += 1
        next_char = self.src[pos] if pos < self.posMax else " "
        last_punct = isMdAsciiPunct(ord(last_char)) or isPunctChar(last_char)
        next_punct = isMdAsciiPunct(ord(next_char)) or isPunctChar(next_char)
        last_space = isWhiteSpace(ord(last_char)) or _is_cjk(last_char)
        next_space = isWhiteSpace(ord(next_char)) or _is_cjk(next_char)
        left_flanking = not (
            isWhiteSpace(ord(next_char)) or (next_punct and not (last_space or last_punct))
        )
        right_flanking = not (
            isWhiteSpace(ord(last_char)) or (last_punct and not (next_space or next_punct))
        )
        can_open = left_flanking and (canSplitWord or not right_flanking or last_punct)
        can_close = right_flanking and (canSplitWord or not left_flanking or next_punct)
        return Scanned(can_open, can_close, pos - start)


class _CJKFriendlyParserInline(ParserInline):
    def parse(self, src, md, env, tokens):
        state = _CJKFriendlyStateInline(src, md, env, tokens)
        self.tokenize(state)
        for rule in self.ruler2.getRules(""):
            rule(state)


def markdown_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.disable(["html_block", "html_inline", "image", "reference", "lheading"])
    parser.inline.__class__ = _CJKFriendlyParserInline
    return parser


_ALLOWED_LINK = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)


def _render_inline(children: list[Token], *, line: int) -> str:
    out = []
    for token in children:
        if token.type == "text":
            out.append(html.escape(token.content, quote=False))
        elif token.type == "strong_open":
            out.append("<b>")
        elif token.type == "strong_close":
            out.append("</b>")
        elif token.type == "em_open":
            out.append("<i>")
        elif token.type == "em_close":
            out.append("</i>")
        elif token.type == "code_inline":
            out.append(f"<code>{html.escape(token.content, quote=False)}</code>")
        elif token.type == "softbreak":
            out.append("\n")
        elif token.type == "hardbreak":
            out.append("<br/>")
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            if not _ALLOWED_LINK.match(href):
                raise MarkdownError(
                    f"links must start with http://, https:// or mailto: ({href!r})", line=line
                )
            out.append(f'<a href="{html.escape(href)}">')
        elif token.type == "link_close":
            out.append("</a>")
        else:
            raise MarkdownError(f"unsupported inline Markdown ({token.type})", line=line)
    return "".join(out)


def render_rich_text(tokens: list[Token], *, line_offset: int = 0) -> str:
    """HTML in the form Wagtail stores it (no whitespace between tags, ``<b>``/``<i>``)."""
    out = []
    for token in tokens:
        line = line_offset + (token.map[0] + 1 if token.map else 0)
        if token.type in {"paragraph_open", "paragraph_close"}:
            if not token.hidden:
                out.append("<p>" if token.nesting == 1 else "</p>")
        elif token.type in {"bullet_list_open", "bullet_list_close"}:
            out.append("<ul>" if token.nesting == 1 else "</ul>")
        elif token.type in {"ordered_list_open", "ordered_list_close"}:
            if token.nesting == 1 and token.attrs.get("start", 1) != 1:
                raise MarkdownError("numbered lists must start at 1", line=line)
            out.append("<ol>" if token.nesting == 1 else "</ol>")
        elif token.type in {"list_item_open", "list_item_close"}:
            out.append("<li>" if token.nesting == 1 else "</li>")
        elif token.type in {"heading_open", "heading_close"}:
            if token.tag not in {"h3", "h4"}:
                raise MarkdownError(
                    "only ### and #### sub-headings may appear inside text", line=line
                )
            out.append(f"<{token.tag}>" if token.nesting == 1 else f"</{token.tag}>")
        elif token.type == "inline":
            out.append(_render_inline(token.children or [], line=line))
        else:
            raise MarkdownError(f"unsupported Markdown ({token.type})", line=line)
    return "".join(out)


def markdown_to_html(text: str, *, line_offset: int = 0) -> str:
    return render_rich_text(markdown_parser().parse(text), line_offset=line_offset)


# --- Export: stored HTML to Markdown ---------------------------------------------------------


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]):
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Element | str] = []


_VOID = {"br"}
# Editors' rich text carries these; they carry no meaning for the content.
_IGNORED_ATTRIBUTES = {"data-block-key"}


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Element("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = _Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(_Element(tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
        raise MarkdownError(f"unbalanced </{tag}> in rich text")

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def handle_comment(self, data):
        raise MarkdownError("HTML comments cannot be exported")


def escape_inline(text: str) -> str:
    """``text`` escaped so that Markdown reads it as text wherever it stands in a line."""
    text = re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
    return re.sub(r"&(?=#?[0-9A-Za-z]+;)", r"\\&", text)


def _escape_text(text: str) -> str:
    lines = escape_inline(text).split("\n")
    for index, line in enumerate(lines):
        # What would start a block at the beginning of a line is escaped there.
        line = re.sub(r"^(\s*)([#>+=|~-])", r"\1\\\2", line)
        line = re.sub(r"^(\s*\d+)([.)])", r"\1\\\2", line)
        lines[index] = line
    return "\n".join(lines)


def _check_attributes(element: _Element, allowed: set[str]) -> None:
    unknown = set(element.attrs) - allowed - _IGNORED_ATTRIBUTES
    if unknown:
        raise MarkdownError(
            f"<{element.tag}> with {', '.join(sorted(unknown))} cannot be written as Markdown"
        )


def _inline_markdown(nodes: list) -> str:
    out = []
    for node in nodes:
        if isinstance(node, str):
            out.append(_escape_text(node))
            continue
        tag = node.tag
        if tag in {"b", "strong", "i", "em"}:
            _check_attributes(node, set())
            marker = "**" if tag in {"b", "strong"} else "*"
            out.append(f"{marker}{_inline_markdown(node.children)}{marker}")
        elif tag == "code":
            _check_attributes(node, set())
            code = "".join(child for child in node.children if isinstance(child, str))
            fence = "``" if "`" in code else "`"
            out.append(f"{fence}{code}{fence}")
        elif tag == "br":
            _check_attributes(node, set())
            out.append("\\\n")
        elif tag == "a":
            _check_attributes(node, {"href"})
            href = node.attrs.get("href") or ""
            if not _ALLOWED_LINK.match(href):
                raise MarkdownError(f"link {href!r} cannot be written as Markdown")
            target = f"<{href}>" if re.search(r"[\s()<>]", href) else href
            out.append(f"[{_inline_markdown(node.children)}]({target})")
        else:
            raise MarkdownError(f"<{tag}> cannot be written as Markdown")
    return "".join(out)


def _indent(text: str, width: int) -> str:
    return "\n".join((" " * width + line) if line else line for line in text.split("\n"))


def _list_markdown(element: _Element) -> str:
    _check_attributes(element, set())
    items = []
    for child in element.children:
        if isinstance(child, str):
            if child.strip():
                raise MarkdownError(f"text directly inside <{element.tag}>")
            continue
        if child.tag != "li":
            raise MarkdownError(f"<{child.tag}> directly inside <{element.tag}>")
        _check_attributes(child, set())
        marker = "- " if element.tag == "ul" else f"{len(items) + 1}. "
        inline: list = []
        nested = []
        for part in child.children:
            if isinstance(part, _Element) and part.tag in {"ul", "ol"}:
                nested.append(_list_markdown(part))
            elif nested and not (isinstance(part, str) and not part.strip()):
                raise MarkdownError("text after a nested list in one list item")
            else:
                inline.append(part)
        text = _inline_markdown(inline)
        if not text.strip():
            raise MarkdownError("empty list item")
        item = marker + _indent(text, len(marker))[len(marker) :]
        for sublist in nested:
            item += "\n" + _indent(sublist, len(marker))
        items.append(item)
    if not items:
        raise MarkdownError(f"empty <{element.tag}>")
    return "\n".join(items)


def html_to_markdown(rich_text: str) -> str:
    """Markdown that :func:`markdown_to_html` turns back into exactly ``rich_text`` (up to
    attributes that carry no content); raises :class:`MarkdownError` when there is none."""
    builder = _TreeBuilder()
    builder.feed(rich_text)
    builder.close()
    blocks = []
    for node in builder.root.children:
        if isinstance(node, str):
            if node.strip():
                raise MarkdownError("text outside a paragraph")
            continue
        if node.tag == "p":
            _check_attributes(node, set())
            blocks.append(_inline_markdown(node.children))
        elif node.tag in {"h3", "h4"}:
            _check_attributes(node, set())
            blocks.append("#" * int(node.tag[1]) + " " + _inline_markdown(node.children))
        elif node.tag in {"ul", "ol"}:
            blocks.append(_list_markdown(node))
        else:
            raise MarkdownError(f"<{node.tag}> cannot be written as Markdown")
    markdown = "\n\n".join(blocks)
    if markdown_to_html(markdown) != canonical_html(rich_text):
        raise MarkdownError("this rich text has no exact Markdown form")
    return markdown


def canonical_html(rich_text: str) -> str:
    """``rich_text`` without attributes that carry no content and with the escaping that
    :func:`markdown_to_html` produces, to compare stored HTML with converted Markdown."""
    builder = _TreeBuilder()
    builder.feed(rich_text)
    builder.close()

    def serialise(node, parent_tag: str = "root") -> str:
        if isinstance(node, str):
            if parent_tag in {"root", "ul", "ol"} and not node.strip():
                return ""
            return html.escape(node, quote=False)
        attrs = "".join(
            f' {name}="{html.escape(value or "")}"'
            for name, value in node.attrs.items()
            if name not in _IGNORED_ATTRIBUTES
        )
        if node.tag in _VOID:
            return f"<{node.tag}{attrs}/>"
        inner = "".join(serialise(child, node.tag) for child in node.children)
        tag = {"strong": "b", "em": "i"}.get(node.tag, node.tag)
        return f"<{tag}{attrs}>{inner}</{tag}>"

    return "".join(serialise(child) for child in builder.root.children)
