"""The pure parts of the exam-day examinee (bench/locustfile_exam.py): reading the attempt page
and making answers. Kept apart from the locustfile because importing locust patches the standard
library with gevent; tests/bench/ tests these without it."""

from __future__ import annotations

import random
import re

QUESTION = re.compile(r'data-question="(\d+)"\s+data-kind="([a-z_]+)"')
OPTION = re.compile(r'id="q(\d+)-(\d+)"')
TEXTS = ("预评估", "pre-assessment", "审核准备", "清洁生产审核", "Phase 2")
UNITS = ("年", "月", "t", "kg", "kWh", "%", "万元", "")


def parse_questions(html: str) -> dict[int, tuple[str, int]]:
    """position -> (kind, number of options), from the attempt page's data attributes, as the
    page's own script reads them. Two passes over the page whatever its length: one locust
    process reads thousands of these while it times the saves."""
    options: dict[int, set[str]] = {}
    for match in OPTION.finditer(html):
        options.setdefault(int(match.group(1)), set()).add(match.group(2))
    return {
        int(position): (kind, len(options.get(int(position), ())))
        for position, kind in QUESTION.findall(html)
    }


def random_response(kind: str, options: int, rng: random.Random):
    """A well-formed answer of ``kind``, options in display order (as the page sends them)."""
    if kind == "single":
        return rng.randrange(max(options, 1))
    if kind == "multiple":
        count = max(options, 1)
        return sorted(rng.sample(range(count), rng.randint(1, count)))
    if kind == "true_false":
        return rng.random() < 0.5
    if kind == "numeric":
        return {"value": f"{rng.uniform(0, 5000):.2f}", "unit": rng.choice(UNITS)}
    return rng.choice(TEXTS) + ("" if rng.random() < 0.7 else f" {rng.randrange(99)}")
