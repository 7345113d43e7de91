import datetime
import logging
import time
from io import BytesIO
from unittest import mock

import pytest
import zxingcpp
from django.core.exceptions import ImproperlyConfigured
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from certificates import codes, pdf
from certificates.models import Certificate
from certificates.selectors import verification_url
from certificates.services import issue_certificate
from tests.certificates.builders import (
    make_certificate_in_status,
    make_certificate_type,
    make_valid_certificate,
)
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate():
    """A trainee's valid auditor certificate, with names in Chinese and Latin letters."""
    built = make_valid_certificate(holder=make_user(full_name="李学员", latin_name="LI Ming"))
    return Certificate.objects.select_related("certificate_type").get(pk=built.pk)


def _fonts(reader: PdfReader) -> list[dict]:
    """Every font dictionary used on the pages, with descendant fonts resolved."""
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for reference in fonts.values():
            font = reference.get_object()
            found.append(font)
            for descendant in font.get("/DescendantFonts", []):
                found.append(descendant.get_object())
    return found


def _text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@pytest.fixture
def rare_name_certificate():
    """A certificate whose holder's surname 𠮷 (U+20BB7, CJK Extension B) wqy-zenhei lacks."""
    holder = make_user(full_name="𠮷田 花子", latin_name="YOSHIDA Hanako")
    return issue_certificate(
        certificate_type=make_certificate_type("CPA"),
        holder=holder,
        achievement_key="rare-surname",
        reason=Certificate.Reason.MANUAL,
        completed_on=datetime.date(2026, 1, 15),
    )


def _fallback_face_name() -> str:
    """The face name of the configured fallback font (registered from its file)."""
    assert pdf.register_fallback_font() == pdf.FALLBACK_FONT_NAME
    return pdfmetrics.getFont(pdf.FALLBACK_FONT_NAME).face.name.decode()


def _fallback_fonts(data: bytes, face_name: str | None = None) -> list[dict]:
    """The font dictionaries of the fallback font's subsets embedded in the PDF."""
    face_name = face_name or _fallback_face_name()
    return [
        font
        for font in _fonts(PdfReader(BytesIO(data)))
        if str(font.get("/BaseFont", "")).endswith(f"+{face_name}")
    ]


def test_pdf_embeds_a_truetype_subset_and_prints_the_certificate(certificate):
    data = pdf.render_certificate_pdf(certificate)
    reader = PdfReader(BytesIO(data))

    assert data.startswith(b"%PDF")
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    fonts = _fonts(reader)
    descriptors = [f["/FontDescriptor"].get_object() for f in fonts if "/FontDescriptor" in f]
    assert any("/FontFile2" in descriptor for descriptor in descriptors)
    # Every font that has a descriptor carries its glyphs, and no reader-supplied CID font.
    assert all(
        {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor) for descriptor in descriptors
    )
    assert not [f for f in fonts if f.get("/Subtype") in ("/CIDFontType0", "/Type0")]
    assert b"STSong" not in data and b"UniGB" not in data
    text = _text(data)
    assert certificate.holder_name in text
    assert certificate.holder_latin_name in text
    assert certificate.number in text
    assert verification_url(certificate) in text
    assert codes.display(certificate.code) in text
    assert certificate.course_title_zh in text


def test_a_rare_character_in_the_name_is_drawn():
    cert_type = make_certificate_type("CPA")
    holder = make_user(full_name="𠮷野 堃", latin_name="YOSHINO Kun")
    certificate = issue_certificate(
        certificate_type=cert_type,
        holder=holder,
        achievement_key="rare-name",
        reason=Certificate.Reason.MANUAL,
        completed_on=datetime.date(2026, 1, 15),
    )

    started = time.perf_counter()
    data = pdf.render_certificate_pdf(certificate)
    elapsed = time.perf_counter() - started

    text = _text(data)
    assert "堃" in text and "野" in text
    assert "YOSHINO Kun" in text
    # wqy-zenhei has no glyph for 𠮷 (U+20BB7, outside the BMP): the fallback font draws it.
    assert "𠮷野 堃" in text
    assert elapsed < 5


def test_a_character_the_main_font_lacks_is_embedded_from_the_fallback_font(
    rare_name_certificate,
):
    data = pdf.render_certificate_pdf(rare_name_certificate)

    fallback_fonts = _fallback_fonts(data)
    assert fallback_fonts
    for font in fallback_fonts:
        assert font["/Subtype"] == "/TrueType"  # a TrueType subset, not a CID font
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert "𠮷田 花子" in _text(data)


def test_without_the_fallback_font_the_pdf_still_renders(rare_name_certificate, settings):
    # Read while the font is still configured: the test must not depend on an earlier test
    # having registered it in this process.
    face_name = _fallback_face_name()
    settings.CERTIFICATE_FALLBACK_FONT_PATH = "/nonexistent/HanaMinB.ttf"

    data = pdf.render_certificate_pdf(rare_name_certificate)

    assert data.startswith(b"%PDF")
    assert len(PdfReader(BytesIO(data)).pages) == 1
    assert not _fallback_fonts(data, face_name)
    assert "田 花子" in _text(data)


def test_a_missing_fallback_font_is_logged_with_the_package_to_install(
    rare_name_certificate, settings, caplog
):
    settings.CERTIFICATE_FALLBACK_FONT_PATH = "/nonexistent/HanaMinB.ttf"

    with caplog.at_level(logging.WARNING, logger="certificates.pdf"):
        pdf.render_certificate_pdf(rare_name_certificate)

    assert "fonts-hanazono" in caplog.text
    assert "U+20BB7" in caplog.text


def test_only_the_characters_the_main_font_lacks_are_wrapped_and_everything_is_escaped():
    wrapped = pdf.in_fonts("<b>𠮷</b> & 田")

    assert wrapped == '&lt;b&gt;<span class="certificate-fallback">𠮷</span>&lt;/b&gt; &amp; 田'


def test_a_character_in_neither_font_is_kept_and_logged(caplog):
    with caplog.at_level(logging.WARNING, logger="certificates.pdf"):
        wrapped = pdf.in_fonts("李😀")

    assert wrapped == "李😀"
    assert "U+1F600" in caplog.text


def test_installing_the_fallback_font_draws_the_pdf_again(rare_name_certificate, settings):
    key = pdf.cache_key(rare_name_certificate)

    settings.CERTIFICATE_FALLBACK_FONT_PATH = "/nonexistent/HanaMinB.ttf"

    assert pdf.cache_key(rare_name_certificate) != key


def test_the_certificate_fills_the_page_down_to_the_verification_url(certificate):
    page = PdfReader(BytesIO(pdf.render_certificate_pdf(certificate))).pages[0]
    baselines = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            baselines[text.strip()] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]

    page.extract_text(visitor_text=visit)

    height = float(page.mediabox.height)
    assert baselines[verification_url(certificate)] < height / 4
    assert height / 3 < baselines[certificate.holder_name] < height * 3 / 4


def test_qr_code_decodes_to_the_verification_url(certificate):
    png = pdf.qr_png(certificate)

    results = zxingcpp.read_barcodes(Image.open(BytesIO(png)))

    assert [result.text for result in results] == [verification_url(certificate)]


def test_the_document_shows_the_same_qr_code(certificate):
    context = pdf.document_context(certificate, for_print=True)

    assert context["qr_uri"] == pdf._png_data_uri(pdf.qr_png(certificate))


def test_a_second_render_comes_from_the_cache(certificate):
    with mock.patch.object(pdf, "_render_pdf", wraps=pdf._render_pdf) as renderer:
        first = pdf.render_certificate_pdf(certificate)
        second = pdf.render_certificate_pdf(certificate)

    assert first == second
    assert renderer.call_count == 1


def test_printed_changes_and_new_numbers_get_their_own_cache_entry(certificate):
    key = pdf.cache_key(certificate)

    certificate.state = Certificate.State.SUSPENDED  # the status is not printed
    assert pdf.cache_key(certificate) == key
    certificate.holder_latin_name = "LI Xiaoming"
    assert pdf.cache_key(certificate) != key
    certificate.number = "CPA-2099-000001"
    assert pdf.cache_key(certificate).startswith("certificate-pdf:CPA-2099-000001:")


def test_a_missing_font_is_a_configuration_error(certificate, settings):
    settings.CERTIFICATE_FONT_PATH = "/nonexistent/font.ttc"

    with pytest.raises(ImproperlyConfigured, match="fonts-wqy-zenhei"):
        pdf.render_certificate_pdf(certificate)


def test_the_holder_downloads_their_pdf_and_others_get_404(client, certificate):
    url = f"/account/certificates/{certificate.number}.pdf"

    client.force_login(certificate.holder)
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.number}.pdf"'
    assert response.content.startswith(b"%PDF")

    client.force_login(make_user())
    assert client.get(url).status_code == 404
    assert client.get(f"/account/certificates/{certificate.number}/").status_code == 404


def test_the_account_overview_links_to_my_certificates(client, certificate):
    client.force_login(certificate.holder)

    response = client.get("/en/account/")

    assert b'href="/en/account/certificates/"' in response.content


def test_anonymous_visitors_are_sent_to_sign_in(client, certificate):
    response = client.get(f"/account/certificates/{certificate.number}.pdf")

    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize(
    "who",
    ["staff", "superuser", "certification officer", "another trainee"],
)
def test_only_the_holder_opens_a_certificate_page_or_pdf(client, certificate, who):
    """Staff roles get no copy here; a certification officer sees the record in the admin."""
    from accounts.roles import Role

    client.force_login(
        {
            "staff": lambda: make_user(is_staff=True, mfa=True),
            "superuser": lambda: make_user(is_staff=True, is_superuser=True, mfa=True),
            "certification officer": lambda: make_user(role=Role.CERTIFICATION_OFFICER, mfa=True),
            "another trainee": make_user,
        }[who]()
    )

    assert client.get(f"/en/account/certificates/{certificate.number}/").status_code == 404
    assert client.get(f"/en/account/certificates/{certificate.number}.pdf").status_code == 404


def test_the_web_view_shows_the_certificate(client, certificate):
    client.force_login(certificate.holder)

    response = client.get(f"/en/account/certificates/{certificate.number}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert certificate.holder_name in html
    assert codes.display(certificate.code) in html
    assert verification_url(certificate) in html
    assert f"/en/account/certificates/{certificate.number}.pdf" in html
    assert "data:image/png;base64," in html


def test_the_web_view_shows_a_rare_name_as_typed(client, rare_name_certificate):
    client.force_login(rare_name_certificate.holder)

    response = client.get(f"/en/account/certificates/{rare_name_certificate.number}/")

    html = response.content.decode()
    assert "𠮷田 花子" in html
    assert pdf.FALLBACK_CLASS not in html  # the browser picks its own fonts


def test_my_certificates_lists_only_my_own(client, certificate):
    make_valid_certificate(holder=make_user(full_name="王芳", latin_name="WANG Fang"))
    make_certificate_in_status("revoked")
    others = Certificate.objects.exclude(holder=certificate.holder)
    assert others.count() == 2

    client.force_login(certificate.holder)
    response = client.get("/en/account/certificates/")

    html = response.content.decode()
    assert response.status_code == 200
    assert certificate.number in html
    assert f"/verify/{certificate.code}/" in html
    for other in others:
        assert other.number not in html
