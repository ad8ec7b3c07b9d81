"""Secrets and contact details never reach a log line, at any level.

httpx, httpcore and python-telegram-bot log the Bot API URL (which carries the bot token) and,
at DEBUG, request bodies (which carry messages with accepted contacts). A filter on every
handler rewrites each record (message, arguments, exception and stack text) before any
handler formats it, so whichever logger emits it and whatever level is configured, the
output is clean.
"""

from __future__ import annotations

import logging
import re

from jodoh.settings import Settings
from retrieval.privacy import find_contacts

TOKEN_MARK = "[token]"
CONTACT_MARK = "[contact]"
# Bot API tokens: "<bot id>:<35 characters>", in URLs as ".../bot<id>:<secret>/method".
_TOKEN = re.compile(r"\d{6,12}(?::|%3A)[A-Za-z0-9_-]{30,}", re.IGNORECASE)
_MOBILE = re.compile(r"^\+|^\(?0|^62")
# Credentials the platform APIs carry in URLs and headers: creators' OAuth tokens are not
# settings, so they are known by where they travel, not by value.
_CREDENTIAL_PARAM = re.compile(
    r"((?:access_token|refresh_token|client_secret|key|code|fb_exchange_token)=)[^&\s'\"]+")
_BEARER = re.compile(r"(Bearer\s+)[^\s'\",]+", re.IGNORECASE)


def _redact_contacts(text: str) -> str:
    pieces: list[str] = []
    position = 0
    for span in find_contacts(text):
        piece = text[span.start:span.end]
        # Log lines are full of ids, URLs and @mentions of the bot itself; only e-mails and
        # numbers dialled as phone numbers are contact details there (chat ids are not).
        if span.kind == "email" or (span.kind == "phone" and _MOBILE.search(piece.strip())):
            pieces += [text[position:span.start], CONTACT_MARK]
            position = span.end
    return "".join(pieces) + text[position:]


class RedactingFilter(logging.Filter):
    """Removes the bot token(s) and contact details from every record it sees."""

    def __init__(self, secrets: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, TOKEN_MARK)
        text = _CREDENTIAL_PARAM.sub(r"\1" + TOKEN_MARK, _BEARER.sub(r"\1" + TOKEN_MARK, text))
        return _redact_contacts(_TOKEN.sub(TOKEN_MARK, text))

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log what there is rather than nothing
            message = f"{record.msg} {record.args}"
        record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            # Formatters print the cached exc_text rather than render exc_info again; exc_info
            # stays for handlers that need the exception object itself.
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def secrets_of(settings: Settings | None) -> tuple[str, ...]:
    """The settings' secret values that must never appear in a log line."""
    if settings is None:
        return ()
    # httpx logs each request's URL, and the YouTube key travels in it (`?key=`).
    return tuple(secret.get_secret_value() for secret in (
        settings.telegram_bot_token, settings.resolved_webhook_secret,
        settings.youtube_api_key, settings.instagram_app_secret,
        settings.instagram_discovery_token, settings.tiktok_client_secret,
        settings.token_encryption_key) if secret is not None)


def install_redaction(*secrets: str, logger: logging.Logger | None = None) -> RedactingFilter:
    """Put one `RedactingFilter` (with these secrets) on every handler of `logger` (root)."""
    target = logger or logging.getLogger()
    for handler in target.handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            secrets = (*secrets, *old.secrets)
            handler.removeFilter(old)
    redactor = RedactingFilter(tuple(dict.fromkeys(secrets)))
    for handler in target.handlers:
        handler.addFilter(redactor)
    return redactor
