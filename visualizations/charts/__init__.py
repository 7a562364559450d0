"""Charts drawn on the server as SVG: they need no script, print cleanly and open offline; each page shows the same
figures as a table beside the chart (the text alternative)."""
