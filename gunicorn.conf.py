"""gunicorn settings for production (`make serve`). Every value can be overridden from the
environment so one file serves every deployment size."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
# gunicorn never takes the client's address from X-Forwarded-For: REMOTE_ADDR stays the proxy's.
# The site derives the client from that header itself (core.client, TRUSTED_PROXY_COUNT); the
# access log shows the header so that each line names the client too.
access_log_format = (
    '%(h)s [%({x-forwarded-for}i)s] %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
)
# Only these peers may tell gunicorn the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "config.wsgi:application"
