"""The examinee's reading of the attempt page and its answers (bench/exam_day.py), and how the
runner sums up the examinees' logs (bench/run.py)."""

import json
import random

import exam_day
import run

ATTEMPT_PAGE = """
<fieldset class="question" id="q-1" data-question="1"
          data-kind="single" aria-describedby="q-1-prompt">
  <input type="radio" id="q1-0" name="q1" value="0"><input type="radio" id="q1-1" name="q1">
  <input type="radio" id="q1-2" name="q1" value="2">
</fieldset>
<fieldset class="question" id="q-2" data-question="2"
          data-kind="multiple" aria-describedby="q-2-prompt">
  <input type="checkbox" id="q2-0"><input type="checkbox" id="q2-1">
</fieldset>
<fieldset id="q-3" data-question="3" data-kind="numeric"></fieldset>
"""


def test_questions_are_read_from_the_attempt_pages_data_attributes():
    assert exam_day.parse_questions(ATTEMPT_PAGE) == {
        1: ("single", 3),
        2: ("multiple", 2),
        3: ("numeric", 0),
    }


def test_answers_have_the_shape_each_kind_of_question_takes():
    rng = random.Random(1)  # noqa: S311  answers, not secrets

    single = exam_day.random_response("single", 3, rng)
    multiple = exam_day.random_response("multiple", 4, rng)
    numeric = exam_day.random_response("numeric", 0, rng)

    assert single in {0, 1, 2}
    assert multiple and multiple == sorted(set(multiple)) and set(multiple) <= {0, 1, 2, 3}
    assert set(numeric) == {"value", "unit"}
    assert isinstance(exam_day.random_response("true_false", 0, rng), bool)
    assert isinstance(exam_day.random_response("short_text", 0, rng), str)


def test_the_logs_of_every_locust_process_are_merged_into_one_step(tmp_path):
    (tmp_path / "exam-log-1.json").write_text(
        json.dumps(
            {
                "attempts": {
                    "7": {"sends": [[1, 0, "ack"], [2, [1], "unknown"]], "submit_acks": 1}
                },
                "saves": [[5.0, 100.0], [12.0, 300.0]],
            }
        )
    )
    (tmp_path / "exam-log-2.json").write_text(
        json.dumps(
            {
                "attempts": {"8": {"sends": [[1, 1, "ack"], [1, 1, "refused"]], "submit_acks": 2}},
                "saves": [[8.0, 200.0], [1.0, 900.0]],
            }
        )
    )

    step = run.exam_step_from_logs(2, tmp_path, locust_output="", seated=(4.0, 20.0))

    assert (step.saves_sent, step.saves_acknowledged, step.save_errors) == (4, 2, 2)
    # The save at 1 s, during the ramp, counts only in the p95 of all saves.
    assert (step.save_p50_ms, step.save_p95_ms, step.save_p95_all_ms) == (200.0, 300.0, 900.0)
    attempts, _saves = run.merged_logs(tmp_path)
    assert attempts["8"]["submit_acks"] == 2


def test_every_examinee_is_seated_once_the_last_one_has_the_attempt_page_open(tmp_path):
    (tmp_path / "exam-log-1.json").write_text(json.dumps({"attempts": {}, "entered": [3.0, 9.5]}))
    (tmp_path / "exam-log-2.json").write_text(json.dumps({"attempts": {}, "entered": [7.25]}))

    assert run.all_seated_at(tmp_path) == 9.5
