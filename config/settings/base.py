"""Settings shared by every environment.

Environment-specific modules (dev, test, production) import everything from here and
override only what differs. Secrets and hosts never live here: production reads them from the
environment.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from core.csp import style_element_hashes

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Applications -----------------------------------------------------------------------------

INSTALLED_APPS = [
    # Project apps first so their templates override allauth's and Wagtail's.
    "accounts",
    "content",
    "courses",
    "exams",
    "certificates",
    "disclosure",
    "officer_training",
    "background",
    # Backup and restore commands, the 503 answer while the database is down (no models).
    "ops",
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.CustomUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_tasks",
    "django_tasks_db",
    # Content-Security-Policy (its system checks; the middleware is core.csp's).
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.csp.ContentSecurityPolicyMiddleware",
    # A request that fails because the database is unreachable gets 503 + Retry-After, not 500
    # (ops.middleware); inside the CSP middleware, so the 503 carries the policy too.
    "ops.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the path, query or form: U+0000 is refused with a 400 (core).
    "core.nul_guard.RefuseNulCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Public pages kept for anonymous visitors (core.page_cache): after the language, the CSP
    # nonce and CommonMiddleware's redirects are known; before CSRF, sessions and messages.
    "core.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accounts.middleware.PrivilegedAreaRequiresMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            # core is not an app: its template filters are registered by name.
            "libraries": {"core": "core.templatetags.core_tags"},
        },
    },
]

# --- Database and cache -----------------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (autosaving exam answers) must queue, not fail with "database is
    # locked": take the write lock when a transaction starts, wait for it, and use WAL so
    # readers never block writers.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.ReusingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "cphub",
        }
    }
    # Sessions live in the cache with a database copy, so a Redis restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "cphub",
        }
    }

# Background work (emails, PDF pre-rendering, dumps, reminders, closing expired attempts) goes
# through Django's tasks interface. Development and tests run each task at once, in the process
# that enqueues it; production runs the django-tasks-db worker (production.py, docs/deployment.md).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Draw a certificate's PDF into the cache when it is issued, so the first download is instant.
# Only worth it when tasks run in a worker: with the immediate backend it would put the render
# back into the request that issues the certificate.
CERTIFICATE_PDF_PRERENDER = env_bool("CERTIFICATE_PDF_PRERENDER", False)
# Failed tasks are enqueued again after 1, 5, 25 and 125 minutes, then stay failed (visible to
# staff under Reports > Background tasks).
TASKS_MAX_ATTEMPTS = 5
TASKS_RETRY_BASE_DELAY_SECONDS = 60

# --- Authentication ---------------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, with the signed-in user kept between requests.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.ModelBackend",
    "accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:overview"

ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupProfileForm"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CP Hub] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
# Five wrong passwords for one account within 15 minutes lock that account out for the rest of
# the window; one address may fail 20 times a minute across accounts.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "20/m/ip,5/15m/key",
    "login": "30/m/ip",
    "signup": "10/m/ip",
    "reset_password": "10/m/ip,3/m/key",
}

MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CP Hub"
MFA_RECOVERY_CODE_COUNT = 10
# Tracking "last seen" writes to the database on every request; the sessions page still lists
# each session's start, address and browser without it.
USERSESSIONS_TRACK_ACTIVITY = False

# Paths that only privileged roles use; a privileged user without MFA is sent to set it up.
MFA_PROTECTED_PATH_PREFIXES = ["/admin/"]

# How many reverse proxies in front of the server append to X-Forwarded-For. Every rate limit
# (core.ratelimit and allauth's, through accounts.adapters) and the sessions list take the
# client's address from that header, that many entries from the right (core.client); 0 means
# no proxy: the direct peer's address. Production reads it from the environment.
TRUSTED_PROXY_COUNT = 0

# Public certificate verification (core.ratelimit): requests per client address (IPv6: per /64)
# in a fixed window. Single lookups cover the /verify/ form and pages and
# GET /api/v1/certificates/<code>; bulk covers POST /api/v1/certificates/verify (up to 1,000
# rows each). Over the rate: HTTP 429.
CERTIFICATE_LOOKUP_RATE = "60/m"
CERTIFICATE_BULK_LOOKUP_RATE = "10/m"
# Look-ups by certificate number + holder name, on the /verify/ form and as rows of the bulk
# check (each row counts): a strict allowance of its own per client, because numbers are
# sequential and names common, so such look-ups could otherwise be used to guess who holds
# which certificate. A hit never reveals the verification code.
CERTIFICATE_NUMBER_NAME_LOOKUP_RATE = "10/h"
# Audit team members in a disclosure filing are matched to certificates by number + name
# (disclosure.services.save_audit): new pairs are counted per enterprise and per filing user.
# Over either allowance the save is refused with an error and nothing changes.
DISCLOSURE_TEAM_MATCH_ENTERPRISE_RATE = "60/d"
DISCLOSURE_TEAM_MATCH_USER_RATE = "40/d"
# The open-data API (/api/v1/enterprises, /api/v1/disclosures, their CSV, dumps and OpenAPI
# document): requests per client address, counted the same way; answers say what is left in
# X-RateLimit-Limit and X-RateLimit-Remaining.
DISCLOSURE_API_RATE = "120/m"

# --- Internationalisation ---------------------------------------------------------------------

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", "简体中文"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = True

# --- Static and media files -------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail ----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "CP Hub"
# The public base URL: verification links and QR codes on certificates, did:web, emails.
# Production refuses to start without it.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
# The admin's own login form would bypass allauth's MFA step, so the admin sends people to
# allauth and config.urls answers the admin login URL with a redirect.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# No avatars from gravatar.com: it would send a hash of each editor's email address to a third
# party, and the admin's Content-Security-Policy loads images from this site only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "pptx", "txt", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# --- Certificates -----------------------------------------------------------------------------

# A TrueType font with Chinese glyphs, embedded (as a subset) in certificate PDFs. `make run` and
# `make test` install Debian's fonts-wqy-zenhei when it is missing.
CERTIFICATE_FONT_PATH = os.environ.get(
    "CERTIFICATE_FONT_PATH", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
)
# A TrueType font for the characters the main font lacks, such as the CJK Extension B characters
# in some names (𠮷, U+20BB7): Debian's fonts-hanazono, which `make run` and `make test` install
# too. Without it PDFs still render, those characters print without a glyph and a warning is
# logged.
CERTIFICATE_FALLBACK_FONT_PATH = os.environ.get(
    "CERTIFICATE_FALLBACK_FONT_PATH", "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"
)

# --- Email ------------------------------------------------------------------------------------

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CP Hub <noreply@cphub.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security defaults (production tightens further) ------------------------------------------

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Where to report a vulnerability, published at /.well-known/security.txt (RFC 9116): one or
# more comma-separated "mailto:" or "https:" addresses. Unset: the site publishes none (404).
SECURITY_CONTACTS = env_list("SECURITY_CONTACT")

# Content-Security-Policy (django-csp, through core.csp.ContentSecurityPolicyMiddleware) on every
# response. Scripts and styles come from this site only; the few inline ones carry the
# request's nonce ({{ request.csp_nonce }}), and the server-error page's self-contained styles
# are allowed by their hash (it is rendered without a request). No 'unsafe-inline' anywhere on
# the public site. Embedded videos may come from the providers below (CSP_FRAME_SOURCES).
VIDEO_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    "https://www.youtube-nocookie.com,https://www.youtube.com,https://player.vimeo.com,"
    "https://player.bilibili.com,https://player.youku.com,https://v.qq.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [
            SELF,
            NONCE,
            *style_element_hashes(BASE_DIR / "site" / "templates" / "500.html"),
        ],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin writes inline scripts and style attributes, and previews pages in a frame of
# its own: under these paths those directives are relaxed (core.csp explains why).
CONTENT_SECURITY_POLICY_ADMIN = {
    "PATH_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "frame-ancestors": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Page publishing logs every task and revision at INFO; the demo loader publishes dozens.
    "loggers": {
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
