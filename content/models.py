from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks as wagtail_blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content import blocks as content_blocks
from content.search import cjk_tokens, plain_text


class CJKSearchableMixin:
    """Adds the CJK token field (see content.search) to a page's search index."""

    cjk_source_fields: tuple[str, ...] = ()

    def cjk_search_text(self) -> str:
        parts = [self.title, self.search_description]
        parts.extend(plain_text(getattr(self, name, "")) for name in self.cjk_source_fields)
        return cjk_tokens(" ".join(parts))


class HomePage(CJKSearchableMixin, Page):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    paths = StreamField(
        [("path", content_blocks.AudiencePathBlock())],
        verbose_name=_("audience paths"),
        blank=True,
    )
    stats_heading = models.CharField(_("statistics heading"), max_length=200, blank=True)
    stats = StreamField(
        [("stat", content_blocks.StatBlock())], verbose_name=_("headline figures"), blank=True
    )
    stats_source = models.CharField(_("source of the figures"), max_length=300, blank=True)
    body = StreamField(content_blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        FieldPanel("paths"),
        MultiFieldPanel(
            [FieldPanel("stats_heading"), FieldPanel("stats"), FieldPanel("stats_source")],
            heading=_("Headline figures"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("cjk_search_text"),
    ]
    cjk_source_fields = ("hero_title", "hero_text", "body")

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from content.selectors import latest_news

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = latest_news(locale=self.locale, limit=3)
        context["news_index"] = (
            NewsIndexPage.objects.live().public().child_of(self).only("pk", "url_path").first()
        )
        return context


class StandardPage(CJKSearchableMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(content_blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("cjk_search_text"),
    ]
    cjk_source_fields = ("intro", "body")

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(CJKSearchableMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("cjk_search_text")]
    cjk_source_fields = ("intro",)
    subpage_types = ["content.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from content.selectors import news_for_index
        from content.views import paginate

        context = super().get_context(request, *args, **kwargs)
        category = request.GET.get("category", "")
        context["categories"] = NewsPage.Category.choices
        context["current_category"] = category if category in NewsPage.Category.values else ""
        context["news_page"] = paginate(
            request, news_for_index(index_page=self, category=context["current_category"])
        )
        return context


class NewsPage(CJKSearchableMixin, Page):
    class Category(models.TextChoices):
        CAMPAIGN = "campaign", _("Public campaign")
        ANNOUNCEMENT = "announcement", _("Announcement")
        TRAINING = "training", _("Training")
        POLICY = "policy", _("Policy")

    date = models.DateField(_("date"))
    category = models.CharField(
        _("category"), max_length=20, choices=Category.choices, default=Category.ANNOUNCEMENT
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    body = StreamField(content_blocks.BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("cjk_search_text"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]
    cjk_source_fields = ("summary", "body")
    parent_page_types = ["content.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")
        ordering = ["-date"]


class RegulationIndexPage(CJKSearchableMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("cjk_search_text")]
    cjk_source_fields = ("intro",)
    subpage_types = ["content.RegulationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("regulation library")

    def get_context(self, request, *args, **kwargs):
        from content.selectors import regulations_for_index

        context = super().get_context(request, *args, **kwargs)
        instrument_type = request.GET.get("type", "")
        bound_party = request.GET.get("binds", "")
        context["instrument_types"] = RegulationPage.InstrumentType.choices
        context["bound_parties"] = RegulationPage.BoundParty.choices
        context["current_type"] = (
            instrument_type if instrument_type in RegulationPage.InstrumentType.values else ""
        )
        context["current_binds"] = (
            bound_party if bound_party in RegulationPage.BoundParty.values else ""
        )
        context["regulations"] = regulations_for_index(
            index_page=self,
            instrument_type=context["current_type"],
            bound_party=context["current_binds"],
        )
        return context


class RegulationPageForm(WagtailAdminPageForm):
    binds = forms.MultipleChoiceField(
        label=_("Binds"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[],
        help_text=_("Who must act under this instrument."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["binds"].choices = RegulationPage.BoundParty.choices


class RegulationPage(CJKSearchableMixin, Page):
    class InstrumentType(models.TextChoices):
        LAW = "law", _("Law")
        MEASURES = "measures", _("Administrative measures")
        RULES = "rules", _("Departmental rules")
        GUIDELINE = "guideline", _("Guideline")
        FUNDING = "funding", _("Funding regulation")

    class Status(models.TextChoices):
        IN_FORCE = "in_force", _("In force")
        AMENDED = "amended", _("Amended by a later revision")
        REPEALED = "repealed", _("Repealed")

    class BoundParty(models.TextChoices):
        ALL_ENTERPRISES = "enterprises", _("All enterprises")
        KEY_ENTERPRISES = "key_enterprises", _("Key (heavily polluting) enterprises")
        AUDITORS = "auditors", _("CP auditors and consultancies")
        AUTHORITIES = "authorities", _("Environmental authorities")
        GOVERNMENTS = "governments", _("Government departments")
        SMES = "smes", _("Small and medium-sized enterprises")

    instrument_type = models.CharField(
        _("type of instrument"), max_length=20, choices=InstrumentType.choices
    )
    issuing_body = models.CharField(_("issuing body"), max_length=300)
    year_issued = models.PositiveSmallIntegerField(_("year issued"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_FORCE
    )
    binds = models.JSONField(_("binds"), default=list, blank=True)
    summary = RichTextField(_("summary"), features=["bold", "italic", "link", "ol", "ul", "h3"])
    body = StreamField(content_blocks.BodyBlock(), verbose_name=_("key provisions"), blank=True)
    related = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related instrument"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("e.g. the law this measure implements, or the revision that amended it."),
    )

    base_form_class = RegulationPageForm
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("instrument_type"),
                FieldPanel("issuing_body"),
                FieldPanel("year_issued"),
                FieldPanel("status"),
                FieldPanel("binds"),
                FieldPanel("related"),
            ],
            heading=_("Instrument"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("issuing_body"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("cjk_search_text"),
        index.FilterField("instrument_type"),
        index.FilterField("year_issued"),
    ]
    cjk_source_fields = ("issuing_body", "summary", "body")
    parent_page_types = ["content.RegulationIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("regulation")
        ordering = ["year_issued"]

    def bound_party_labels(self) -> list[str]:
        labels = dict(self.BoundParty.choices)
        return [labels[code] for code in self.binds if code in labels]


@register_setting(icon="list-ul")
class SiteFooter(BaseSiteSetting):
    """Pages linked from every footer (privacy notice, accessibility statement, ...)."""

    links = StreamField(
        [("page", wagtail_blocks.PageChooserBlock(label=_("Page")))],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Each page is shown in the visitor's language when it has a translation."),
    )

    panels = [FieldPanel("links")]

    class Meta:
        verbose_name = _("site footer")
