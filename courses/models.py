import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from content import blocks as content_blocks
from content.models import CJKSearchableMixin
from courses.blocks import LessonBodyBlock


class CourseIndexPage(CJKSearchableMixin, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("cjk_search_text")]
    cjk_source_fields = ("intro",)
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import CatalogueFilters, catalogue_courses

        context = super().get_context(request, *args, **kwargs)
        filters = CatalogueFilters.from_query(request.GET)
        context["filters"] = filters
        context["courses"] = catalogue_courses(index_page=self, filters=filters)
        context["tracks"] = CoursePage.Track.choices
        context["instruction_languages"] = CoursePage.InstructionLanguage.choices
        context["formats"] = CatalogueFilters.FORMAT_CHOICES
        return context


class CoursePage(CJKSearchableMixin, Page):
    class Track(models.TextChoices):
        AUDITOR = "auditor", _("Auditor vocational course")
        OFFICER = "officer", _("Officer training")
        UNIVERSITY = "university", _("University module")

    class InstructionLanguage(models.TextChoices):
        CHINESE = "zh-hans", _("Chinese")
        ENGLISH = "en", _("English")
        BILINGUAL = "bilingual", _("Chinese and English")

    class CompletionRule(models.TextChoices):
        ALL_LESSONS = "all_lessons", _("Complete every lesson")
        REQUIRED_LESSONS = "required_lessons", _("Complete every required lesson")

    track = models.CharField(_("track"), max_length=20, choices=Track.choices)
    summary = models.TextField(_("summary"))
    audience = models.TextField(_("who it is for"))
    learning_outcomes = models.TextField(
        _("learning outcomes"), help_text=_("One outcome per line.")
    )
    duration_days = models.PositiveSmallIntegerField(_("duration in days"), null=True, blank=True)
    duration_hours = models.PositiveSmallIntegerField(_("duration in hours"))
    prerequisites = RichTextField(
        _("prerequisites"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    certificate_validity_years = models.PositiveSmallIntegerField(
        _("certificate valid for (years)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the certificate does not expire."),
    )
    instruction_language = models.CharField(
        _("language of instruction"),
        max_length=10,
        choices=InstructionLanguage.choices,
        default=InstructionLanguage.BILINGUAL,
    )
    self_paced = models.BooleanField(
        _("open for self-paced enrolment"),
        default=True,
        help_text=_("Trainees may enrol at any time and study at their own pace."),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.REQUIRED_LESSONS,
    )
    attendance_required = models.BooleanField(
        _("in-person cohorts must attend every day"),
        default=False,
        help_text=_("Instructors record attendance for each day of an in-person cohort."),
    )
    final_exam_intro = RichTextField(
        _("about the final exam"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    body = StreamField(content_blocks.BodyBlock(), verbose_name=_("course description"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("track"),
                FieldPanel("audience"),
                FieldPanel("learning_outcomes"),
                FieldPanel("prerequisites"),
                FieldPanel("instruction_language"),
                FieldPanel("duration_days"),
                FieldPanel("duration_hours"),
                FieldPanel("certificate_validity_years"),
            ],
            heading=_("Course facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("self_paced"),
                FieldPanel("completion_rule"),
                FieldPanel("attendance_required"),
                FieldPanel("final_exam_intro"),
            ],
            heading=_("Enrolment and completion"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("audience"),
        index.SearchField("learning_outcomes"),
        index.SearchField("cjk_search_text"),
        index.FilterField("track"),
    ]
    cjk_source_fields = ("summary", "audience", "learning_outcomes", "body")
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.CourseUnitPage"]

    class Meta:
        verbose_name = _("course")

    def outcome_list(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_page_state

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_state(course=self, user=request.user, request=request))
        return context


class CourseUnitPage(CJKSearchableMixin, Page):
    """A day of a course, or a module."""

    number = models.PositiveSmallIntegerField(_("number"))
    summary = models.TextField(_("summary"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("number"), FieldPanel("summary")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("cjk_search_text"),
    ]
    cjk_source_fields = ("summary",)
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course unit")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_page_state

        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context["course"] = course
        context.update(course_page_state(course=course, user=request.user, request=request))
        return context


class LessonPage(CJKSearchableMixin, Page):
    summary = models.TextField(_("summary"), blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated time (minutes)"))
    required = models.BooleanField(
        _("required"), default=True, help_text=_("Required lessons count towards completion.")
    )
    preview = models.BooleanField(
        _("public preview"),
        default=False,
        help_text=_("Anyone may read this lesson without enrolling."),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("estimated_minutes"), FieldPanel("required"), FieldPanel("preview")],
            heading=_("Lesson settings"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("cjk_search_text"),
    ]
    cjk_source_fields = ("summary", "body")
    parent_page_types = ["courses.CourseUnitPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        from django.template.response import TemplateResponse

        from courses.selectors import lesson_page_state
        from courses.services import record_lesson_visit

        state = lesson_page_state(lesson=self, user=request.user, request=request)
        context = self.get_context(request, *args, **kwargs)
        context.update(state)
        if not state["can_read"]:
            # The outline stays public; the body needs an enrolment.
            return TemplateResponse(request, "courses/lesson_locked.html", context, status=403)
        if state["enrolment"] is not None:
            record_lesson_visit(enrolment=state["enrolment"], lesson=self)
        return TemplateResponse(request, self.get_template(request), context)


class Cohort(models.Model):
    """A scheduled run of a course, with dates, a place, a capacity and an instructor."""

    class Delivery(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online, live")
        BLENDED = "blended", _("Blended")

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.PROTECT, related_name="cohorts"
    )
    name = models.CharField(_("name"), max_length=200)
    delivery = models.CharField(_("delivery"), max_length=20, choices=Delivery.choices)
    location = models.CharField(_("place"), max_length=300, blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    capacity = models.PositiveIntegerField(_("places"))
    instructor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("instructor"),
        on_delete=models.PROTECT,
        related_name="cohorts_taught",
    )
    enrolment_opens = models.DateTimeField(_("enrolment opens"))
    enrolment_closes = models.DateTimeField(_("enrolment closes"))

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["starts_on", "pk"]
        # Whoever holds it schedules every cohort and chooses who teaches it; instructors
        # without it see and edit only the cohorts they were given.
        permissions = [("assign_cohort_instructor", _("Can assign a cohort's instructor"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="cohort_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(enrolment_closes__gt=models.F("enrolment_opens")),
                name="cohort_enrolment_window_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def takes_attendance(self) -> bool:
        return self.delivery in {self.Delivery.IN_PERSON, self.Delivery.BLENDED}

    def days(self) -> list[datetime.date]:
        count = (self.ends_on - self.starts_on).days + 1
        return [self.starts_on + datetime.timedelta(days=offset) for offset in range(count)]


class Enrolment(models.Model):
    """One trainee's enrolment in a course; withdrawals are kept, re-enrolment adds a row."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Enrolled")
        WAITLISTED = "waitlisted", _("On the waiting list")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        COMPLETED = "completed", _("Completed")

    OPEN_STATUSES = (Status.ACTIVE, Status.WAITLISTED)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    # Always the course in the site's default language, so progress is shared across languages.
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.PROTECT, related_name="enrolments"
    )
    cohort = models.ForeignKey(
        Cohort,
        verbose_name=_("cohort"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrolments",
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("moved off the waiting list at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(status__in=["active", "waitlisted"]),
                name="one_open_enrolment_per_course",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course}"

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES


class LessonCompletion(models.Model):
    class Method(models.TextChoices):
        EXPLICIT = "explicit", _("Marked complete")
        REACHED_END = "reached_end", _("Reached the end")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    # The lesson in the default language; translations share its translation key.
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    # The lesson's translation key, copied when the completion is recorded: every signed-in
    # course page reads a learner's completions by key, and this spares that read two joins.
    lesson_translation_key = models.UUIDField(editable=False)
    method = models.CharField(max_length=20, choices=Method.choices)
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_completion_per_lesson")
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson}"

    def save(self, *args, **kwargs):
        if self.lesson_translation_key is None:
            self.lesson_translation_key = self.lesson.translation_key
        super().save(*args, **kwargs)


class Attendance(models.Model):
    """Whether a trainee attended one day of an in-person cohort, as recorded by its instructor."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attendance")
    day = models.DateField(_("day"))
    present = models.BooleanField(_("present"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "day"], name="one_attendance_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} · {self.day}"


class CurriculumLoadRecord(models.Model):
    """What ``load_curriculum`` last wrote to a page, to tell its own changes from editors'.

    If the page's latest revision no longer matches ``content_hash``, an editor changed it in
    the admin since, and the next load reports the drift instead of overwriting it.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="curriculum_load_record"
    )
    source = models.CharField(_("source file"), max_length=500)
    content_hash = models.CharField(_("content hash"), max_length=64)
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)

    class Meta:
        verbose_name = _("curriculum load record")
        verbose_name_plural = _("curriculum load records")

    def __str__(self) -> str:
        return self.source
