from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.translation import get_language, override
from wagtail.models import Page

from content.selectors import site_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[dict]:
    """Top-level pages shown in menus, in the active language."""
    request = context.get("request")
    if request is None:
        return []
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    return [
        {
            "title": item["title"],
            "url": item["url"],
            "active": bool(current_path) and current_path.startswith(item["url_path"]),
            "current": current_path == item["url_path"],
        }
        for item in site_chrome(request=request)["menu"]
    ]


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    """The footer pages chosen in the site settings, in the active language."""
    request = context.get("request")
    if request is None:
        return []
    return site_chrome(request=request)["footer"]


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """Links to this same page in every site language.

    Wagtail pages link to their translation (slugs may differ between languages); other views
    translate the current URL through the URL resolver.
    """
    request = context.get("request")
    page = context.get("page")
    current_language = get_language()
    translations = {}
    if isinstance(page, Page):
        # One query for every language version of the page.
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            url = translation.get_url(request=request)
        elif request is not None:
            url = _translated_url(request, code)
        else:
            url = None
        links.append({"code": code, "name": name, "url": url, "current": code == current_language})
    return links


def _translated_url(request, language_code: str) -> str:
    """The request's URL in another language, as django.urls.translate_url gives it, but
    reversing the view the request already resolved to instead of resolving its path again."""
    full_path = request.get_full_path()
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name:
        return translate_url(full_path, language_code)
    view = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with override(language_code):
        try:
            path = reverse(view, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return full_path
    query = full_path.partition("?")[2]
    return f"{path}?{query}" if query else path


@register.simple_tag(takes_context=True)
def breadcrumbs(context) -> list[dict]:
    """Ancestors of the current page below the site root, then the page itself."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    crumbs = [
        {"title": ancestor.title, "url": ancestor.get_url(request=request)}
        for ancestor in page.get_ancestors().filter(depth__gte=2).specific(defer=True)
    ]
    crumbs.append({"title": page.title, "url": None})
    return crumbs
