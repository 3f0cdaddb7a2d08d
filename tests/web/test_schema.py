"""Property-based test of the API from its OpenAPI description: no input gives a server error."""
from __future__ import annotations

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings


def _check_operation(operation, base_url: str, headers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    @given(case=operation.as_strategy())
    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def run(case) -> None:  # type: ignore[no-untyped-def]
        response = case.call(base_url=base_url, timeout=60, headers=headers)
        assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:500])
        if response.status_code >= 400:
            assert response.text.strip(), "an error response must say what was wrong"

    run()


def test_no_request_gives_a_server_error(server: str) -> None:
    schema = schemathesis.openapi.from_url(f"{server}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    token = httpx.get(f"{server}/api/csrf").json()["token"]      # so that writes reach the handlers
    for operation in operations:
        _check_operation(operation, server, {"X-CSRF-Token": token})
