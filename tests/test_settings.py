"""Settings are built in one place and `.env.example` mirrors them one to one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

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
