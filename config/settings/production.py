"""Production: everything secret or site-specific comes from the environment."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL in production.")

# Persistent database connections: opening one per request was most of what /healthz cost.
# Django checks a reused connection before each request, so after a database restart a worker
# reconnects instead of failing the request.
try:
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))
except ValueError:
    DATABASES["default"]["CONN_MAX_AGE"] = -1
if DATABASES["default"]["CONN_MAX_AGE"] < 0:
    raise ImproperlyConfigured(
        "DATABASE_CONN_MAX_AGE must be the seconds a worker keeps its database connection "
        "(0 opens one per request)."
    )
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# Rate limits (certificate look-ups, the open-data API, allauth's login and sign-up limits) are
# counts in the cache. A per-process memory cache gives every worker its own counts, which
# limit nothing: production needs the shared Redis.
if not os.environ.get("REDIS_URL"):
    raise ImproperlyConfigured(
        "REDIS_URL must point at Redis in production (e.g. redis://127.0.0.1:6379/0): rate "
        "limits, sessions and the cache must be shared by every worker process."
    )

# Printed in QR codes and verification links, published in did:web and sent in emails: a
# wrong default would silently point them all at 127.0.0.1.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "").strip()
_site = urlsplit(SITE_BASE_URL)
if _site.scheme not in ("http", "https") or not _site.hostname or _site.path not in ("", "/"):
    raise ImproperlyConfigured(
        "SITE_BASE_URL must be set to the site's public address in production, e.g. "
        "https://cphub.example (scheme and host, no path)."
    )
WAGTAILADMIN_BASE_URL = SITE_BASE_URL

# Proxies in front of gunicorn that append to X-Forwarded-For (1: the documented nginx). Every
# rate limit keys on the address that many entries from the right (core.client).
try:
    TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
except ValueError:
    TRUSTED_PROXY_COUNT = -1
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_COUNT must be the number of reverse proxies in front of gunicorn "
        "(0 or more)."
    )

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)

# Background work runs in the django-tasks-db worker (`manage.py db_worker`, started by
# `make serve`, a systemd unit in docs/deployment.md): enqueued tasks wait in the database, so
# nothing is lost while the worker is down. TASKS_BACKEND=immediate runs tasks in the request.
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "database").strip().lower()
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(sorted(_TASK_BACKENDS))} (default: database)."
    )
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}
CERTIFICATE_PDF_PRERENDER = env_bool("CERTIFICATE_PDF_PRERENDER", TASKS_BACKEND == "database")
