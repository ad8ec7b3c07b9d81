"""Settings are built in one place and `.env.example` mirrors them one to one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import SecretStr

from jodoh.log_redaction import secrets_of
from jodoh.settings import Settings
from tests.conftest import ROOT


def test_env_example_mirrors_settings() -> None:
    names = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", (ROOT / ".env.example").read_text(),
                           re.MULTILINE))
    assert names == {field.upper() for field in Settings.model_fields}


def test_defaults_and_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_USER_IDS", "12, 34;56")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:tok-XYZ")
    monkeypatch.setenv("DATABASE_URL", "")  # empty means "use the default"
    settings = Settings(jodoh_data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    assert settings.admin_user_ids == [12, 34, 56]
    assert settings.resolved_database_url == f"sqlite:///{(tmp_path / 'jodoh.db').resolve()}"
    assert settings.resolved_chroma_path == tmp_path / "chroma"
    assert settings.resolved_models_dir == tmp_path / "models"
    assert "tok-XYZ" not in repr(settings) and "tok-XYZ" not in str(settings.model_dump())
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == "123:tok-XYZ"


def test_webhook_secret_is_never_missing_when_a_token_is_set() -> None:
    """Webhook mode without WEBHOOK_SECRET accepted forged updates; now a secret is derived
    from the token (the same in every instance, unguessable without the token)."""
    one = Settings(telegram_bot_token=SecretStr("1:aaa")).resolved_webhook_secret
    again = Settings(telegram_bot_token=SecretStr("1:aaa")).resolved_webhook_secret
    other = Settings(telegram_bot_token=SecretStr("1:bbb")).resolved_webhook_secret
    assert one is not None and again is not None and other is not None
    assert one.get_secret_value() == again.get_secret_value() != other.get_secret_value()
    assert re.fullmatch(r"[A-Za-z0-9_-]{1,256}", one.get_secret_value())
    assert "aaa" not in one.get_secret_value()
    configured = Settings(telegram_bot_token=SecretStr("1:aaa"),
                          webhook_secret=SecretStr("mine")).resolved_webhook_secret
    assert configured is not None and configured.get_secret_value() == "mine"
    assert Settings().resolved_webhook_secret is None
    # The derived secret is redacted from logs like the token.
    assert one.get_secret_value() in secrets_of(Settings(telegram_bot_token=SecretStr("1:aaa")))
