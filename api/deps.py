"""Dependencies shared by the API routes: the app's graph store and settings."""
from __future__ import annotations

from fastapi import Request

from graph.store import GraphStore
from maillage.settings import Settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings
