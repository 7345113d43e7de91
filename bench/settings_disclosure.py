"""Production settings for the disclosure benchmark, with look-up rate limits raised.

Every benchmark request comes from 127.0.0.1: with the production limits the server would
answer 429 after a few dozen requests and the benchmark would time refusals. The limiter
still runs on every request; only its thresholds are raised.
"""

from config.settings.production import *  # noqa: F403

CERTIFICATE_LOOKUP_RATE = "1000000/m"
DISCLOSURE_API_RATE = "1000000/m"
