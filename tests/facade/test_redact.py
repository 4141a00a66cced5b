"""Redaction of secrets that sit in the value of a field named like a secret (UI nodes, HTML inputs)."""

from __future__ import annotations

import pytest

from ory_facade._redact import REDACTED, redact


@pytest.mark.parametrize(
    "text",
    [
        '{"attributes": {"name": "csrf_token", "type": "hidden", "value": "S3CR3T", "node_type": "input"}}',
        '{"attributes": {"value": "S3CR3T", "type": "hidden", "name": "csrf_token"}}',
        '<input type="hidden" name="csrf_token" value="S3CR3T">',
        "<input value='S3CR3T' name='csrf_token'>",
        '{"name": "code", "value": "S3CR3T"}',
    ],
)
def test_values_of_secret_named_fields_are_redacted(text: str) -> None:
    out = redact(text)
    assert "S3CR3T" not in out and REDACTED in out


def test_other_fields_keep_their_values() -> None:
    text = (
        '{"attributes": {"name": "identifier", "value": "ada@example.org"}}'
        + ' <input name="email" value="a@b.c">'
    )
    assert redact(text) == text
