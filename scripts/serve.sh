#!/usr/bin/env bash
# `make serve`: the whole site as one foreground command: gunicorn (the web), django-tasks-db's
# worker (emails, PDFs, dumps, reminders, closing expired attempts) and the scheduler loop
# (background/schedule.py). Ctrl+C or SIGTERM stops all three; when one of them exits, the
# others are stopped too, so whoever supervises this command sees the failure.
# Production runs the same three as systemd units instead (docs/deployment.md, section 3).
set -uo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.production}"

children=()
stop_all() {
    trap - EXIT INT TERM
    for pid in "${children[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    wait
}
trap stop_all EXIT INT TERM

# The worker serves the database backend only (TASKS_BACKEND=immediate runs tasks in requests).
if [ "${TASKS_BACKEND:-database}" = "database" ]; then
    "$PY" manage.py db_worker --no-reload --interval 1 &
    children+=($!)
fi
"$PY" manage.py run_scheduled_tasks --loop &
children+=($!)
.venv/bin/gunicorn -c gunicorn.conf.py &
children+=($!)

# The first of them to exit ends the others (the EXIT trap).
wait -n
exit $?
