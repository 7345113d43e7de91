"""The client's address, the same for every rate limit (ours and allauth's) and for the
sessions list.

Behind reverse proxies ``REMOTE_ADDR`` is the nearest proxy, shared by every visitor. Each proxy
appends the address it received the request from to ``X-Forwarded-For``. With
``settings.TRUSTED_PROXY_COUNT`` proxies in front of the server, the last that many entries were
written by them, and the first of those (the count-th from the right) is the address the
outermost proxy saw: the client. Anything further left came from the client and is never
trusted. A header that is missing, too short or unreadable means the request did not come
through the proxies as configured; then the direct peer (``REMOTE_ADDR``) is used, which
cannot be forged.
"""

import ipaddress

from django.conf import settings

# IPv6 clients are counted per /64: one subscriber usually holds a whole /64 and could
# otherwise rotate through its addresses to escape any limit.
IPV6_PREFIX = 64
# Far more entries than any real proxy chain writes; longer headers are not split.
MAX_FORWARDED_LENGTH = 4096


def parse_address(value: str) -> str | None:
    """An IP address in canonical form, or None. Accepts a port ("192.0.2.1:5678",
    "[2001:db8::1]:443") and a zone ("fe80::1%eth0"), which are dropped."""
    text = (value or "").strip()
    if not text or len(text) > 100:
        return None
    if text.startswith("["):
        end = text.find("]")
        if end == -1:
            return None
        text = text[1:end]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    text = text.split("%", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return str(address)


def trusted_proxy_count() -> int:
    try:
        return max(0, int(getattr(settings, "TRUSTED_PROXY_COUNT", 0)))
    except (TypeError, ValueError):
        return 0


def client_ip(request) -> str | None:
    """The client's IP address, or None if not even the direct peer has a valid one."""
    peer = parse_address(request.META.get("REMOTE_ADDR", ""))
    count = trusted_proxy_count()
    if count == 0:
        return peer
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if not isinstance(header, str) or not header or len(header) > MAX_FORWARDED_LENGTH:
        return peer
    entries = header.rsplit(",", count)
    if len(entries) < count:
        return peer
    return parse_address(entries[-count]) or peer


def client_address(request) -> str:
    """The client's address for logs and messages; "unknown" when there is none."""
    return client_ip(request) or "unknown"


def rate_limit_key(request) -> str:
    """Who a rate limit counts: the IPv4 address, or the IPv6 /64 network."""
    ip = client_ip(request)
    if ip is None:
        return "unknown"
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, IPV6_PREFIX), strict=False))
    return ip
