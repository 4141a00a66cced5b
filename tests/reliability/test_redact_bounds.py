"""Redaction is linear in its input, and an error excerpt reads a bounded start of the body.

A proxy's 502 page, a debug page or a log message can be large and hostile. Each pathological input below
made the old patterns backtrack quadratically (47 KiB of blank lines: over a minute of CPU). The bound is
checked without timing anything in the test process: the work runs in a subprocess whose CPU time is
capped by ``RLIMIT_CPU``, a cap a linear implementation stays far below (a fraction of a second per
megabyte) and a quadratic one exceeds by orders of magnitude. The excerpt's window is checked by the size
of the text it decodes, and what straddles the cut by looking for any piece of the secret.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

import ory_facade._redact as module
from ory_facade import OryAPIError, OryClient, OryResponseError
from ory_facade._redact import REDACTED, excerpt, redact

resource = pytest.importorskip("resource", reason="RLIMIT_CPU needs a POSIX system")

#: CPU seconds allowed to one subprocess (interpreter start and imports included).
CPU_LIMIT = 5

KIB = 1024
MIB = 1024 * KIB

#: Python expressions building ``size`` bytes of content that defeated the old patterns.
PATHOLOGICAL = {
    "blank lines": "b'\\n' * size",
    "spaces and newlines": "b' \\n' * (size // 2)",
    "tabs and CRLF": "b'\\t\\r\\n' * (size // 3)",
    "nginx 502 page": "b'<html><head><title>502 Bad Gateway</title></head><body>' + b'\\n' * size"
    " + b'<center>nginx</center></body></html>'",
    "JSON node names without a value": 'b\'"name":"csrf_token",\' * (size // 20)',
    "JSON values without a name": 'b\'"value":"x",\' * (size // 12)',
    "HTML names without a value": "b\"name='csrf_token' \" * (size // 18)",
    "HTML values without a name": "b\"value='x' \" * (size // 10)",
    "bare HTML values": "b'value=x ' * (size // 8)",
    "form names without a value": "b'a=' * (size // 2)",
    "secret names in a row": "b'token=' * (size // 6)",
    "unterminated JSON strings": 'b\'"password":"\\\\"password\\\\":\\\\"\' * (size // 28) + b\'\\\\\'',
    "header names": "b'Cookie:' * (size // 7)",
    "bearer words": "b'Bearer  ' * (size // 8)",
    "one long word": "b'a' * size",
}

SCRIPT = """
import resource, sys
resource.setrlimit(resource.RLIMIT_CPU, ({limit}, {limit} + 1))
import httpx
from ory_facade import OryClient, OryError
from ory_facade._redact import excerpt, redact

def build(size):
    return {expression}

for size in (47 * 1024, 1024 * 1024):
    content = build(size)
    excerpt(content)
    for status in (502, 200):
        answer = httpx.Response(status, content=content, headers={{"Content-Type": "text/html"}})
        mock = httpx.MockTransport(lambda request: answer)
        with OryClient("http://kratos.test", max_retries=0, transport=mock) as client:
            try:
                client.whoami(session_token="t")
            except OryError as exc:
                str(exc), repr(exc)
redact(build(1024 * 1024).decode("utf-8", "replace"))
print("done")
"""


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL))
def test_redaction_of_a_large_pathological_text_stays_within_a_cpu_bound(case: str) -> None:
    """excerpt() of 47 KiB and 1 MiB, the errors the client raises for them (502 and 200), and redact() of
    1 MiB (what the logging filter does to a large message), all under one CPU cap."""
    script = SCRIPT.format(limit=CPU_LIMIT, expression=PATHOLOGICAL[case])
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0 and run.stdout.strip() == "done", (
        f"{case}: exit {run.returncode} (-{int(signal.SIGXCPU)}: the {CPU_LIMIT} s CPU cap was reached)\n"
        f"{run.stderr[-2000:]}"
    )


class RecordingBody(bytes):
    """A body that records the size of every decode of itself (a bounded excerpt decodes a slice)."""

    decoded: list[int]

    def decode(self, *args: object, **kwargs: object) -> str:  # type: ignore[override]
        type(self).decoded.append(len(self))
        return bytes(self).decode(*args, **kwargs)  # type: ignore[arg-type]


def test_excerpt_reads_a_bounded_window_of_a_large_body(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = module.redact

    def recording(text: str) -> str:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(module, "redact", recording)
    monkeypatch.setattr(RecordingBody, "decoded", [], raising=False)
    body = RecordingBody(b"<p>proxy error</p>" + b"x" * (8 * MIB))
    shown = excerpt(body)
    assert shown.startswith("<p>proxy error</p>") and shown.endswith("…")
    assert all(size <= module.EXCERPT_WINDOW for size in RecordingBody.decoded + seen)


def test_a_short_body_is_shown_whole() -> None:
    assert excerpt(b"<html>\n\n  upstream   timed out\n</html>") == "<html> upstream timed out </html>"
    assert excerpt(b"a" * 400, limit=300) == "a" * 300 + "…"


SECRET = "Zq9SECRETsecretSECRETsecret0123456789abcdefXY"

#: (text before the secret, text after it): each format the patterns recognise.
FORMATS = {
    "JSON pair": ('{"csrf_token": "', '", "x": 1}'),
    "JSON node, name first": ('{"name": "csrf_token", "type": "hidden", "value": "', '"}'),
    "JSON node, value first": ('{"value": "', '", "type": "hidden", "name": "csrf_token"}'),
    "HTML input, name first": ('<input name="csrf_token" type="hidden" value="', '">'),
    "HTML input, value first": ('<input type="hidden" value="', '" name="csrf_token">'),
    "form field": ("a=1&session_token=", "&b=2"),
    "bearer": ("Authorization: Bearer ", "\n"),
    "header line": ("\nX-Session-Token: ", "\n"),
}


def pieces(secret: str, length: int = 6) -> set[str]:
    return {secret[i : i + length] for i in range(len(secret) - length + 1)}


def shown_pieces(shown: str) -> set[str]:
    return {piece for piece in pieces(SECRET) if piece in shown}


#: Formats whose name precedes the secret: a body that ends inside the secret still shows none of it.
NAME_FIRST = sorted(set(FORMATS) - {"JSON node, value first", "HTML input, value first"})


@pytest.mark.parametrize("small", [False, True], ids=["real window", "small window"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_secret_at_the_cut_is_not_shown_in_part(
    fmt: str, small: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secret is placed across both edges of a cut window: the end of what can be shown (where the
    lookahead starts) and the end of the window. Whitespace before it lets the shown part reach the cut.
    Every start position is tried with a small window; with the real one, a stride keeps it quick."""
    if small:
        monkeypatch.setattr(module, "EXCERPT_WINDOW", 2048)
        monkeypatch.setattr(module, "EXCERPT_LOOKAHEAD", 1024)
    window, lookahead = module.EXCERPT_WINDOW, module.EXCERPT_LOOKAHEAD
    before, after = FORMATS[fmt]
    tail = b"\n" * (2 * window)  # the body goes on: the window is cut
    stride = 1 if small else 7
    for boundary in (window - lookahead, window):
        for offset in range(-len(before) - len(SECRET) - 2, len(after) + 2, stride):
            start = boundary + offset  # where ``before`` begins
            content = b"." + b" " * (start - 1) + (before + SECRET + after).encode() + tail
            # limit=window: nothing is shortened for the limit, all the window shows is checked
            shown = excerpt(content, limit=window)
            assert shown.startswith(".") and not shown_pieces(shown), (fmt, boundary, offset, shown[-120:])


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_secret_in_a_short_body_is_redacted(fmt: str) -> None:
    before, after = FORMATS[fmt]
    text = f"{before}{SECRET}{after}"
    assert not shown_pieces(redact(text)) and REDACTED in redact(text)
    assert not shown_pieces(excerpt(text.encode())) and REDACTED in excerpt(text.encode())


@pytest.mark.parametrize("fmt", NAME_FIRST)
def test_a_body_that_ends_inside_a_secret_shows_none_of_it(fmt: str) -> None:
    before, after = FORMATS[fmt]
    text = f"{before}{SECRET}{after}"
    for cut in range(len(before) + 6, len(before) + len(SECRET)):
        assert not shown_pieces(excerpt(text[:cut].encode())), (fmt, cut)


def test_an_unterminated_secret_value_is_redacted_to_the_end() -> None:
    assert redact('{"password": "hunter2') == f'{{"password": "{REDACTED}'
    assert redact('{"password": "hunter2\\') == f'{{"password": "{REDACTED}'
    assert redact('<input name="csrf_token" value="abc') == f'<input name="csrf_token" value="{REDACTED}'


def test_bare_html_attributes_are_recognised() -> None:
    assert SECRET not in redact(f"<input name=csrf_token value={SECRET}>")
    assert SECRET not in redact(f"<input value={SECRET} name=csrf_token>")


def test_the_client_error_for_a_large_proxy_page_shows_its_start() -> None:
    import httpx

    page = b"<html><head><title>502 Bad Gateway</title></head>" + b"\n" * (47 * KIB) + b"</html>"
    answers = {
        "/sessions/whoami": httpx.Response(502, content=page),
        "/admin/identities/x": httpx.Response(200, content=page),
    }
    mock = httpx.MockTransport(lambda request: answers[request.url.path])
    with OryClient(
        "http://kratos.test", admin_url="http://kratos.test", max_retries=0, transport=mock
    ) as ory:
        with pytest.raises(OryAPIError) as api_error:
            ory.whoami(session_token="t")
        assert api_error.value.reason is not None and "502 Bad Gateway" in api_error.value.reason
        with pytest.raises(OryResponseError) as response_error:
            ory.admin.identities.get("x")
        assert "502 Bad Gateway" in response_error.value.excerpt
