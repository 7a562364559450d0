"""The Maillage web application (FastAPI): the REST API and the pages."""
