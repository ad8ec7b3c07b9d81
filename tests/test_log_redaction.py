"""Logs at any level carry neither the bot token nor contact details."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from jodoh.cli import _configure_logging
from jodoh.log_redaction import RedactingFilter, install_redaction
from jodoh.settings import Settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
OTHER_TOKEN = "987654321:ZZxqTcvCH1vGWJxfSeofSAs0K5PALDsQQ"  # any token-shaped secret
SECRETS = ("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "ZZxqTcvCH1vGWJxfSeofSAs0K5PALDsQQ",
           "0812-3456-7890", "ayu.glow@gmail.com", "+62 857 1111 2222",
           "IGQWRPcreatorToken123", "act.tiktokAccess456", "rft.tiktokRefresh789")


@pytest.fixture
def output() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    saved_level = root.level
    root.addHandler(handler)
    try:
        _configure_logging("DEBUG", Settings(telegram_bot_token=SecretStr(TOKEN)))
        root.setLevel(logging.DEBUG)  # basicConfig leaves the level alone if handlers exist
        # Libraries may set their own levels back; every record must be clean regardless.
        for name in ("httpx", "httpcore", "telegram", "telegram.ext", "jodoh"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        yield stream
    finally:
        root.removeHandler(handler)
        for each in [handler, *root.handlers]:  # pytest's own handlers got one too
            for old in [f for f in each.filters if isinstance(f, RedactingFilter)]:
                each.removeFilter(old)
        root.setLevel(saved_level)


def test_token_and_contacts_never_reach_the_log(output: io.StringIO) -> None:
    url = httpx.URL(f"https://api.telegram.org/bot{TOKEN}/sendMessage")
    payload = {"chat_id": 5123456789,
               "text": "Diterima! Kontak: WA 0812-3456-7890, ayu.glow@gmail.com"}
    # As httpx and python-telegram-bot log them.
    logging.getLogger("httpx").info('HTTP Request: %s %s "%s %d %s"', "POST", url,
                                    "HTTP/1.1", 200, "OK")
    logging.getLogger("telegram.ext.ExtBot").debug(
        "Calling Bot API endpoint `%s` with parameters `%s`", "sendMessage", payload)
    logging.getLogger("telegram.Bot").debug(
        "Set Bot API URL: %s", f"https://api.telegram.org/bot{OTHER_TOKEN}")
    logging.getLogger("httpx").debug("quoted: %s", OTHER_TOKEN.replace(":", "%3A"))
    logging.getLogger("httpcore.http11").debug(
        "send_request_body.started request=<Request [b'POST']> body=%r",
        b'{"text": "call +62 857 1111 2222"}')
    try:
        raise httpx.ConnectError(f"cannot reach {url} for ayu.glow@gmail.com")
    except httpx.ConnectError:
        logging.getLogger("telegram.ext.Updater").exception("Error while getting updates")
    logging.getLogger("jodoh").warning("token %s in a message", TOKEN)
    # A creator's own OAuth tokens are not settings: known by where they travel.
    logging.getLogger("httpx").info("HTTP Request: GET %s", httpx.URL(
        "https://graph.instagram.com/me", params={"fields": "username",
                                                  "access_token": "IGQWRPcreatorToken123"}))
    logging.getLogger("httpcore").debug("headers=[(b'Authorization', b'Bearer "
                                        "act.tiktokAccess456')]")
    logging.getLogger("httpx").debug("form: grant_type=refresh_token&refresh_token="
                                     "rft.tiktokRefresh789")
    logged = output.getvalue()
    for secret in SECRETS:
        assert secret not in logged, secret
    # What operators need stays: the method, the chat id, the kind of failure.
    assert "sendMessage" in logged and "5123456789" in logged and "ConnectError" in logged
    assert logged.count("[token]") >= 8 and "[contact]" in logged
    assert "fields=username" in logged


def test_redaction_is_installed_once_and_keeps_every_secret() -> None:
    logger = logging.getLogger("jodoh.test.isolated")
    logger.propagate = False
    stream = io.StringIO()
    logger.addHandler(logging.StreamHandler(stream))
    logger.setLevel(logging.DEBUG)
    install_redaction("first-secret-value", logger=logger)
    install_redaction("second-secret-value", logger=logger)
    logger.debug("first-secret-value second-secret-value")
    assert stream.getvalue().strip() == "[token] [token]"
    assert len(logger.handlers[0].filters) == 1
