"""Reads for the disclosure portal and the open-data API, one module per concern:

- ``searches``: the search filters shared by the portal and the API, facets, the home headline
- ``filing``: where a report stands against its due date, public report ids, ``overdue_q``
- ``figures``: figures with their units as people read them, the CP benefit metrics
- ``profile``: an enterprise's public profile
- ``report``: one published report and its public versions
- ``diff``: what changed between two versions
- ``overdue``: late and missing reports
- ``statistics``: CP benefits and filing statistics
- ``reference``: pollutants with their limits, the data dictionary

Import from the submodule (the package itself exports nothing).
"""
