"""JSON from outside (request bodies, API cursors, pasted credentials), read one way.

``json.loads`` accepts more than any of our endpoints can use, and some of it used to end in a
server error further on: nesting deep enough to exhaust the recursion limit, unpaired
surrogates (``"\\ud800"``) that cannot be encoded again when echoed back, and NUL characters,
which PostgreSQL refuses in text and in ``jsonb``. ``parse_json`` refuses all of them up front
with a message that says what is wrong.
"""

import json

from django.utils.translation import gettext as _

# Deeper than any document an endpoint expects (the deepest, a bulk row, is 2 levels).
MAX_DEPTH = 32


class MalformedJSON(ValueError):
    """The text is not JSON an endpoint can use; ``str(error)`` says why, for the client."""


def _unusable_text(text: str) -> bool:
    if "\x00" in text:
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # an unpaired surrogate
        return True
    return False


def _check(data) -> None:
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise MalformedJSON(_("The JSON is nested too deeply."))
        if isinstance(value, str):
            if _unusable_text(value):
                raise MalformedJSON(
                    _("Text in the JSON contains a NUL character or an unpaired surrogate.")
                )
        elif isinstance(value, dict):
            pending.extend((key, depth + 1) for key in value)
            pending.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            pending.extend((item, depth + 1) for item in value)


def parse_json(raw: bytes | str, *, empty=None):
    """The parsed value of ``raw`` (``empty`` when it is blank); MalformedJSON otherwise."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        if not text.strip():
            return empty
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise MalformedJSON(_("The request body is not valid JSON.")) from error
    _check(data)
    return data
