"""Importing plans d'action (DOCX, PDF, text) into the graph through a human review workbook.

``maillage import plan.docx --concertation ID --review revue.xlsx`` reads the document
(:mod:`~loaders.importer.documents`), recognizes its structure (:mod:`~loaders.importer.structure`), resolves the
names it mentions against the graph (:mod:`~loaders.importer.resolution`) and writes a review workbook
(:mod:`~loaders.importer.workbook`). ``maillage import --apply revue.xlsx`` loads the reviewed workbook through the
tabular loaders' validation and writing path (:mod:`~loaders.importer.apply`).
"""
