"""StreamField blocks shared by content pages (and, later, lessons)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Figure")
        template = "content/blocks/figure.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("key_point", _("Key point")),
            ("regulation", _("Regulation reference")),
            ("example", _("Worked example")),
            ("warning", _("Warning")),
        ],
        default="key_point",
    )
    title = blocks.CharBlock(label=_("Title"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "content/blocks/callout.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "content/blocks/document.html"


class StatBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Value"), help_text=_("e.g. 380 million"))
    unit = blocks.CharBlock(label=_("Unit"), required=False, help_text=_("e.g. tonnes"))
    label = blocks.CharBlock(label=_("What it measures"))

    class Meta:
        icon = "table"
        label = _("Headline figure")
        template = "content/blocks/stat.html"


class AudiencePathBlock(blocks.StructBlock):
    """One of the home page's entry points: learn, verify, disclose, embed."""

    icon = blocks.ChoiceBlock(
        label=_("Icon"),
        choices=[
            ("learn", _("Learn")),
            ("verify", _("Verify")),
            ("disclose", _("Disclose")),
            ("embed", _("Embed")),
        ],
    )
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(label=_("Text"))
    link_page = blocks.PageChooserBlock(label=_("Link to page"), required=False)
    link_url = blocks.CharBlock(
        label=_("Or link to a path"), required=False, help_text=_("e.g. /verify/")
    )
    link_text = blocks.CharBlock(label=_("Link text"))

    class Meta:
        icon = "link"
        label = _("Audience path")
        template = "content/blocks/audience_path.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Section heading"), form_classname="title", template="content/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Paragraph"))
    figure = FigureBlock()
    callout = CalloutBlock()
    table = TableBlock(label=_("Table"), template="content/blocks/table.html")
    document = DocumentLinkBlock()
    embed = EmbedBlock(label=_("Embedded media"), max_width=960)

    class Meta:
        block_counts = {}
