import secrets

from django import template
from django.conf import settings
from django.http.request import split_domain_port
from django.middleware.csrf import get_token
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from wagtail.models import Page

from content.selectors import site_chrome
from core import page_cache

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
    if isinstance(page, Page):
        return _kept_for_page(
            request, page, "language-links", lambda: _language_links(request, page)
        )
    return _language_links(request, None)


def _kept_for_page(request, page: Page, name: str, compute):
    """What a tag derives from pages alone, kept until the content changes (per site, since
    page URLs are relative only on their own site, and per language)."""
    if request is None:
        return compute()
    return page_cache.kept(
        scope=page_cache.CONTENT,
        name=name,
        parts=[
            page.pk,
            split_domain_port(request._get_raw_host())[0],
            request.get_port(),
            get_language() or "",
        ],
        compute=compute,
        request=request,
    )


def _language_links(request, page: Page | None) -> list[dict]:
    current_language = get_language()
    translations = {}
    if page is not None:
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
    crumbs = _kept_for_page(
        request,
        page,
        "breadcrumbs",
        lambda: [
            {"title": ancestor.title, "url": ancestor.get_url(request=request)}
            for ancestor in page.get_ancestors().filter(depth__gte=2).specific(defer=True)
        ],
    )
    # The page's own title as this request has it (a preview shows its draft title).
    return [*crumbs, {"title": page.title, "url": None}]


@register.simple_tag(takes_context=True)
def page_body(context, page: Page, field_name: str = "body"):
    """A page's StreamField rendered block by block, as ``{% include_block %}`` renders each,
    kept until the content changes: a lesson's blocks are the same for every learner who opens
    it. A preview renders its draft afresh (the kept version is the live page's)."""
    request = context.get("request")

    def render() -> str:
        blocks_context = context.flatten()
        return "".join(
            conditional_escape(block.render_as_block(context=blocks_context))
            for block in getattr(page, field_name)
        )

    if request is None or page.pk is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # noqa: S308  (each block is escaped by conditional_escape)
    return mark_safe(  # noqa: S308  (rendered by render() above, blocks escaped)
        _kept_for_page(request, page, f"page-body:{field_name}", render)
    )


class KeptNode(template.Node):
    def __init__(self, nodelist, name, parts):
        self.nodelist = nodelist
        self.name = name
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)

        def render_fragment() -> tuple[str, str] | None:
            # Forms inside get a placeholder for the CSRF token, which every use replaces with
            # the request's own; random, so no text a user wrote can contain it.
            placeholder = f"csrf-placeholder-{secrets.token_hex(16)}"
            with context.push(csrf_token=placeholder):
                html = str(self.nodelist.render(context))
            if "nonce=" in html:  # a script's nonce belongs to one response
                if settings.DEBUG:
                    raise template.TemplateSyntaxError(f"{{% kept {self.name!r} %}} holds a nonce")
                return None
            return placeholder, html

        kept = page_cache.kept(
            scope=page_cache.CONTENT,
            name=f"fragment:{self.name}",
            parts=[
                split_domain_port(request._get_raw_host())[0],
                request.get_port(),
                get_language() or "",
                *(part.resolve(context) for part in self.parts),
            ],
            compute=render_fragment,
            request=request,
        )
        if kept is None:
            return self.nodelist.render(context)
        placeholder, html = kept
        if placeholder in html:
            # The context's token (one per response, as {% csrf_token %} would show it).
            token = context.get("csrf_token") or get_token(request)
            html = html.replace(placeholder, str(token))
        return mark_safe(html)  # noqa: S308  (rendered by this template, autoescaped)


@register.tag
def kept(parser, token):
    """``{% kept "name" value ... %}…{% endkept %}``: the enclosed template, rendered once and
    kept until the content changes (``core.page_cache.kept``, content scope), per site and
    language and per the values given, which must include everything the fragment shows that
    is not page content: a learner's progress, the path. CSRF tokens inside are the request's
    own; a fragment with a script nonce is never kept (in development it is an error)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% kept %} needs a fragment name")
    name = bits[1].strip("\"'")
    parts = [parser.compile_filter(bit) for bit in bits[2:]]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, name, parts)
