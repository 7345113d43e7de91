"""The printable certificate: one bilingual template rendered as a PDF and as a web page.

The PDF embeds a subset of the CJK TrueType font (``CERTIFICATE_FONT_PATH``), so it prints the
same everywhere. Characters that font has no glyph for, such as the CJK Extension B characters in
some names (𠮷, U+20BB7), are set in a second embedded TrueType font
(``CERTIFICATE_FALLBACK_FONT_PATH``), so rare characters come out as they were typed. PDFs are
cached per certificate number and printed content: a certificate is never edited in place, and a
correction re-issues it under a new number, so no stale PDF is served.
"""

import base64
import functools
import hashlib
import io
import itertools
import json
import logging
import math
import threading
from pathlib import Path

import segno
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.template import Template
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from xhtml2pdf import default as xhtml2pdf_default
from xhtml2pdf import pisa

from certificates import codes
from certificates.models import Certificate
from certificates.selectors import verification_url

FONT_NAME = "CPHubCJK"
FALLBACK_FONT_NAME = "CPHubCJKFallback"
# The class of the spans set in the fallback font (the print CSS gives it that font).
FALLBACK_CLASS = "certificate-fallback"
TEMPLATE_NAME = "certificates/certificate_document.html"
# Bump when the document's layout changes, so cached PDFs are drawn again.
LAYOUT_VERSION = "3"
CACHE_TIMEOUT = 60 * 60 * 24
SEAL_RED = (196, 30, 36)

# The print layout's parent (the web view extends the site's base.html instead): the
# document template fills the same blocks in both.
PRINT_LAYOUT_SOURCE = (
    '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8">'
    "<title>{% block title %}{% endblock title %}</title>"
    "{% block extra_head %}{% endblock extra_head %}</head>"
    "<body>{% block layout %}{% endblock layout %}</body></html>"
)

_font_lock = threading.Lock()
logger = logging.getLogger(__name__)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with each character beyond the BMP (𠮷,
    U+20BB7) mapped to its UTF-16 surrogate pair, as PDF requires: reportlab writes the code
    point as odd-length hex, which readers reject, so the character could not be copied or found.
    """
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{utf16}>\n")
    return cmap


# Installed once for the process (every TrueType font reportlab embeds gets it).
_reportlab_to_unicode_cmap = getattr(
    ttfonts.makeToUnicodeCMap, "reportlab_original", ttfonts.makeToUnicodeCMap
)
_to_unicode_cmap.reportlab_original = _reportlab_to_unicode_cmap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def font_path() -> Path:
    path = Path(settings.CERTIFICATE_FONT_PATH)
    if not path.is_file():
        raise ImproperlyConfigured(
            f"The certificate font {path} is missing. Install the package fonts-wqy-zenhei "
            "(apt-get install fonts-wqy-zenhei) or set CERTIFICATE_FONT_PATH to a TrueType "
            "font (.ttf or .ttc) that covers Chinese."
        )
    return path


def fallback_font_path() -> Path | None:
    """The fallback font, or None when it is not installed (PDFs render without it)."""
    path = Path(settings.CERTIFICATE_FALLBACK_FONT_PATH)
    return path if path.is_file() else None


def _register_truetype(name: str, path: Path) -> str:
    with _font_lock:
        registered = name in pdfmetrics.getRegisteredFontNames()
        if not registered:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        # Every xhtml2pdf document starts from this map, so `font-family: CPHubCJK` resolves
        # to the registered (embedded, subset) TrueType font, never to a built-in CID font.
        xhtml2pdf_default.DEFAULT_FONT[name.lower()] = name
    return name


def register_font() -> str:
    """Register the CJK font with reportlab and xhtml2pdf once; its name for CSS."""
    return _register_truetype(FONT_NAME, font_path())


def register_fallback_font() -> str | None:
    """Register the fallback font like the main one; its name, or None when it is missing."""
    path = fallback_font_path()
    return None if path is None else _register_truetype(FALLBACK_FONT_NAME, path)


@functools.cache
def _coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for, read once from its cmap."""
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _described(characters) -> str:
    return ", ".join(f"{character} (U+{ord(character):04X})" for character in sorted(characters))


def in_fonts(text: str) -> SafeString:
    """``text`` escaped for the print template, with every run of characters the main font has
    no glyph for wrapped in a span set in the fallback font.

    A character neither font covers stays in the main font (it prints without a glyph) and is
    logged, as is a missing fallback font.
    """
    main = _coverage(register_font())
    lacking = {character for character in text if ord(character) not in main}
    if not lacking:
        return conditional_escape(text)
    fallback_name = register_fallback_font()
    fallback = _coverage(fallback_name) if fallback_name else frozenset()
    if fallback_name is None:
        logger.warning(
            "The certificate fallback font %s is missing, so %s print without a glyph. Install "
            "the package fonts-hanazono (apt-get install fonts-hanazono) or set "
            "CERTIFICATE_FALLBACK_FONT_PATH to a TrueType font (.ttf) that covers them.",
            settings.CERTIFICATE_FALLBACK_FONT_PATH,
            _described(lacking),
        )
    else:
        uncovered = {character for character in lacking if ord(character) not in fallback}
        if uncovered:
            logger.warning(
                "Neither certificate font has a glyph for %s, so they print without one.",
                _described(uncovered),
            )
    parts = []
    for in_fallback, run in itertools.groupby(
        text, key=lambda character: character in lacking and ord(character) in fallback
    ):
        run_text = "".join(run)
        if in_fallback:
            parts.append(format_html('<span class="{}">{}</span>', FALLBACK_CLASS, run_text))
        else:
            parts.append(conditional_escape(run_text))
    return mark_safe("".join(parts))  # noqa: S308 - every part is escaped above


def _png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def qr_png(certificate: Certificate) -> bytes:
    """The QR code printed on the certificate: it encodes the verification URL."""
    buffer = io.BytesIO()
    segno.make(verification_url(certificate), error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


@functools.cache
def print_layout() -> Template:
    return Template(PRINT_LAYOUT_SOURCE)


@functools.lru_cache(maxsize=32)
def seal_png(issuer_name: str) -> bytes:
    """An original round seal: a red double ring, a star and the issuer's name on the arc."""
    size = 480
    centre = size / 2
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    colour = (*SEAL_RED, 235)
    draw.ellipse((10, 10, size - 10, size - 10), outline=colour, width=16)
    draw.ellipse((34, 34, size - 34, size - 34), outline=colour, width=3)

    # A five-pointed star in the middle.
    outer, inner = 70, 28
    points = []
    for index in range(10):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / 5
        points.append((centre + radius * math.cos(angle), centre + radius * math.sin(angle)))
    draw.polygon(points, fill=colour)

    text = (issuer_name or "").strip()
    if text:
        font_size = 56 if len(text) <= 12 else max(30, int(56 * 12 / len(text)))
        font = ImageFont.truetype(str(font_path()), font_size, index=0)
        # Characters the main font lacks are drawn in the fallback font, as in the text.
        main = _coverage(register_font())
        fallback, fallback_font = frozenset(), None
        fallback_path = fallback_font_path()
        if fallback_path and any(ord(character) not in main for character in text):
            fallback = _coverage(_register_truetype(FALLBACK_FONT_NAME, fallback_path))
            fallback_font = ImageFont.truetype(str(fallback_path), font_size)
        sweep = min(250.0, 20.0 * len(text) * font_size / 56 + 40)  # degrees of arc used
        text_radius = centre - 48 - font_size / 2
        step = sweep / max(len(text) - 1, 1)
        start = -90 - sweep / 2 if len(text) > 1 else -90
        for index, character in enumerate(text):
            angle = start + index * step
            glyph = Image.new("RGBA", (font_size * 2, font_size * 2), (255, 255, 255, 0))
            code = ord(character)
            glyph_font = fallback_font if code not in main and code in fallback else font
            ImageDraw.Draw(glyph).text(
                (font_size, font_size), character, font=glyph_font, fill=colour, anchor="mm"
            )
            glyph = glyph.rotate(-(angle + 90), resample=Image.Resampling.BICUBIC)
            x = centre + text_radius * math.cos(math.radians(angle)) - font_size
            y = centre + text_radius * math.sin(math.radians(angle)) - font_size
            image.alpha_composite(glyph, (round(x), round(y)))

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def printed_fields(certificate: Certificate) -> dict:
    """Everything the certificate prints (its status is not printed)."""
    certificate_type = certificate.certificate_type
    return {
        "number": certificate.number,
        "code": certificate.code,
        "code_display": codes.display(certificate.code),
        "holder_name": certificate.holder_name,
        "holder_latin_name": certificate.holder_latin_name,
        "type_name_zh": certificate_type.name_zh,
        "type_name_en": certificate_type.name_en,
        "course_title_zh": certificate.course_title_zh,
        "course_title_en": certificate.course_title_en,
        "hours": certificate.hours,
        "completed_on": certificate.completed_on,
        "issued_on": timezone.localdate(certificate.issued_at),
        "valid_until": certificate.valid_until,
        "issuer_name_zh": certificate_type.issuer_name_zh,
        "issuer_name_en": certificate_type.issuer_name_en,
        "verification_url": verification_url(certificate),
    }


def cache_key(certificate: Certificate) -> str:
    fields = printed_fields(certificate)
    fallback = fallback_font_path()  # installing it later draws the PDF again
    payload = json.dumps(
        {
            "layout": LAYOUT_VERSION,
            "font": str(settings.CERTIFICATE_FONT_PATH),
            "fallback_font": str(fallback) if fallback else None,
            **fields,
        },
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
    return f"certificate-pdf:{certificate.number}:{digest}"


def document_context(certificate: Certificate, *, for_print: bool) -> dict:
    """The template context shared by the PDF and the web view.

    ``doc`` holds the printed values; ``text`` the same text as it is drawn: in print, escaped
    HTML with the characters the main font lacks set in the fallback font (use ``doc`` inside
    attributes), on the web the plain values (the browser picks fonts itself).
    """
    fields = printed_fields(certificate)
    return {
        "certificate": certificate,
        "doc": fields,
        "text": (
            {
                name: in_fonts(value) if isinstance(value, str) else value
                for name, value in fields.items()
            }
            if for_print
            else fields
        ),
        "for_print": for_print,
        "layout_template": print_layout() if for_print else "base.html",
        "font_family": FONT_NAME,
        "fallback_font_family": FALLBACK_FONT_NAME,
        "fallback_class": FALLBACK_CLASS,
        "qr_uri": _png_data_uri(qr_png(certificate)),
        "seal_uri": _png_data_uri(seal_png(certificate.certificate_type.issuer_name_zh)),
    }


def _render_pdf(certificate: Certificate) -> bytes:
    register_font()
    html = render_to_string(TEMPLATE_NAME, document_context(certificate, for_print=True))
    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8")
    if result.err:
        raise RuntimeError(f"Could not render the PDF of certificate {certificate.number}.")
    return output.getvalue()


def render_certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate as a PDF (A4 landscape), from the cache when this version was drawn."""
    font_path()  # a missing font is a configuration error, even when a PDF is cached
    key = cache_key(certificate)
    pdf = cache.get(key)
    if pdf is None:
        pdf = _render_pdf(certificate)
        cache.set(key, pdf, CACHE_TIMEOUT)
    return pdf
