"""Times certificate PDF rendering in one process; used by bench/certificate_bench.py.

    certificate_pdf_worker.py cold             one uncached render: the process's first
    certificate_pdf_worker.py warm N CACHED    one untimed render, N uncached renders, then
                                               CACHED renders served from the cache

Django is set up from the environment (DJANGO_SETTINGS_MODULE, DATABASE_URL, ...) before the
clock starts. Prints one JSON line.
"""

import copy
import json
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
# Holder names for the renders beyond the demo's certificates, so every PDF differs.
NAMES = [
    "张伟",
    "王芳",
    "李娜",
    "刘洋",
    "陈静",
    "杨磊",
    "赵敏",
    "黄婷",
    "周杰",
    "吴昊",
    "徐丽",
    "孙强",
]


def setup():
    sys.path.insert(0, str(REPO_ROOT))
    import django

    django.setup()


def certificates():
    from certificates.models import Certificate

    return list(Certificate.objects.select_related("certificate_type").order_by("pk"))


def variant(certificates_list, index: int):
    """The index-th certificate to render: the demo's, then unsaved copies with other names."""
    base = certificates_list[index % len(certificates_list)]
    if index < len(certificates_list):
        return base
    other = copy.copy(base)
    other.holder_name = NAMES[index % len(NAMES)] + NAMES[(index // len(NAMES)) % len(NAMES)][0]
    other.number = f"{base.number}-B{index:03d}"
    return other


def timed(function, *args) -> tuple[float, int]:
    started = time.perf_counter()
    pdf = function(*args)
    return (time.perf_counter() - started) * 1000, len(pdf)


def main(argv: list[str]) -> int:
    setup()
    from django.conf import settings

    from certificates import pdf

    found = certificates()
    if not found:
        print(json.dumps({"error": "no certificates in the database"}))
        return 1
    if argv[0] == "cold":
        ms, size = timed(pdf._render_pdf, found[0])
        print(json.dumps({"cold_ms": ms, "bytes": size}))
        return 0

    warm_count, cached_count = int(argv[1]), int(argv[2])
    pdf._render_pdf(found[0])  # the process's first render, not timed here
    warm, sizes = [], []
    for index in range(warm_count):
        ms, size = timed(pdf._render_pdf, variant(found, index))  # never the cache
        warm.append(ms)
        sizes.append(size)
    target = found[0]
    pdf.render_certificate_pdf(target)  # fills the cache (or finds it filled)
    cached = [timed(pdf.render_certificate_pdf, target)[0] for _ in range(cached_count)]
    print(
        json.dumps(
            {
                "warm_ms": warm,
                "warm_bytes": sizes,
                "cached_ms": cached,
                "distinct_certificates": len(found),
                "cache_backend": settings.CACHES["default"]["BACKEND"],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
