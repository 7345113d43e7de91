from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from content.selectors import site_root

register = template.Library()


@register.simple_tag(takes_context=True)
def main_navigation(context) -> list[dict]:
    """Top-level pages shown in menus, in the active language."""
    request = context.get("request")
    if request is None:
        return []
    root = site_root(request=request)
    if root is None:
        return []
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    items = []
    for child in root.get_children().live().public().in_menu():
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request=request),
                "active": bool(current_path) and current_path.startswith(child.url_path),
                "current": current_path == child.url_path,
            }
        )
    return items


@register.simple_tag(takes_context=True)
def footer_links(context) -> list[dict]:
    """The footer pages chosen in the site settings, in the active language."""
    from content.models import SiteFooter

    request = context.get("request")
    if request is None:
        return []
    links = []
    for block in SiteFooter.for_request(request).links:
        page = block.value
        if page is None or not page.live:
            continue
        page = page.localized
        links.append({"title": page.title, "url": page.get_url(request=request)})
    return links


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
            url = translate_url(request.get_full_path(), code)
        else:
            url = None
        links.append({"code": code, "name": name, "url": url, "current": code == current_language})
    return links


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
