"""`bench.query_cost` reads the query path from the environment like the bot does."""

import pytest

from bench.query_cost import bf16_choice


@pytest.mark.parametrize(("setting", "expected"), [
    ("", "auto"), ("false", "off"), ("False", "off"), ("0", "off"), ("true", "on"),
    ("TRUE", "on"), ("1", "on"),
])
def test_bf16_choice_follows_embedding_bf16(setting: str, expected: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMBEDDING_BF16", setting)
    assert bf16_choice() == expected


@pytest.mark.parametrize("setting", ["sometimes", " TRUE "])
def test_bf16_choice_refuses_what_the_bot_refuses(setting: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMBEDDING_BF16", setting)
    with pytest.raises(SystemExit, match="no boolean"):
        bf16_choice()
