"""The bot's daily refresh of verified statistics (PTB's JobQueue), the same work as
`jodoh refresh`: connected Instagram accounts, and YouTube channels when YOUTUBE_API_KEY is
set; admins hear about a rejected YouTube key or a spent quota, the rest is logged."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.common import services
from bot.render import t
from jodoh.platforms.base import InvalidCredentials, PlatformError
from jodoh.platforms.youtube import YouTubeConnector
from jodoh.refresh import refresh
from jodoh.settings import Settings

log = logging.getLogger(__name__)
REFRESH_EVERY_S = 24 * 3600
# After start-up, so that a restart loop cannot spend the day's quota.
FIRST_REFRESH_AFTER_S = 600


def schedule_refresh(application: Application[Any, Any, Any, Any, Any, Any],
                     settings: Settings, *, instagram: bool = False) -> bool:
    """Schedule the daily refresh when something can be verified and there is a job queue."""
    if (settings.youtube_api_key is None and not instagram) or application.job_queue is None:
        return False
    application.job_queue.run_repeating(
        refresh_job, interval=REFRESH_EVERY_S, first=FIRST_REFRESH_AFTER_S,
        name="refresh-verified", data=settings)
    return True


async def refresh_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    settings = context.job.data if context.job is not None else None
    if not isinstance(settings, Settings):
        return
    ready = services(context)
    if ready.instagram is not None:
        try:
            verified, revoked = await asyncio.to_thread(ready.instagram.refresh_all)
            log.info("Instagram: %d verified, %d logins expired or revoked", len(verified),
                     len(revoked))
        except PlatformError as error:
            log.warning("Instagram refresh failed: %s", error)
    if settings.youtube_api_key is None:
        return
    connector = YouTubeConnector(settings.youtube_api_key, settings.youtube_api_url)
    problem: str | None = None
    try:
        report = await asyncio.to_thread(refresh, ready.service, connector)
    except InvalidCredentials:
        problem = "refresh_key_rejected"
    except PlatformError as error:
        log.warning("Verified statistics refresh failed: %s", error)
        return
    else:
        log.info("Verified statistics: %d verified, %d hidden, %d not found, %d refused, "
                 "%d not reached; %d quota units", len(report.verified), len(report.hidden),
                 len(report.missing), len(report.refused), len(report.not_reached),
                 report.units)
        if report.not_reached:
            problem = "refresh_quota"
    if problem is not None:
        for admin in ready.admins:
            await context.bot.send_message(admin, t("id", problem))
