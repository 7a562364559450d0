"""Network views (pyvis, rendered through Maillage's own offline template) — see the views issue."""
