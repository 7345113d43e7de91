"""Demo and benchmark data: ``load_initial_data``, each app's demo loader and the large-data
generators. The running site does not need this app; it may import every app, and no app
imports it (docs/architecture.md)."""
