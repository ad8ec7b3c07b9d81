"""The bot's daily refresh of verified statistics (PTB's JobQueue), the same run as
`jodoh refresh` (jodoh/refresh_run.py): connected Instagram and TikTok accounts, YouTube
channels with YOUTUBE_API_KEY and Instagram accounts by Business Discovery; admins hear about
a rejected key, a spent quota or a provider that kept failing, and creators whose login was
revoked are told to /connect again; the rest is logged."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.ext import Application, ContextTypes

from bot.common import services
from bot.render import t
from jodoh.refresh_run import refresh_everything
from jodoh.services import key_connectors, key_platforms
from jodoh.settings import Settings
from prompts.explanations import PLATFORM_LABELS

log = logging.getLogger(__name__)
# The setting that holds each key connector's credential, named to the admin who must fix it.
KEY_SETTINGS = {"youtube": "YOUTUBE_API_KEY", "instagram": "INSTAGRAM_DISCOVERY_TOKEN"}
REFRESH_EVERY_S = 24 * 3600
# After start-up, so that a restart loop cannot spend the day's quota.
FIRST_REFRESH_AFTER_S = 600
JOB_NAME = "refresh-verified"


def schedule_refresh(application: Application[Any, Any, Any, Any, Any, Any],
                     settings: Settings, *, connected: bool = False) -> bool:
    """Schedule the daily refresh when something can be verified and there is a job queue."""
    if (not key_platforms(settings) and not connected) or application.job_queue is None:
        return False
    application.job_queue.run_repeating(
        refresh_job, interval=REFRESH_EVERY_S, first=FIRST_REFRESH_AFTER_S,
        name=JOB_NAME, data=settings)
    return True


async def refresh_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    settings = context.job.data if context.job is not None else None
    if not isinstance(settings, Settings):
        return
    ready = services(context)
    run = await asyncio.to_thread(refresh_everything, ready.service, ready.connects,
                                  key_connectors(settings))
    for outcome in run.connected:
        log.info("%s: %d connected accounts verified, %d logins expired or revoked",
                 outcome.platform, len(outcome.verified), len(outcome.revoked))
    for report in run.reports:
        log.info("%s: %d verified, %d hidden, %d not found, %d refused, %d not reached; "
                 "%d API calls/units", report.platform, len(report.verified),
                 len(report.hidden), len(report.missing), len(report.refused),
                 len(report.not_reached), report.units)
    for platform, error in run.failed.items():
        log.warning("%s refresh failed: %s", platform, error)
    for connect in ready.connects.values():
        pending = await asyncio.to_thread(connect.revoked_to_tell)
        for key, owner, handle in pending:
            chosen = context.application.user_data.get(owner, {}).get("lang")
            await context.bot.send_message(owner, t(
                "en" if chosen == "en" else "id", "login_revoked",
                platform=PLATFORM_LABELS[connect.platform], handle=handle))
            await asyncio.to_thread(connect.told, key)
    problems = [t("id", "refresh_key_rejected", platform=PLATFORM_LABELS[platform],
                  setting=KEY_SETTINGS[platform]) for platform in run.rejected]
    problems += [t("id", "refresh_quota", platform=PLATFORM_LABELS[platform])
                 for platform in run.out_of_quota]
    problems += [t("id", "refresh_failed", platform=PLATFORM_LABELS[platform])
                 for platform in run.failed]
    for problem in problems:
        for admin in ready.admins:
            await context.bot.send_message(admin, problem)
