#!/usr/bin/env bash
# `make serve`: the whole site as one foreground command: gunicorn (the web), django-tasks-db's
# worker (emails, PDFs, dumps, reminders, closing expired attempts) and the scheduler loop
# (background/schedule.py). Ctrl+C or SIGTERM stops all three; the worker and the scheduler are
# restarted if they exit, and when gunicorn exits the others are stopped too.
# Production runs the same three as systemd units instead (docs/deployment.md, section 3).
set -uo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.production}"

children=()
stop_all() {
    trap - EXIT INT TERM
    for pid in "${children[@]}"; do
        # The restart loops first (so they start nothing new), then what they run.
        grandchildren=$(pgrep -P "$pid" || true)
        kill -TERM "$pid" 2>/dev/null || true
        for inner in $grandchildren; do
            kill -TERM "$inner" 2>/dev/null || true
        done
    done
    wait
}
trap stop_all EXIT INT TERM

# The worker and the scheduler are started again when they exit: a database restart stops
# them with an error, and tasks wait in the database meanwhile.
keep_running() {
    while :; do
        "$@"
        echo "serve.sh: '$*' exited with $?; starting it again in 5 s" >&2
        sleep 5
    done
}

# The worker serves the database backend only (TASKS_BACKEND=immediate runs tasks in requests).
if [ "${TASKS_BACKEND:-database}" = "database" ]; then
    keep_running "$PY" manage.py db_worker --no-reload --interval 1 &
    children+=($!)
fi
keep_running "$PY" manage.py run_scheduled_tasks --loop &
children+=($!)
.venv/bin/gunicorn -c gunicorn.conf.py &
children+=($!)

# When gunicorn exits, the EXIT trap stops the others.
wait -n
exit $?
