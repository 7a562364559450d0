"""What people look at: the pages' templates, charts (SVG drawn on the server), network views and reports."""
