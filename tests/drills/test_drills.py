"""Operational drills (issue 12, items 6 and 7), run by `make test-slow`: each starts real
gunicorn nodes with production settings on a scratch PostgreSQL database and Redis database 8
(scripts/drill_support.py). The scripts print every check; a failure shows their output.

The fault drill restarts the PostgreSQL cluster, as CI does. On a machine where others are using
the same server, DRILL_POSTGRES_OUTAGE=cut-off takes only the drill's own database away instead.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DRILL_TIMEOUT = 900


def run_drill(script: str, *args: str) -> subprocess.CompletedProcess:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=DRILL_TIMEOUT,
    )
    print(completed.stdout)
    print(completed.stderr, file=sys.stderr)
    return completed


@pytest.mark.slow
def test_two_app_nodes_share_sessions_rate_limits_caches_and_media():
    completed = run_drill("drill_two_nodes.py")

    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-3000:]
    assert "two-node drill passed" in completed.stdout


@pytest.mark.slow
def test_a_killed_worker_and_a_postgres_restart_lose_no_acknowledged_answer():
    outage = os.environ.get("DRILL_POSTGRES_OUTAGE", "restart")

    completed = run_drill("drill_faults.py", "--outage", outage)

    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-3000:]
    assert "no acknowledged answer lost" in completed.stdout
    assert "each of the 30 attempts was graded exactly once" in completed.stdout
