from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_translation_keys(apps, schema_editor):
    LessonCompletion = apps.get_model("courses", "LessonCompletion")
    Page = apps.get_model("wagtailcore", "Page")
    LessonCompletion.objects.update(
        lesson_translation_key=Subquery(
            Page.objects.filter(pk=OuterRef("lesson_id")).values("translation_key")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0003_curriculum_load_record"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="lessoncompletion",
            name="lesson_translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(copy_translation_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="lessoncompletion",
            name="lesson_translation_key",
            field=models.UUIDField(editable=False),
        ),
    ]
