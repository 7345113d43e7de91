"""The pure parts of `make bench` (bench/report.py): wrk's summary, ratios, targets, results."""

import json

import pytest
import report

WRK_STDOUT = """Running 5s test @ http://127.0.0.1:8000/healthz
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    10.49ms    2.10ms  40.12ms   90.00%
  4000 requests in 5.00s, 1.20MB read
Requests/sec:    800.00
WRK_JSON {"requests": 4000, "duration_us": 5000000, "bytes": 1200000, "errors": {"connect": 0, \
"read": 2, "write": 0, "status": 3, "timeout": 1}, "latency_us": {"min": 900, "mean": 10490.5, \
"max": 40120, "p50": 9800, "p90": 13000, "p95": 15500, "p99": 30250}, \
"statuses": {"200": 3997, "500": 3}}
"""


def summary(requests: int, *, p95_us: int = 20000, statuses: dict | None = None) -> dict:
    return {
        "requests": requests,
        "duration_us": 5_000_000,
        "bytes": 0,
        "errors": {"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0},
        "latency_us": {
            "min": 1,
            "mean": 1.0,
            "max": p95_us * 2,
            "p50": p95_us // 2,
            "p90": p95_us,
            "p95": p95_us,
            "p99": p95_us * 2,
        },
        "statuses": statuses if statuses is not None else {"200": requests},
    }


def measure(label, audience, requests, **options):
    role = options.pop("role", None)
    return report.from_wrk(
        label=label,
        url=f"/{label}",
        audience=audience,
        role=role,
        summary=summary(requests, **options),
    )


def test_the_summary_line_of_the_lua_script_is_read_among_wrks_own_output():
    parsed = report.parse_wrk_output(WRK_STDOUT)

    assert parsed["requests"] == 4000
    assert parsed["latency_us"]["p99"] == 30250
    assert parsed["statuses"] == {"200": 3997, "500": 3}


def test_output_without_the_summary_line_is_refused():
    with pytest.raises(ValueError, match="no summary line"):
        report.parse_wrk_output("Requests/sec: 800.00\n")


def test_a_wrk_summary_becomes_throughput_percentiles_and_errors():
    measurement = report.from_wrk(
        label="/healthz",
        url="/healthz",
        audience=report.BASELINE,
        summary=report.parse_wrk_output(WRK_STDOUT),
    )

    assert measurement.requests_per_second == pytest.approx(800.0)
    assert (measurement.p50_ms, measurement.p95_ms, measurement.p99_ms) == (9.8, 15.5, 30.25)
    # Three 500s and three requests without a response; wrk's "status" errors are the 500s.
    assert measurement.socket_errors == {"read": 2, "timeout": 1}
    assert measurement.errors == 6


def test_ratios_are_throughput_over_the_baselines_in_the_same_run():
    baseline = measure("healthz", report.BASELINE, 4000)
    page = measure("page", report.PUBLIC, 1000)

    report.compute_ratios([baseline, page])

    assert baseline.ratio == pytest.approx(1.0)
    assert page.ratio == pytest.approx(0.25)


def test_first_byte_ratios_compare_with_the_first_byte_of_healthz():
    baseline = report.from_timings(
        label="/healthz",
        url="/healthz",
        audience=report.BASELINE,
        seconds=[0.002] * 10,
        statuses={"200": 10},
        wall_seconds=1.0,
    )
    export = report.from_timings(
        label="csv",
        url="/api/v1/disclosures.csv",
        audience=report.PUBLIC,
        seconds=[0.008] * 10,
        statuses={"200": 10},
        wall_seconds=1.0,
    )
    wrk_baseline = measure("healthz", report.BASELINE, 4000)

    report.compute_ratios([wrk_baseline, baseline, export])

    assert export.method == "ttfb"
    assert export.ratio == pytest.approx(0.25)


def test_public_rows_need_half_of_healthz_and_signed_in_rows_a_fifth():
    rows = [
        measure("healthz", report.BASELINE, 1000),
        measure("fast-public", report.PUBLIC, 500),
        measure("slow-public", report.PUBLIC, 499),
        measure("signed-in", report.SIGNED_IN, 200),
        measure("slow-signed-in", report.SIGNED_IN, 199),
    ]
    report.compute_ratios(rows)

    report.judge_targets(rows)

    assert [row.met for row in rows] == [None, True, False, True, False]


def test_a_row_with_failed_responses_misses_its_target_whatever_its_speed():
    rows = [
        measure("healthz", report.BASELINE, 1000),
        measure("broken", report.PUBLIC, 2000, statuses={"200": 1990, "500": 10}),
    ]
    report.compute_ratios(rows)

    report.judge_targets(rows)

    assert rows[1].met is False


def test_search_p95_is_held_to_twice_the_profiles_p95():
    rows = [
        measure("healthz", report.BASELINE, 1000),
        measure("profile", report.PUBLIC, 900, p95_us=10_000, role="profile"),
        measure("search-ok", report.PUBLIC, 900, p95_us=20_000, role="search"),
        measure("search-slow", report.PUBLIC, 900, p95_us=20_001, role="search"),
    ]
    report.compute_ratios(rows)

    report.judge_targets(rows)

    assert [row.met for row in rows[2:]] == [True, False]
    assert rows[3].targets[-1].detail == "20.0 vs 20.0 ms"


def test_the_largest_sustained_exam_step_is_the_largest_that_met_its_target():
    ok = {"answers_lost": 0, "attempts": 10, "attempts_graded_once": 10}
    steps = [
        report.ExamStep(users=500, save_p95_ms=300, **ok),
        report.ExamStep(users=1000, save_p95_ms=900, **ok),
        report.ExamStep(users=2000, save_p95_ms=1500, **ok),
    ]

    assert report.largest_sustained(steps) == 1000


def test_an_exam_step_that_lost_an_answer_or_graded_twice_misses():
    lost = report.ExamStep(
        users=10, save_p95_ms=10, answers_lost=1, attempts=10, attempts_graded_once=10
    )
    twice = report.ExamStep(
        users=10, save_p95_ms=10, answers_lost=0, attempts=10, attempts_graded_once=9
    )

    assert not lost.met
    assert not twice.met
    assert report.largest_sustained([lost, twice]) is None


def test_results_are_written_as_json_and_a_markdown_table(tmp_path):
    rows = [
        measure("healthz", report.BASELINE, 1000),
        measure("news", report.PUBLIC, 400),
    ]
    report.compute_ratios(rows)
    report.judge_targets(rows)
    step = report.ExamStep(
        users=2000, save_p95_ms=420, answers_lost=0, attempts=2000, attempts_graded_once=2000
    )
    result = {
        "started_at": "2026-12-07T18:00:00+00:00",
        "machine": {
            "cpu_model": "Test CPU",
            "nproc": 2,
            "ram_gib": 23.4,
            "load_average_at_start": [0.5, 0.4, 0.3],
        },
        "database": "PostgreSQL 15",
        "git": {"commit": "0123456789abcdef", "dirty": False},
        "server": {"description": "sync workers: 5", "settings": "bench.settings"},
        "load": {"description": "wrk"},
        "urls": [report.measurement_to_dict(row) for row in rows],
        "exam_day": {"description": "locust", "steps": [report.exam_step_to_dict(step)]},
    }

    json_path, markdown_path = report.write_results(result, tmp_path, "2026-12-07-postgresql")

    assert json.loads(json_path.read_text())["urls"][1]["ratio"] == pytest.approx(0.4)
    markdown = markdown_path.read_text()
    assert (
        "| news | public | 80.0 | 10.0 | 20.0 | 40.0 | 0 | 0.40 | ratio >= 0.5 | **missed** |"
        in (markdown)
    )
    assert "Test CPU, 2 cores, 23.4 GiB RAM (load average 0.5 at the start);" in markdown
    assert "database PostgreSQL 15" in markdown
    assert "| 2000 | 0 / 0 |" in markdown
    assert "and nothing lost: **2000** (target >= 2000: met)" in markdown


def test_a_row_without_a_single_completed_request_misses_its_target():
    rows = [measure("healthz", report.BASELINE, 1000), measure("stuck", report.PUBLIC, 0)]
    report.compute_ratios(rows)

    report.judge_targets(rows)

    assert rows[1].met is False


def test_the_baseline_is_the_mean_of_healthz_measured_first_and_last():
    first = measure("healthz", report.BASELINE, 4000)
    page = measure("page", report.PUBLIC, 1500)
    last = measure("healthz-again", report.BASELINE, 2000)

    report.compute_ratios([first, page, last])

    assert page.ratio == pytest.approx(0.5)
    assert (first.ratio, last.ratio) == (pytest.approx(4 / 3), pytest.approx(2 / 3))
