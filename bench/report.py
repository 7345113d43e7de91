"""The pure parts of `make bench` (bench/run.py): reading wrk's summary, ratios to /healthz,
the targets of issue 12, and the results files. No server, no database: tests/bench/ tests them.

One way of computing ratios for the whole benchmark: a URL's **throughput** (requests per
second under the same load) divided by /healthz's throughput in the same run, so higher is
better and 0.5 means "half as fast as the bare request path". The CSV export is measured as time
to first byte with one client; its ratio is /healthz's time to first byte, measured the same way
in the same run, divided by the export's (the same "higher is better" reading).
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path

WRK_MARKER = "WRK_JSON "

BASELINE = "baseline"
PUBLIC = "public"
SIGNED_IN = "signed-in"

# Issue 12, "Targets": ratios to /healthz in the same run.
PUBLIC_MIN_RATIO = 0.5
SIGNED_IN_MIN_RATIO = 0.2
# Disclosure search p95 at most this many times an enterprise profile's p95.
SEARCH_MAX_P95_FACTOR = 2.0
# Exam day: p95 save latency at most this, and nothing lost.
EXAM_MAX_SAVE_P95_MS = 1000.0
EXAM_TARGET_EXAMINEES = 2000


@dataclass
class Target:
    name: str
    met: bool | None  # None: could not be judged (no measurement)
    detail: str


@dataclass
class UrlMeasurement:
    label: str
    url: str
    audience: str  # BASELINE, PUBLIC or SIGNED_IN
    method: str = "wrk"  # "wrk" (throughput under load) or "ttfb" (one client, first byte)
    role: str | None = None  # "search" or "profile": compared with each other
    requests: int = 0
    seconds: float = 0.0
    requests_per_second: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    statuses: dict[str, int] = field(default_factory=dict)
    socket_errors: dict[str, int] = field(default_factory=dict)
    ratio: float | None = None
    targets: list[Target] = field(default_factory=list)

    @property
    def errors(self) -> int:
        """Responses other than 200 plus requests that got no response."""
        not_ok = sum(count for status, count in self.statuses.items() if status != "200")
        return not_ok + sum(self.socket_errors.values())

    @property
    def met(self) -> bool | None:
        judged = [target.met for target in self.targets if target.met is not None]
        if not self.targets:
            return None
        if len(judged) < len(self.targets):
            return False if False in judged else None
        return all(judged)


def parse_wrk_output(text: str) -> dict:
    """The JSON line bench/wrk_report.lua prints from its done() callback."""
    for line in text.splitlines():
        if line.startswith(WRK_MARKER):
            return json.loads(line[len(WRK_MARKER) :])
    raise ValueError("wrk printed no summary line (was it run with -s bench/wrk_report.lua?)")


def from_wrk(
    *, label: str, url: str, audience: str, summary: dict, role: str | None = None
) -> UrlMeasurement:
    seconds = summary["duration_us"] / 1_000_000
    latency = summary["latency_us"]
    errors = summary["errors"]
    requests = summary["requests"]
    return UrlMeasurement(
        label=label,
        url=url,
        audience=audience,
        role=role,
        requests=requests,
        seconds=round(seconds, 3),
        requests_per_second=requests / seconds if seconds > 0 else None,
        p50_ms=latency["p50"] / 1000 if requests else None,
        p95_ms=latency["p95"] / 1000 if requests else None,
        p99_ms=latency["p99"] / 1000 if requests else None,
        statuses=dict(summary.get("statuses", {})),
        # wrk's "status" errors are responses >= 400, already in statuses.
        socket_errors={name: count for name, count in errors.items() if name != "status" and count},
    )


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def from_timings(
    *,
    label: str,
    url: str,
    audience: str,
    seconds: list[float],
    statuses: dict[str, int],
    socket_errors: dict[str, int] | None = None,
    wall_seconds: float,
) -> UrlMeasurement:
    """A measurement made by the runner's own client (time to first byte)."""
    milliseconds = [value * 1000 for value in seconds]
    return UrlMeasurement(
        label=label,
        url=url,
        audience=audience,
        method="ttfb",
        requests=sum(statuses.values()) + sum((socket_errors or {}).values()),
        seconds=round(wall_seconds, 3),
        requests_per_second=len(seconds) / wall_seconds if wall_seconds > 0 else None,
        p50_ms=percentile(milliseconds, 0.50),
        p95_ms=percentile(milliseconds, 0.95),
        p99_ms=percentile(milliseconds, 0.99),
        statuses=dict(statuses),
        socket_errors=dict(socket_errors or {}),
    )


def baseline_value(measurements: list[UrlMeasurement], method: str) -> float | None:
    """/healthz's req/s (wrk) or first-byte p50 (ttfb): the mean of its rows of that method.
    /healthz is measured first and again last, so a machine that got busier or quieter during
    the run moves the baseline too, not only the URLs measured late."""
    field_name = "requests_per_second" if method == "wrk" else "p50_ms"
    values = [
        getattr(m, field_name)
        for m in measurements
        if m.audience == BASELINE and m.method == method and getattr(m, field_name)
    ]
    return sum(values) / len(values) if values else None


def compute_ratios(measurements: list[UrlMeasurement]) -> None:
    """Each wrk URL's req/s over /healthz's (wrk); /healthz's first byte over each ttfb URL's."""
    baselines = {method: baseline_value(measurements, method) for method in ("wrk", "ttfb")}
    for measurement in measurements:
        baseline = baselines.get(measurement.method)
        if measurement.method == "wrk":
            value = measurement.requests_per_second
            measurement.ratio = value / baseline if value and baseline else None
        else:
            value = measurement.p50_ms
            measurement.ratio = baseline / value if value and baseline else None


def judge_targets(measurements: list[UrlMeasurement]) -> None:
    """Attach issue 12's targets to each row: ratio floors, and search p95 against profile p95."""
    profile = next((m for m in measurements if m.role == "profile"), None)
    for measurement in measurements:
        measurement.targets = []
        if measurement.audience in (PUBLIC, SIGNED_IN):
            floor = PUBLIC_MIN_RATIO if measurement.audience == PUBLIC else SIGNED_IN_MIN_RATIO
            if measurement.errors or not measurement.requests:
                met = False  # failed responses, or not one response in the time measured
            elif measurement.ratio is None:
                met = None
            else:
                met = measurement.ratio >= floor
            measurement.targets.append(Target(f"ratio >= {floor}", met, fmt(measurement.ratio)))
        if measurement.role == "search":
            if profile is None or profile.p95_ms is None or measurement.p95_ms is None:
                measurement.targets.append(Target("p95 <= 2x profile p95", None, "-"))
            else:
                limit = SEARCH_MAX_P95_FACTOR * profile.p95_ms
                measurement.targets.append(
                    Target(
                        f"p95 <= {SEARCH_MAX_P95_FACTOR:g}x profile p95",
                        measurement.p95_ms <= limit,
                        f"{measurement.p95_ms:.1f} vs {limit:.1f} ms",
                    )
                )


@dataclass
class ExamStep:
    """One step of the exam-day load: ``users`` examinees at once."""

    users: int
    saves_acknowledged: int = 0
    saves_sent: int = 0
    save_errors: int = 0  # saves answered other than 200 {"saved": true}, or not answered
    # Saves while every examinee of the step is seated (after the ramp, before the submits):
    # the target. The p95 of all saves, the ramp's included, is shown beside it.
    save_p50_ms: float | None = None
    save_p95_ms: float | None = None
    save_p99_ms: float | None = None
    save_p95_all_ms: float | None = None
    saves_per_second: float | None = None
    answers_lost: int | None = None
    attempts: int = 0
    attempts_graded_once: int = 0
    requests_failed: int = 0  # every request of the scenario that did not succeed
    locust_cpu_warning: bool = False
    detail: dict = field(default_factory=dict)

    @property
    def met(self) -> bool:
        return (
            self.save_p95_ms is not None
            and self.save_p95_ms <= EXAM_MAX_SAVE_P95_MS
            and self.answers_lost == 0
            and self.attempts > 0
            and self.attempts_graded_once == self.attempts
        )


def largest_sustained(steps: list[ExamStep]) -> int | None:
    """The largest number of examinees of a step that met the target; None if none did."""
    met = [step.users for step in steps if step.met]
    return max(met) if met else None


# --- Output -----------------------------------------------------------------------------------


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def mark(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "-"}[met]


def markdown_table(measurements: list[UrlMeasurement]) -> str:
    lines = [
        "| URL | who | req/s | p50 ms | p95 ms | p99 ms | errors | ratio to /healthz | target | |",
        "|---|---|--:|--:|--:|--:|--:|--:|---|---|",
    ]
    for m in measurements:
        targets = "; ".join(
            f"{t.name} ({t.detail})" if t.name.startswith("p95") else t.name for t in m.targets
        )
        method = " (time to first byte)" if m.method == "ttfb" else ""
        lines.append(
            f"| {m.label}{method} | {m.audience} | {fmt(m.requests_per_second, 1)} "
            f"| {fmt(m.p50_ms, 1)} | {fmt(m.p95_ms, 1)} | {fmt(m.p99_ms, 1)} | {m.errors} "
            f"| {fmt(m.ratio)} | {targets or '-'} | {mark(m.met)} |"
        )
    return "\n".join(lines)


def exam_table(steps: list[ExamStep]) -> str:
    lines = [
        "| examinees | saves acknowledged / sent | saves/s | save p50 ms | p95 ms | p99 ms "
        "| p95 ms, ramp included | failed requests | answers lost | graded exactly once "
        "| p95 <= 1 s, nothing lost |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for s in steps:
        lost = "-" if s.answers_lost is None else str(s.answers_lost)
        lines.append(
            f"| {s.users} | {s.saves_acknowledged} / {s.saves_sent} | "
            f"{fmt(s.saves_per_second, 1)} | {fmt(s.save_p50_ms, 0)} | {fmt(s.save_p95_ms, 0)} | "
            f"{fmt(s.save_p99_ms, 0)} | {fmt(s.save_p95_all_ms, 0)} | {s.requests_failed} | "
            f"{lost} | "
            f"{s.attempts_graded_once} of {s.attempts} | {mark(s.met)} |"
        )
    return "\n".join(lines)


def markdown_report(report: dict) -> str:
    measurements = [measurement_from_dict(row) for row in report["urls"]]
    steps = [exam_step_from_dict(row) for row in report.get("exam_day", {}).get("steps", [])]
    machine = report["machine"]
    server = report["server"]
    parts = [
        f"# `make bench`: {report['started_at']}",
        "",
        f"Machine: {machine['cpu_model']}, {machine['nproc']} cores, {machine['ram_gib']} GiB RAM"
        f" (load average {machine.get('load_average_at_start', ['?'])[0]} at the start); "
        f"database {report['database']}; git {report['git'].get('commit', '?')[:10]}"
        f"{' (dirty)' if report['git'].get('dirty') else ''}.",
        f"Server: gunicorn {server['description']}, settings `{server['settings']}`.",
        f"Load: {report['load']['description']}.",
        "",
        markdown_table(measurements),
    ]
    if steps or report.get("exam_day"):
        exam = report.get("exam_day", {})
        largest = largest_sustained(steps)
        parts += [
            "",
            "## Exam day",
            "",
            exam.get("description", ""),
            "",
            exam_table(steps) if steps else "(not run)",
            "",
            f"Largest number of concurrent examinees with p95 save <= 1 s and nothing lost: "
            f"**{largest if largest is not None else 'none of the steps'}** "
            f"(target >= {EXAM_TARGET_EXAMINEES}: "
            f"{mark(largest is not None and largest >= EXAM_TARGET_EXAMINEES)}).",
        ]
    notes = report.get("notes") or []
    if notes:
        parts += ["", "Notes:", "", *[f"- {note}" for note in notes]]
    return "\n".join(parts) + "\n"


def measurement_from_dict(row: dict) -> UrlMeasurement:
    data = dict(row)
    targets = [Target(**target) for target in data.pop("targets", [])]
    data.pop("errors", None)
    data.pop("met", None)
    return UrlMeasurement(**data, targets=targets)


def measurement_to_dict(measurement: UrlMeasurement) -> dict:
    return {**asdict(measurement), "errors": measurement.errors, "met": measurement.met}


def exam_step_from_dict(row: dict) -> ExamStep:
    data = {key: value for key, value in row.items() if key != "met"}
    return ExamStep(**data)


def exam_step_to_dict(step: ExamStep) -> dict:
    return {**asdict(step), "met": step.met}


def write_results(report: dict, directory: Path, name: str) -> tuple[Path, Path]:
    """``<name>.json`` (everything) and ``<name>.md`` (the tables) in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    json_path = directory / f"{name}.json"
    markdown_path = directory / f"{name}.md"
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    markdown_path.write_text(markdown_report(report))
    return json_path, markdown_path
