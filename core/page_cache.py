"""The server-side cache of public pages for anonymous visitors.

A response is kept only when its view said it is public (``core.http_cache.cache_publicly`` /
``cache_page`` mark it; Wagtail pages are marked by ``mark_wagtail_page``), it is a 200 to a
GET from a visitor without a session, and it sets no cookie. Anything else (signed-in visitors,
POSTs, errors, forms that set the CSRF cookie, password-protected pages) passes through
untouched.

Never stale: every entry remembers the *generation* of each part of the site it shows
(``SCOPES``: Wagtail content, certificates, disclosure; the users table, for signed-in users
kept between requests; the question bank, for the attempt page; lesson completions, for each
learner's progress) as read before the view ran.
Writing to any database table watched for a scope (``watch_tables``; each app names its own
tables in its ``cache_invalidation`` module) replaces that scope's generation, at once and
again right after the transaction commits, so the very next request renders afresh and a
request that read the old rows before the commit cannot keep them. Writes are seen at the SQL
level, so queryset ``update()``, ``bulk_create()``, imports, the admin and management commands
all count.
``PAGE_CACHE_ENABLED = False`` turns it off (tests that count what rendering a page costs).
Generations live in the cache, which production shares between every worker and node (Redis,
``REDIS_URL`` is required there); entries also end with the day (dates decide statuses) and
after ``ENTRY_TIMEOUT`` seconds, and ``migrate`` (every deployment) starts all scopes afresh.

Entries are keyed by scheme, host, path, query and active language. The body is stored once
per content (its hash is the ``ETag``), so many addresses showing the same page cost one copy;
each process also keeps the bodies it served last (``LOCAL_BODY_BYTES``), which a content hash
can never make stale.
The Content-Security-Policy nonce of the request that rendered a page is swapped for the
current request's own nonce on every hit, so each response still has a fresh one. Views whose
look-ups are rate limited (``core.ratelimit``) are still counted on a hit.
"""

import hashlib
import logging
import pickle
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.db.backends.signals import connection_created
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import get_language

logger = logging.getLogger(__name__)

CONTENT = "content"  # Wagtail pages, the menu and footer: on every HTML page
CERTIFICATES = "certificates"
DISCLOSURE = "disclosure"
ACCOUNTS = "accounts"  # the users table: signed-in users are kept (accounts.backends)
EXAM_PAPERS = "exam-papers"  # question versions and exam sections: the attempt page's questions
PROGRESS = "progress"  # lesson completions: each learner's completed lessons are kept
SCOPES = (CONTENT, CERTIFICATES, DISCLOSURE, ACCOUNTS, EXAM_PAPERS, PROGRESS)

ENTRY_TIMEOUT = 600  # seconds: the longest a kept page can outlive a change nothing announced
MAX_BODY_BYTES = 2 * 1024 * 1024
# Stands for the CSP nonce in a stored body; NUL never appears in a rendered page.
NONCE_PLACEHOLDER = b"\x00csp-nonce\x00"

_GENERATION_KEY = "cphub:page-cache:generation:{scope}"
_ENTRY_KEY = "cphub:page-cache:entry:{digest}"
_BODY_KEY = "cphub:page-cache:body:{digest}"
_RESPONSE_ATTRIBUTE = "_cphub_page_cache_scopes"
_NOT_STORED_HEADERS = {"etag", "content-length", "set-cookie"}
_NOT_STORED_PREFIXES = ("x-ratelimit-",)


# --- Generations ---------------------------------------------------------------------------------


def _new_generation() -> str:
    return uuid.uuid4().hex


# Scopes whose generation this process has read since a write inside a transaction last
# renewed it: renewing it again before anyone here read the new one would change nothing, and a
# bulk import would otherwise renew it once per statement.
_HANDED_OUT: set[str] = set(SCOPES)


def current_generations(scopes: Iterable[str] = SCOPES) -> dict[str, str]:
    """Each scope's generation now; a scope without one (a cleared cache) gets a new one."""
    scopes = list(scopes)
    _HANDED_OUT.update(scopes)
    keys = {_GENERATION_KEY.format(scope=scope): scope for scope in scopes}
    found = cache.get_many(list(keys))
    return {scope: found.get(key) or _start_generation(key) for key, scope in keys.items()}


def _start_generation(key: str) -> str:
    generation = _new_generation()
    if not cache.add(key, generation, timeout=None):
        generation = cache.get(key) or generation
    return generation


def bump(*scopes: str) -> None:
    """Make every kept response that shows one of ``scopes`` stale."""
    cache.set_many(
        {_GENERATION_KEY.format(scope=scope): _new_generation() for scope in scopes}, None
    )


def _bump_logged(*scopes: str) -> None:
    try:
        bump(*scopes)
    except Exception:  # the cache is down: nothing can be served from it either
        logger.exception("Could not renew the page cache generation of %s", scopes)


def request_generation(request, scope: str) -> str:
    """The generation of ``scope`` this request renders under: read before its view ran (or,
    for a request the page cache passed by, the first time the request asked), so every
    fragment of one response is cached under the same generation and never newer than the
    page around it."""
    state = getattr(request, "_cphub_page_cache", None)
    if state is not None and scope in state.generations:
        return state.generations[scope]
    read = request.__dict__.setdefault("_cphub_generations_read", {})
    if scope not in read:
        # Every scope in the same round trip: a page that keeps values of one scope usually
        # keeps values of another (its chrome is content) later on.
        read.update({**current_generations(SCOPES), **read})
    return read[scope]


_MISSING = object()


def kept(*, scope: str, name: str, parts: Iterable, compute, request=None, timeout: int = 0):
    """``compute()``, or what it gave last time for the same ``name`` and ``parts`` while
    ``scope`` has not changed (and today: dates decide statuses). For what many requests
    derive from rows of one scope alone: kept values are never older than those rows.
    ``request`` ties the value to the generation the request renders under."""
    parts = "\n".join(map(str, parts))
    return kept_many(
        scope=scope,
        name=name,
        ids=[parts],
        compute_missing=lambda missing: {parts: compute()},
        request=request,
        timeout=timeout,
    )[parts]


def kept_many(
    *, scope: str, name: str, ids: Iterable, compute_missing, request=None, timeout: int = 0
) -> dict:
    """``kept`` for several values at once: ``{id: value}`` for every one of ``ids``, with one
    cache round trip for those this process does not hold and one ``compute_missing(ids)``
    (returning ``{id: value}``) for those nobody kept."""
    generation = (
        request_generation(request, scope)
        if request is not None
        else current_generations([scope])[scope]
    )
    prefix = "\n".join([scope, generation, timezone.localdate().isoformat(), name, ""])
    keys = {each: f"cphub:kept:{name}:{_digest(prefix + str(each))}" for each in ids}
    values = {}
    remote = []
    # A key names one value for good (it holds the generation), so this process may keep its
    # own copy; pickled, so no caller can change what the next one gets.
    for each, key in keys.items():
        local = _local_kept.get(key)
        if local is None:
            remote.append(each)
        else:
            values[each] = pickle.loads(local)  # noqa: S301  (written by this process)
    if not remote:
        return values
    found = cache.get_many([keys[each] for each in remote])
    missing = [each for each in remote if keys[each] not in found]
    computed = compute_missing(missing) if missing else {}
    if computed:
        cache.set_many(
            {keys[each]: value for each, value in computed.items()}, timeout or ENTRY_TIMEOUT
        )
    for each in remote:
        value = found[keys[each]] if keys[each] in found else computed[each]
        _local_kept.put(keys[each], pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        values[each] = value
    return values


# --- Writes make scopes stale ------------------------------------------------------------------

_TABLE_SCOPES: dict[str, str] = {}
_WRITE = re.compile(
    r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+[\"`]?(\w+)",
    re.IGNORECASE,
)
_TRUNCATE = re.compile(r"^\s*TRUNCATE\b", re.IGNORECASE)


def watch_tables(*, scope: str, tables: Iterable[str]) -> None:
    """Writing to any of ``tables`` makes ``scope`` stale (called from apps' ``ready``)."""
    if scope not in SCOPES:
        raise ValueError(f"Unknown page cache scope {scope!r}; expected one of {SCOPES}")
    for table in tables:
        _TABLE_SCOPES[table.lower()] = scope
    connection_created.connect(_install_on, dispatch_uid="core.page_cache.watch_writes")
    for connection in connections.all(initialized_only=True):
        _install_on(sender=None, connection=connection)


def model_tables(models: Iterable) -> list[str]:
    """The tables of ``models``, their many-to-many tables included."""
    tables = []
    for model in models:
        tables.append(model._meta.db_table)
        tables.extend(
            many._meta.db_table
            for many in (field.remote_field.through for field in model._meta.local_many_to_many)
            if many is not None
        )
    return tables


def _install_on(sender, connection, **kwargs) -> None:
    if _watch_writes not in connection.execute_wrappers:
        # First, not last: Django's execute_wrapper() context pops the last wrapper on exit,
        # which would be this one if the connection opened inside such a context.
        connection.execute_wrappers.insert(0, _watch_writes)


_writes_not_shown: ContextVar[bool] = ContextVar("page_cache_writes_not_shown", default=False)


@contextmanager
def writes_not_shown():
    """Writes inside this block leave every scope alone: for frequent per-person writes to a
    watched table that no public page shows (a learner's "resume here" marker), which would
    otherwise empty the cache for everyone on every visit."""
    token = _writes_not_shown.set(True)
    try:
        yield
    finally:
        _writes_not_shown.reset(token)


def _watch_writes(execute, sql, params, many, context):
    result = execute(sql, params, many, context)
    if isinstance(sql, str) and not _writes_not_shown.get():
        match = _WRITE.match(sql)
        if match is not None:
            scope = _TABLE_SCOPES.get(match.group(1).lower())
            if scope is not None:
                _written(context["connection"], (scope,))
        elif _TRUNCATE.match(sql):
            _written(context["connection"], SCOPES)
    return result


def _written(connection, scopes: tuple[str, ...]) -> None:
    if not connection.in_atomic_block:
        _bump_logged(*scopes)  # autocommit: the write is already committed
        return
    # At once: later reads in this transaction (and tests, which never commit) see the change.
    renew = [scope for scope in scopes if scope in _HANDED_OUT]
    if renew:
        _HANDED_OUT.difference_update(renew)
        _bump_logged(*renew)
    # Again after the commit, once per transaction: a request that read the old rows before the
    # commit may have kept them under the generation renewed above. Django replaces its list of
    # commit callbacks on every commit, rollback and savepoint rollback, so a list that is still
    # the same one still holds our callback.
    pending = connection.__dict__.setdefault("_cphub_page_cache_pending", {})
    for scope in scopes:
        if pending.get(scope) is not connection.run_on_commit:
            connection.on_commit(partial(_bump_logged, scope), robust=True)
            pending[scope] = connection.run_on_commit


def forget_everything(**kwargs) -> None:
    """Every scope afresh (connected to ``post_migrate``: a deployment changes templates)."""
    _bump_logged(*SCOPES)


# --- Marking responses -------------------------------------------------------------------------


def allow(response: HttpResponse, *, depends_on: Iterable[str] | None = None) -> None:
    """The server may keep ``response`` for anonymous visitors. It shows ``depends_on`` (every
    scope when not said); HTML pages always show the content scope (menu and footer)."""
    scopes = set(SCOPES if depends_on is None else depends_on)
    unknown = scopes - set(SCOPES)
    if unknown:
        raise ValueError(f"Unknown page cache scopes {sorted(unknown)}")
    setattr(response, _RESPONSE_ATTRIBUTE, scopes)


def mark_wagtail_page(page, request) -> None:
    """A ``before_serve_page`` hook: live Wagtail pages without view restrictions are public."""
    request._cphub_page_cache_wagtail_page = page


def _wagtail_page_is_public(request) -> bool:
    page = getattr(request, "_cphub_page_cache_wagtail_page", None)
    if page is None or getattr(request, "is_preview", False) or not page.live:
        return False
    return not page.get_view_restrictions().exists()


# --- Rate limits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CountedLookup:
    scope: str
    rate: str
    amount: int
    headers: bool = False


def note_rate_limit(request, *, scope: str, rate: str, amount: int, headers: bool = False):
    """A rate limit counted this request (``core.ratelimit``): a hit counts it again."""
    state = getattr(request, "_cphub_page_cache", None)
    if state is not None:
        state.rate_limits.append(_CountedLookup(scope, rate, amount, headers))


def note_rate_limit_headers(request, *, scope: str) -> None:
    state = getattr(request, "_cphub_page_cache", None)
    if state is not None:
        state.rate_limits[:] = [
            _CountedLookup(counted.scope, counted.rate, counted.amount, True)
            if counted.scope == scope
            else counted
            for counted in state.rate_limits
        ]


# --- The middleware ----------------------------------------------------------------------------


@dataclass
class _State:
    key: str
    generations: dict[str, str]
    rate_limits: list = field(default_factory=list)


class _LocalCopies:
    """Bytes this process used last, by a key that names them for good (a content hash, a key
    holding the generation), so never stale: a large answer (an open-data page) or a kept
    fragment is not fetched from Redis again on every use."""

    def __init__(self, *, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self.bodies: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, digest: str) -> bytes | None:
        with self.lock:
            body = self.bodies.get(digest)
            if body is not None:
                self.bodies.move_to_end(digest)
            return body

    def put(self, digest: str, body: bytes) -> None:
        if len(body) > self.max_bytes:
            return
        with self.lock:
            if digest in self.bodies:
                self.bodies.move_to_end(digest)
                return
            self.bodies[digest] = body
            self.size += len(body)
            while self.size > self.max_bytes:
                _, dropped = self.bodies.popitem(last=False)
                self.size -= len(dropped)


LOCAL_BODY_BYTES = 32 * 1024 * 1024
_local_bodies = _LocalCopies(max_bytes=LOCAL_BODY_BYTES)
LOCAL_KEPT_BYTES = 16 * 1024 * 1024
_local_kept = _LocalCopies(max_bytes=LOCAL_KEPT_BYTES)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class AnonymousPageCacheMiddleware:
    """Serve kept public pages to anonymous visitors; keep the ones views mark public.

    Sits after LocaleMiddleware (the language is part of the key), CommonMiddleware (its
    redirects) and the CSP middleware (whose nonce each hit renews), and before the CSRF,
    authentication and messages middleware, which a hit does not need."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._anonymous_read(request):
            return self.get_response(request)
        key = _ENTRY_KEY.format(
            digest=_digest(
                "\n".join(
                    (
                        request.scheme,
                        request.get_host(),
                        request.path,
                        request.META.get("QUERY_STRING", ""),
                        get_language() or "",
                    )
                )
            )
        )
        generation_keys = {_GENERATION_KEY.format(scope=scope): scope for scope in SCOPES}
        _HANDED_OUT.update(SCOPES)
        try:
            found = cache.get_many([key, *generation_keys])
            generations = {
                scope: found.get(generation_key) or _start_generation(generation_key)
                for generation_key, scope in generation_keys.items()
            }
        except Exception:
            logger.exception("The page cache could not be read")
            return self.get_response(request)
        state = _State(key=key, generations=generations)
        request._cphub_page_cache = state
        entry = found.get(key)
        if entry is not None and self._current(entry, generations):
            response = self._from_cache(request, entry)
            if response is not None:
                return response
        response = self.get_response(request)
        if request.method == "GET" and self._storable(request, response):
            try:
                response = self._store(request, response, state)
            except Exception:
                logger.exception("The page cache could not keep %s", request.path)
        return response

    @staticmethod
    def _anonymous_read(request) -> bool:
        return (
            getattr(settings, "PAGE_CACHE_ENABLED", True)
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and getattr(settings, "MESSAGES_COOKIE_NAME", "messages") not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
        )

    @staticmethod
    def _current(entry: dict, generations: dict[str, str]) -> bool:
        return entry["day"] == timezone.localdate().isoformat() and all(
            generations.get(scope) == generation
            for scope, generation in entry["generations"].items()
        )

    def _from_cache(self, request, entry: dict):
        body = _local_bodies.get(entry["body"])
        if body is None:
            try:
                body = cache.get(_BODY_KEY.format(digest=entry["body"]))
            except Exception:
                logger.exception("The page cache could not be read")
                return None
            if body is None:
                return None
            _local_bodies.put(entry["body"], body)
        headers = {}
        for counted in entry["rate_limits"]:
            from core import ratelimit

            verdict = ratelimit.consume(
                scope=counted.scope,
                identity=ratelimit.rate_limit_key(request),
                rate=counted.rate,
                amount=counted.amount,
            )
            if verdict.retry_after is not None:
                return None  # the view answers with its own 429
            if counted.headers:
                headers["X-RateLimit-Limit"] = str(verdict.limit)
                headers["X-RateLimit-Remaining"] = str(verdict.remaining)
        if entry["nonce"]:
            nonce = getattr(request, "csp_nonce", None)
            if nonce is None:
                return None
            body = body.replace(NONCE_PLACEHOLDER, str(nonce).encode("ascii"))
        response = HttpResponse(body, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        for name, value in headers.items():
            response[name] = value
        for name, value in entry["csp"].items():
            setattr(response, name, value)
        response["ETag"] = entry["etag"]
        return _conditional(request, response, entry["etag"])

    def _storable(self, request, response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
            return False  # the page holds this visitor's CSRF token
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        session = getattr(request, "session", None)
        if session is not None and (session.modified or session.session_key):
            return False
        if not hasattr(response, _RESPONSE_ATTRIBUTE):
            if response.has_header("Cache-Control") or not _wagtail_page_is_public(request):
                return False
            from core.http_cache import cache_page

            cache_page(request, response, max_age=0, depends_on=(CONTENT,))
        cache_control = response.get("Cache-Control", "")
        if "private" in cache_control or "no-store" in cache_control:
            return False
        return "*" not in response.get("Vary", "") and len(response.content) <= MAX_BODY_BYTES

    def _store(self, request, response, state: _State):
        scopes = set(getattr(response, _RESPONSE_ATTRIBUTE))
        if response.get("Content-Type", "").startswith("text/html"):
            scopes.add(CONTENT)
        session = getattr(request, "session", None)
        if session is not None and session.accessed:
            patch_vary_headers(response, ("Cookie",))
        body = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if isinstance(nonce, str):
            body = body.replace(nonce.encode("ascii"), NONCE_PLACEHOLDER)
        digest = hashlib.sha256(response.get("Content-Type", "").encode() + b"\n" + body)
        body_digest = digest.hexdigest()
        etag = f'W/"{body_digest[:32]}"'
        entry = {
            "day": timezone.localdate().isoformat(),
            "generations": {scope: state.generations[scope] for scope in scopes},
            "status": response.status_code,
            "headers": [
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in _NOT_STORED_HEADERS
                and not name.lower().startswith(_NOT_STORED_PREFIXES)
            ],
            "csp": {
                name: value for name, value in vars(response).items() if name.startswith("_csp")
            },
            "nonce": isinstance(nonce, str),
            "etag": etag,
            "body": body_digest,
            "rate_limits": list(state.rate_limits),
        }
        cache.set(_BODY_KEY.format(digest=body_digest), body, ENTRY_TIMEOUT)
        _local_bodies.put(body_digest, body)
        cache.set(state.key, entry, ENTRY_TIMEOUT)
        response["ETag"] = etag
        return _conditional(request, response, etag)


def _conditional(request, response, etag: str):
    conditional = get_conditional_response(request, etag=etag, response=response)
    if conditional is not response:
        # A cache that revalidates keeps its stored Content-Security-Policy (its nonce matches
        # its stored body); a new policy on the 304 would replace it.
        conditional._csp_exempt = True
        conditional._csp_exempt_ro = True
    return conditional
