from django.utils import translation

from core.regions import province_choices, province_name, province_of


def test_a_province_is_named_in_the_active_language():
    with translation.override("en"):
        assert province_name("320583") == "Jiangsu"
    with translation.override("zh-hans"):
        assert province_name("320583") == "江苏省"


def test_an_unknown_or_missing_code_has_no_name():
    assert province_name("99") == ""
    assert province_name(None) == ""


def test_province_choices_follow_the_language_each_time_they_are_read():
    choices = province_choices()
    with translation.override("en"):
        assert ("32", "Jiangsu") in list(choices)
    with translation.override("zh-hans"):
        assert ("32", "江苏省") in list(choices)


def test_a_region_code_belongs_to_its_province():
    assert province_of("320583") == "32"
    assert province_of("990000") is None
