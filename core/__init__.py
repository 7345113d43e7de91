"""Helpers every app may use. Nothing here imports an app (accounts, certificates, ...): apps
import core, never the other way round.

- ``core.client``: the client's address behind trusted reverse proxies.
- ``core.ratelimit``: fixed-window rate limits in the shared cache.
- ``core.csp``: the Content-Security-Policy middleware (django-csp) with the admin's policy.
"""
