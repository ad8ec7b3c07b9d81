"""`bench.query_cost` reads the query path from the environment like the bot does."""

import pytest

from bench.query_cost import bf16_choice


@pytest.mark.parametrize(("setting", "expected"), [
    ("", "auto"), ("false", "off"), ("False", "off"), ("0", "off"), ("true", "on"),
    (" TRUE ", "on"), ("1", "on"),
])
def test_bf16_choice_follows_embedding_bf16(setting: str, expected: str) -> None:
    assert bf16_choice(setting) == expected


def test_bf16_choice_refuses_what_is_no_boolean() -> None:
    with pytest.raises(SystemExit, match="no boolean"):
        bf16_choice("sometimes")
