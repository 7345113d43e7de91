"""Helpers every app may use. Nothing here imports an app (accounts, certificates, ...): apps
import core, never the other way round (``tests/test_import_graph.py`` enforces it).

- ``core.i18n``: the active language and the bilingual ``<field>_zh`` / ``<field>_en`` pairs.
- ``core.numbers``: the one number formatter.
- ``core.units``: units of measure, their spellings and conversions.
- ``core.regions``: China's provinces by region code.
- ``core.tables``: reading uploaded CSV and XLSX tables; formula-safe cells.
- ``core.csv``: CSV downloads and formula safety for the text written into them.
- ``core.charts``: small server-rendered SVG charts.
- ``core.http_cache``: cache headers for public pages and the API.
- ``core.page_cache``: the server-side cache of public pages for anonymous visitors (ETags,
  generations renewed by writes to each scope's tables).
- ``core.templatetags.core_tags``: the ``localized`` and ``number`` filters (``{% load core %}``).
- ``core.client``: the client's address behind trusted reverse proxies.
- ``core.ratelimit``: fixed-window rate limits in the shared cache.
- ``core.csp``: the Content-Security-Policy middleware (django-csp) with the admin's policy.
"""
