"""Use cases the UI and the CLI call: library, study, settings, exam, stats (exchange: Anki export)."""
