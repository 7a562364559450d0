"""Schemathesis, bounded: generated requests for every operation of the OpenAPI schema find no server error (5xx),
every response matches its documented status codes, content type and schema, and invalid data is rejected."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from schemathesis.specs.openapi.checks import positive_data_acceptance

from api.app import create_app
from maillage.settings import Settings

#: Examples per operation: enough to reach each parameter's edge cases, few enough for CI.
MAX_EXAMPLES = 15

# The app is built at import so schemathesis can list its operations; the sample store is attached by the fixture
# (the ASGI calls do not run the app's lifespan).
APP = create_app(Settings(graph_uri=None, data_dir=Path(tempfile.gettempdir()) / "maillage-fuzz-unused"))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(autouse=True)
def _sample_graph(sample_store, tmp_path_factory):
    APP.state.store = sample_store
    APP.state.settings = Settings(graph_uri=None, data_dir=tmp_path_factory.getbasetemp())


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_no_server_error_and_responses_match_the_schema(case):
    # Every check but "schema-valid data is accepted": some combinations OpenAPI cannot express (a year *and* a
    # period, a period that ends before it starts) are answered 422 by the app, on purpose.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
