"""Production settings for every benchmark, with the public look-up rate limits raised.

Every benchmark request comes from 127.0.0.1: with the production limits (per client address)
the server would answer 429 after a few dozen look-ups and the benchmark would time refusals.
The limiters still run on every request (one cache add and incr), as in production; only their
thresholds are raised. BENCH_LOOKUP_RATE overrides the raised rate.
"""

import os

from config.settings.production import *  # noqa: F403

BENCH_LOOKUP_RATE = os.environ.get("BENCH_LOOKUP_RATE", "1000000/m")
CERTIFICATE_LOOKUP_RATE = BENCH_LOOKUP_RATE
CERTIFICATE_BULK_LOOKUP_RATE = BENCH_LOOKUP_RATE
DISCLOSURE_API_RATE = BENCH_LOOKUP_RATE

# The bench machine has no mail server: mail that the demo and the load trigger is discarded
# instead of failing on a refused SMTP connection. Everything before the send still runs.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
