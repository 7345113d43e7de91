"""One-off: write the course literals (courses/demo_course*.py) as curriculum files.

    .venv/bin/python scripts/convert_course_literals.py [target folder]

Reads the files back and stops with an error unless every page field and every block comes
back exactly as the literals have it, so nothing is retyped or lost on the way.
"""

import os
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from courses import demo_courses  # noqa: E402
from courses.curriculum_files import (  # noqa: E402
    LANGUAGES,
    CurriculumNode,
    read_curriculum,
    render_curriculum,
    write_files,
)
from courses.curriculum_markdown import canonical_html  # noqa: E402
from courses.curriculum_sync import canonical_block  # noqa: E402


def _course_text(text: dict) -> dict:
    return {
        "title": text["title"],
        "summary": text["summary"],
        "audience": text["audience"],
        "learning_outcomes": "\n".join(text["learning_outcomes"]),
        "prerequisites": canonical_html(text["prerequisites"]),
        "final_exam_intro": canonical_html(text["final_exam_intro"]),
        "body": [],
    }


def _body(blocks: list) -> list[dict]:
    return [
        {"type": block_type, "value": canonical_block(block_type, value)}
        for block_type, value in blocks
    ]


def literal_catalogue() -> CurriculumNode:
    index = demo_courses.COURSE_INDEX
    catalogue = CurriculumNode(
        kind="catalogue",
        slug=index["slug"],
        source="demo_courses.COURSE_INDEX",
        key_path=f"catalogue/{index['slug']}",
        fields={
            language: {
                "show_in_menus": True,
                "title": index[language]["title"],
                "intro": index[language]["intro"],
            }
            for language in LANGUAGES
        },
    )
    shared_course = (
        "track",
        "completion_rule",
        "attendance_required",
        "self_paced",
        "duration_days",
        "duration_hours",
        "certificate_validity_years",
        "instruction_language",
    )
    for entry in demo_courses.COURSES:
        course = CurriculumNode(
            kind="course",
            slug=entry["slug"],
            source=entry["slug"],
            key_path=f"course/{entry['slug']}",
            fields={
                language: {
                    **{name: entry[name] for name in shared_course},
                    **_course_text(entry[language]),
                }
                for language in LANGUAGES
            },
        )
        catalogue.children.append(course)
        for unit_entry in entry["units"]:
            unit = CurriculumNode(
                kind="unit",
                slug=unit_entry["slug"],
                source=unit_entry["slug"],
                key_path=f"{course.key_path}/{unit_entry['slug']}",
                fields={
                    language: {
                        "number": unit_entry["number"],
                        "title": unit_entry[language]["title"],
                        "summary": unit_entry[language]["summary"],
                    }
                    for language in LANGUAGES
                },
            )
            course.children.append(unit)
            for lesson_entry in unit_entry["lessons"]:
                unit.children.append(
                    CurriculumNode(
                        kind="lesson",
                        slug=lesson_entry["slug"],
                        source=lesson_entry["slug"],
                        key_path=f"{unit.key_path}/{lesson_entry['slug']}",
                        fields={
                            language: {
                                "estimated_minutes": lesson_entry["estimated_minutes"],
                                "required": lesson_entry["required"],
                                "preview": lesson_entry["preview"],
                                "title": lesson_entry[language]["title"],
                                "summary": lesson_entry[language]["summary"],
                                "body": _body(lesson_entry[language]["body"]),
                            }
                            for language in LANGUAGES
                        },
                    )
                )
    return catalogue


def _compare(expected: CurriculumNode, found: CurriculumNode, differences: list[str]) -> None:
    if expected.slug != found.slug or len(expected.children) != len(found.children):
        differences.append(f"{expected.key_path}: structure differs")
        return
    for language in LANGUAGES:
        for name, value in expected.fields[language].items():
            if found.fields[language].get(name) != value:
                differences.append(f"{expected.key_path} {language} {name} differs")
    for expected_child, found_child in zip(expected.children, found.children, strict=True):
        _compare(expected_child, found_child, differences)


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPOSITORY / "courses" / "curriculum"
    catalogue = literal_catalogue()
    files, problems = render_curriculum(catalogue)
    if problems:
        print("\n".join(str(problem) for problem in problems), file=sys.stderr)
        return 1
    write_files(files, target)
    found, problems = read_curriculum(target)
    if problems or found is None:
        print("\n".join(str(problem) for problem in problems), file=sys.stderr)
        return 1
    differences: list[str] = []
    _compare(catalogue, found, differences)
    if differences:
        print("\n".join(differences), file=sys.stderr)
        return 1
    print(f"Wrote {len(files)} files to {target}; they read back exactly as the literals.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
