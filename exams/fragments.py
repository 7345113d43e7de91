"""The attempt page's questions, each rendered from its template once and kept in the process.

On exam day every examinee opens the attempt page (and reloads it), and rendering its questions
through the template engine cost more than the rest of the request. Yet a question looks the
same to every examinee who drew it, apart from its position, the order of its options and the
saved answer. So each question is rendered once per process, with placeholders ("slots") for
those, and each request only fills the slots in.

A kept question is never stale: it is kept under its content (type, wording, options, points,
unit, section title) and the language, so a reworded question, a renamed section or another
language is a new key, rendered afresh on the next request. The templates change only with a
deploy, which restarts the processes. Nothing about the examinee is kept: the saved answers go
into the slots on each request, and the CSRF token and the clock are outside the questions.

Slots are names between NUL characters. NUL never reaches the page: it is replaced in the
content before rendering, and the values filled in (escaped) are never scanned again.
"""

import functools
import re
from decimal import Decimal
from typing import NamedTuple

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override

QUESTION_TEMPLATE = "exams/includes/attempt_question.html"
CHOICE_TEMPLATE = "exams/includes/attempt_choice.html"
NAV_TEMPLATE = "exams/includes/attempt_nav_item.html"
SLOT_NAMES = (
    "number",
    "choices",
    "value",
    "checked",
    "true_checked",
    "false_checked",
    "saved_value",
    "saved_unit",
    "saved_text",
)
SLOTS = {name: f"\x00{name}\x00" for name in SLOT_NAMES}
_SLOT = re.compile("\x00([a-z_]+)\x00")
CHECKED = " checked"
# Questions kept per process: a bank's worth in both languages; the least recently used go.
MAX_KEPT = 4096


class Content(NamedTuple):
    """Everything a question's HTML is made of apart from its slots; also its key."""

    language: str
    kind: str
    section: str
    prompt: str
    points: Decimal
    unit_label: str
    options: tuple[str, ...]  # option texts, in the version's (stored) order


class Fragment(NamedTuple):
    html: str  # the question, with slots
    choices: tuple[str, ...]  # one per option in stored order, with slots


def _clean(text: str) -> str:
    return text.replace("\x00", "\ufffd")


@functools.lru_cache(maxsize=MAX_KEPT)
def fragment(content: Content) -> Fragment:
    """The question rendered with slots (kept: ``fragment.cache_clear()`` forgets them)."""
    shown = content._replace(
        section=_clean(content.section),
        prompt=_clean(content.prompt),
        unit_label=_clean(content.unit_label),
        options=tuple(_clean(text) for text in content.options),
    )
    with override(content.language):
        html = render_to_string(QUESTION_TEMPLATE, {"question": shown, "slot": SLOTS})
        choices = tuple(
            render_to_string(CHOICE_TEMPLATE, {"kind": shown.kind, "text": text, "slot": SLOTS})
            for text in shown.options
        )
    return Fragment(html, choices)


def question_html(
    content: Content,
    *,
    number: str,
    option_order: list[int],
    checked: set[int],
    saved,
) -> str:
    """One question of an attempt: the kept fragment with its slots filled in. ``checked``
    holds the display indexes of ticked options; ``saved`` is the saved response in display
    form (for true/false, numeric and text questions)."""
    kept = fragment(content)
    values = dict.fromkeys(SLOT_NAMES, "")
    values["number"] = number
    if kept.choices:
        values["choices"] = "".join(
            kept.choices[stored]
            .replace(SLOTS["number"], number)
            .replace(SLOTS["value"], str(display))
            .replace(SLOTS["checked"], CHECKED if display in checked else "")
            for display, stored in enumerate(option_order)
        )
    if saved is True:
        values["true_checked"] = CHECKED
    elif saved is False:
        values["false_checked"] = CHECKED
    elif isinstance(saved, dict):
        values["saved_value"] = escape(saved.get("value") or "")
        values["saved_unit"] = escape(saved.get("unit") or "")
    elif isinstance(saved, str):
        values["saved_text"] = escape(saved)
    return _SLOT.sub(lambda match: values[match.group(1)], kept.html)


def questions_html(questions) -> SafeString:
    """The attempt page's questions (``exams.selectors.QuestionForm``), in order."""
    return mark_safe(  # noqa: S308  templates rendered with autoescape, values escaped above
        "".join(
            question_html(
                question.content,
                number=question.number,
                option_order=question.option_order,
                checked=question.checked,
                saved=question.saved,
            )
            for question in questions
        )
    )


@functools.lru_cache(maxsize=16)
def nav_items(language: str) -> tuple[str, str]:
    """A question's link in the list of questions, answered and not, with the number slot."""
    with override(language):
        return tuple(
            render_to_string(NAV_TEMPLATE, {"answered": answered, "slot": SLOTS})
            for answered in (True, False)
        )


def nav_html(questions) -> SafeString:
    """The list of questions' links (``exams.selectors.QuestionForm``), in order."""
    answered, unanswered = nav_items(get_language() or "")
    return mark_safe(  # noqa: S308  rendered with autoescape; the number is digits
        "".join(
            (answered if question.answered else unanswered).replace(
                SLOTS["number"], question.number
            )
            for question in questions
        )
    )
