from types import SimpleNamespace

from django.template import Context, Template
from django.utils import translation

from core.i18n import in_english, localized, pick

TITLED = SimpleNamespace(title_zh="清洁生产审核", title_en="Cleaner production audit")
UNTRANSLATED = SimpleNamespace(title_zh="清洁生产审核", title_en="")


def test_in_english_follows_the_active_language():
    with translation.override("en"):
        assert in_english()
    with translation.override("zh-hans"):
        assert not in_english()


def test_localized_picks_the_english_field_in_english():
    with translation.override("en"):
        assert localized(TITLED, "title") == "Cleaner production audit"


def test_localized_picks_the_chinese_field_in_chinese():
    with translation.override("zh-hans"):
        assert localized(TITLED, "title") == "清洁生产审核"


def test_an_english_page_shows_the_chinese_text_rather_than_a_blank():
    with translation.override("en"):
        assert localized(UNTRANSLATED, "title") == "清洁生产审核"


def test_pick_chooses_between_two_values():
    with translation.override("en"):
        assert pick(zh=["甲"], en=["A"]) == ["A"]
        assert pick(zh=["甲"], en=[]) == ["甲"]
    with translation.override("zh-hans"):
        assert pick(zh=["甲"], en=["A"]) == ["甲"]


def _render(source: str, **context) -> str:
    return Template("{% load core %}" + source).render(Context(context))


def test_the_localized_filter_renders_the_active_language():
    with translation.override("en"):
        assert _render('{{ item|localized:"title" }}', item=TITLED) == "Cleaner production audit"
    with translation.override("zh-hans"):
        assert _render('{{ item|localized:"title" }}', item=TITLED) == "清洁生产审核"


def test_the_number_filter_groups_thousands_and_rounds():
    assert _render("{{ value|number }}", value=1234567.5) == "1,234,567.5"
    assert _render("{{ value|number:1 }}", value=66.666) == "66.7"
    assert _render("{{ value|number:1 }}", value=100.0) == "100"


def test_the_number_filter_leaves_missing_and_non_numbers_readable():
    assert _render("{{ value|number:1 }}", value=None) == ""
    assert _render("{{ value|number }}", value="n/a") == "n/a"
