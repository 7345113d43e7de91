import pytest
from wagtail.models import Locale

from content.models import RegulationPage
from content.search import cjk_query, cjk_tokens
from content.selectors import search_pages
from tests.content.builders import build_regulation, build_regulation_index

pytestmark = pytest.mark.django_db


def test_cjk_tokens_index_characters_and_pairs():
    assert cjk_tokens("清洁生产") == "清 洁 生 产 清洁 洁生 生产"


def test_cjk_query_turns_words_into_pairs_and_keeps_latin_words():
    assert cjk_query("清洁生产 audit") == "清洁 洁生 生产  audit"


def _acceptance_guidelines() -> dict[str, RegulationPage]:
    return build_regulation(
        index=build_regulation_index(),
        title_zh="清洁生产审核评估与验收指南",
        title_en="Guidelines for the Assessment and Acceptance of CP Audits",
    )


def test_chinese_query_finds_a_word_inside_a_chinese_sentence(client):
    regulation = _acceptance_guidelines()["zh-hans"]

    response = client.get("/search/", {"query": "验收"})

    assert response.status_code == 200
    assert regulation.title in response.content.decode()


def test_english_query_finds_english_pages_only(client):
    regulation = _acceptance_guidelines()
    english, chinese = regulation["en"], regulation["zh-hans"]

    response = client.get("/en/search/", {"query": "acceptance"})
    content = response.content.decode()

    assert english.title in content
    assert chinese.title not in content


def test_search_only_returns_pages_of_the_active_locale():
    results = list(
        search_pages(query="清洁生产", locale=Locale.objects.get(language_code="zh-hans"))
    )

    assert results
    assert {page.locale.language_code for page in results} == {"zh-hans"}


def test_search_with_no_match_says_so(client):
    response = client.get("/en/search/", {"query": "zzyzxqv"})

    assert response.status_code == 200
    assert "No results" in response.content.decode()


def test_empty_search_shows_the_form_without_results(client):
    response = client.get("/search/")

    assert response.status_code == 200
    assert response.context["search_results"] is None


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unterminated phrase',
        "NEAR(",
        "*",
        "title:x",
        "AND OR NOT",
        "') OR 1=1 --",
        # A pasted paragraph of Chinese: 199 character pairs broke PostgreSQL's query builder.
        "清洁生产" * 50,
        "word " * 100,
    ],
)
def test_search_syntax_typed_into_the_box_is_not_an_error(client, query):
    # SQLite's full-text search read quotes, stars and columns as its own syntax (a 500).
    response = client.get("/search/", {"query": query})

    assert response.status_code == 200


def test_quotes_and_stars_around_a_word_still_find_it(client):
    regulation = _acceptance_guidelines()["zh-hans"]

    response = client.get("/search/", {"query": '"验收*'})

    assert response.status_code == 200
    assert regulation.title in response.content.decode()
