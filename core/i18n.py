"""The active language and bilingual fields.

Records that people see in both languages keep two columns, ``<field>_zh`` and ``<field>_en``.
``localized(obj, "title")`` picks the one for the active language, so models, selectors and
templates do not each repeat ``x_en if in_english() else x_zh``."""

from django.utils.translation import get_language


def in_english() -> bool:
    """Whether the active language is English (content falls back to Chinese otherwise)."""
    return (get_language() or "").startswith("en")


def pick(*, zh, en):
    """``en`` when English is active and it is not empty, otherwise ``zh``."""
    return en if in_english() and en else zh


def localized(obj, field: str) -> str:
    """``obj.<field>_en`` when English is active and it is filled in, else ``obj.<field>_zh``:
    an English page never shows a blank where the Chinese text exists."""
    return pick(zh=getattr(obj, f"{field}_zh"), en=getattr(obj, f"{field}_en"))
