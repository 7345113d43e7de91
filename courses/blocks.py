"""StreamField blocks for lessons: the content blocks plus video, glossary and self-check."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from content.blocks import BodyBlock


class VideoBlock(blocks.StructBlock):
    """A video hosted by us (uploaded as a document) or embedded from an approved provider."""

    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file uploaded here.")
    )
    embed = EmbedBlock(label=_("Or embed from a video site"), required=False)
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.TextBlock(
        label=_("Transcript"), required=False, help_text=_("For people who cannot hear it.")
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("embed"):
            raise StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose a video file or an embed."))}
            )
        return value


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"))
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "snippet"
        label = _("Glossary term")
        template = "courses/blocks/glossary.html"


class SelfCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"))
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback shown when chosen"))


class SelfCheckBlock(blocks.StructBlock):
    """An ungraded question with instant feedback, to check understanding while reading."""

    question = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(SelfCheckOptionBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)

    class Meta:
        icon = "help"
        label = _("Self-check question")
        template = "courses/blocks/self_check.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(_("Mark at least one answer correct."))}
            )
        return value


class LessonBodyBlock(BodyBlock):
    video = VideoBlock()
    glossary = GlossaryTermBlock()
    self_check = SelfCheckBlock()
