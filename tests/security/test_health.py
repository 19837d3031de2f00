"""/health/ for load balancers."""

import pytest

from operations import health

pytestmark = pytest.mark.django_db


def test_health_reports_each_backend_ok(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "search": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_health_is_not_language_prefixed(client):
    assert client.get("/fr/health/").status_code == 404


@pytest.mark.parametrize("failing", ["database", "cache", "search"])
def test_a_failing_backend_gives_503_without_details(client, monkeypatch, failing):
    def broken():
        raise RuntimeError("secret-host.internal:5432 refused the connection")

    monkeypatch.setitem(health.CHECKS, failing, broken)
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"][failing] == "error"
    assert "secret-host" not in response.content.decode()


def test_health_refuses_other_methods(client):
    assert client.post("/health/").status_code == 405


def test_overlapping_probes_do_not_fail_each_other(client, monkeypatch):
    """Load balancers (and the resilience run) probe several times at once: one probe's
    cache write landing between another's write and read must not fail the other."""
    real_cache = health.cache

    class AnotherProbeInBetween:
        interrupted = False

        def set(self, *args, **kwargs):
            real_cache.set(*args, **kwargs)
            if not self.interrupted:
                self.interrupted = True
                health.check_cache()  # a second probe, served meanwhile by another thread

        def __getattr__(self, name):
            return getattr(real_cache, name)

    monkeypatch.setattr(health, "cache", AnotherProbeInBetween())
    response = client.get("/health/")
    assert response.json()["checks"]["cache"] == "ok"
    assert response.status_code == 200
