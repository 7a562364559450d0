"""The FastAPI application: one graph store for the app's lifetime, opened from the settings."""
from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from api.models import Health, NotFoundError
from api.pages import routers as page_routers
from api.routes import routers
from graph.analytics.errors import BadParameter, NotFound
from graph.analytics.warm import warm_in_background
from graph.stats import graph_counts
from maillage import __version__
from maillage.settings import Settings


def create_app(settings: Settings | None = None, store=None) -> FastAPI:
    """The app; it opens the store named by ``settings`` at start-up unless a ``store`` is given."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        own = store is None
        app.state.store = store or settings.open_store()
        app.state.settings = settings
        warm_in_background(app.state.store)
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    app = FastAPI(
        title="Maillage",
        version=__version__,
        description="La carte des acteurs de la concertation en développement social : organisations, comités, "
        "projets, territoires et financements, dans un graphe.",
        lifespan=lifespan,
        docs_url=None,  # served offline by api/pages/assets.py
        redoc_url=None,
    )

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> JSONResponse:
        return JSONResponse(status_code=404, content={"detail": str(exc)})

    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> JSONResponse:
        # Same shape as FastAPI's own validation errors, so clients handle one kind of 422.
        return JSONResponse(status_code=422, content={"detail": [{"loc": ["query"], "msg": str(exc),
                                                                  "type": "value_error"}]})

    for router in routers():
        app.include_router(router, responses={404: {"model": NotFoundError,
                                                    "description": "Identifiant introuvable"}})

    @app.get("/health", response_model=Health, tags=["système"], summary="État du service et taille du graphe")
    def health(request: Request) -> Health:
        s = request.app.state.store
        counts = graph_counts(s)
        if not request.app.state.settings.include_persons:
            counts["nodes"].pop("Person", None)
        return Health(status="ok", backend=s.describe(), version=__version__, **counts)

    for router in page_routers():
        app.include_router(router)

    return app
