"""OpenTelemetry's httpx instrumentation sees every facade call, on the default transport and on an
injected client (``HTTPXClientInstrumentor().instrument_client(ory.http_client)``, as the README says)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from facade_fakes import ADMIN, PUBLIC, MockKratos, identity, json_response, session
from test_pool import RawServer, answer_each
from test_readme_examples import readme_block

from ory_facade import NotFoundError, OryClient

pytest.importorskip("opentelemetry.sdk.trace")
pytest.importorskip("opentelemetry.instrumentation.httpx")

from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    found = InMemorySpanExporter()
    yield found
    found.clear()


def instrument(client: httpx.Client, exporter: InMemorySpanExporter) -> None:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    HTTPXClientInstrumentor().instrument_client(client, tracer_provider=provider)


def calls(client: OryClient, kratos: MockKratos) -> None:
    doc = identity()
    kratos.json("GET", "/sessions/whoami", 200, session())
    kratos.json("GET", f"/admin/identities/{doc['id']}", 200, doc)
    kratos.on("DELETE", f"/admin/identities/{doc['id']}", json_response(404, {"error": {"code": 404}}))
    client.whoami(session_token="t")
    client.admin.identities.get(doc["id"])
    with pytest.raises(NotFoundError):
        client.admin.identities.delete(doc["id"])


def spans_seen(exporter: InMemorySpanExporter) -> list[tuple[str, str, int]]:
    def describe(span: ReadableSpan) -> tuple[str, str, int]:
        attributes = span.attributes or {}
        url = str(attributes.get("url.full") or attributes.get("http.url"))
        status = attributes.get("http.response.status_code") or attributes.get("http.status_code")
        return str(attributes.get("http.request.method") or attributes.get("http.method")), url, int(status)

    return [describe(span) for span in exporter.get_finished_spans()]


def test_every_call_on_the_default_transport_is_a_span(exporter: InMemorySpanExporter) -> None:
    kratos = MockKratos()
    with OryClient(PUBLIC, admin_url=ADMIN, transport=httpx.MockTransport(kratos), max_retries=0) as ory:
        instrument(ory.http_client, exporter)
        calls(ory, kratos)
    assert [(method, status) for method, _, status in spans_seen(exporter)] == [
        ("GET", 200),
        ("GET", 200),
        ("DELETE", 404),
    ]
    assert spans_seen(exporter)[0][1] == PUBLIC + "/sessions/whoami"


def test_the_pooled_transport_is_instrumented_too(exporter: InMemorySpanExporter) -> None:
    """The facade's own pooled transport over a real socket (no ``transport=`` given)."""
    server = RawServer(answer_each)
    try:
        with OryClient(server.url, max_retries=0) as ory:
            instrument(ory.http_client, exporter)
            for _ in range(3):
                ory.whoami(session_token="t")
    finally:
        server.close()
    assert spans_seen(exporter) == [("GET", server.url + "/sessions/whoami", 200)] * 3


def test_every_call_on_an_injected_client_is_a_span(exporter: InMemorySpanExporter) -> None:
    kratos = MockKratos()
    with httpx.Client(transport=httpx.MockTransport(kratos)) as http:
        instrument(http, exporter)
        ory = OryClient(PUBLIC, admin_url=ADMIN, http_client=http, max_retries=0)
        calls(ory, kratos)
    assert [(method, status) for method, _, status in spans_seen(exporter)] == [
        ("GET", 200),
        ("GET", 200),
        ("DELETE", 404),
    ]


def test_the_readme_block_traces_every_call(
    exporter: InMemorySpanExporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's two lines, as written (spans sent to this test's provider, not the global one)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    original = HTTPXClientInstrumentor.instrument_client

    def to_this_provider(self: HTTPXClientInstrumentor, client: httpx.Client) -> None:
        original(client, tracer_provider=provider)

    monkeypatch.setattr(HTTPXClientInstrumentor, "instrument_client", to_this_provider)
    kratos = MockKratos()
    with OryClient(PUBLIC, admin_url=ADMIN, transport=httpx.MockTransport(kratos), max_retries=0) as ory:
        exec(readme_block("instrument_client(ory.http_client)"), {"ory": ory})
        calls(ory, kratos)
    assert [method for method, _, _ in spans_seen(exporter)] == ["GET", "GET", "DELETE"]
