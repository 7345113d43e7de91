"""One-off: write exams/demo_questions.py's QUESTIONS as the question bank's YAML files, then
read every file back and check that each question comes out exactly as the demo loader built it.

Run: DJANGO_SETTINGS_MODULE=config.settings.test python scripts/convert_demo_questions.py
"""

import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from exams import demo_questions  # noqa: E402
from exams.demo_loader import BANK_BY_PREFIX, _content  # noqa: E402
from exams.exporters import question_bank_text  # noqa: E402
from exams.importers import QUESTION_BANK_DIR, read_question_bank_file  # noqa: E402
from exams.models import Question, QuestionVersion  # noqa: E402


def in_memory(entry: dict) -> Question:
    question = Question(
        code=entry["code"],
        bank=BANK_BY_PREFIX[entry["code"].split("-")[0]],
        topic=entry["topic"],
        difficulty=entry["difficulty"],
        question_type=entry["type"],
    )
    question.current_version = QuestionVersion(number=1, **_content(entry))
    return question


def main() -> None:
    groups: dict[tuple[str, str], list[Question]] = {}
    for entry in demo_questions.QUESTIONS:
        question = in_memory(entry)
        groups.setdefault((question.bank, question.topic), []).append(question)
    expected = {entry["code"]: entry for entry in demo_questions.QUESTIONS}
    seen = 0
    for (bank, topic), questions in sorted(groups.items()):
        path = QUESTION_BANK_DIR / bank / f"{topic}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        questions.sort(key=lambda question: question.code)
        path.write_text(question_bank_text(bank=bank, topic=topic, questions=questions), "utf-8")
        drafts, errors = read_question_bank_file(path.read_bytes(), source=str(path))
        assert not errors, errors
        for draft in drafts:
            entry = expected[draft.code]
            original = in_memory(entry)
            assert (draft.bank, draft.topic, draft.difficulty, draft.question_type) == (
                original.bank,
                original.topic,
                original.difficulty,
                original.question_type,
            ), draft.code
            built = _content(entry)
            for name, value in draft.content.items():
                assert value == built.get(name, getattr(original.current_version, name)), (
                    draft.code,
                    name,
                )
            seen += 1
    assert seen == len(demo_questions.QUESTIONS), seen
    print(f"{seen} questions in {len(groups)} files, each read back unchanged.")


main()
