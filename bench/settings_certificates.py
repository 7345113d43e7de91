"""Production settings for the certificate benchmark, with the lookup rate limit raised.

config.settings.base fixes CERTIFICATE_LOOKUP_RATE at "60/m" per client address and does not
read it from the environment. Every benchmark request comes from 127.0.0.1, so without this
the server would answer 429 after 60 lookups a minute and the benchmark would time refusals.
The limiter still runs on every request (one cache add and incr), as in production; only its
threshold is raised. BENCH_CERTIFICATE_LOOKUP_RATE overrides the raised rate.
"""

import os

from config.settings.production import *  # noqa: F403

CERTIFICATE_LOOKUP_RATE = os.environ.get("BENCH_CERTIFICATE_LOOKUP_RATE", "1000000/m")
