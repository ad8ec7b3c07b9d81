"""Everything the bot's handlers call, built once and reached through one typed object.

The composition root: the bot stores one `Services` in `bot_data` and its handlers reach it
through `bot.common.services(context)`; tests build their own and hand it to
`build_application(settings, services=…)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from jodoh.actions import JodohBrandActions, JodohCreatorActions
from jodoh.briefs import BriefPipeline, build_pipeline
from jodoh.claims import ClaimActions
from jodoh.connect import CALLBACK_PATH, InstagramConnect, TokenVault
from jodoh.limits import BRIEFS_PER_MINUTE, REGISTRATIONS_PER_HOUR
from jodoh.platforms.instagram import InstagramLogin
from jodoh.service import JodohService
from jodoh.settings import Settings
from jodoh.state import SharedRateLimiter


@dataclass(slots=True)
class Services:
    """The services of one bot process (limits are counted in the shared database, so they
    hold across instances)."""

    service: JodohService
    pipeline: BriefPipeline
    brands: JodohBrandActions
    creators: JodohCreatorActions
    claims: ClaimActions
    admins: frozenset[int]
    brief_limiter: SharedRateLimiter | None
    register_limiter: SharedRateLimiter | None
    # The bot's own settings (the platforms' API keys and URLs for /verify).
    settings: Settings | None = None
    # /connect with Instagram (None unless its app, PUBLIC_URL and the token key are set).
    instagram: InstagramConnect | None = None


def build_services(settings: Settings, service: JodohService, *,
                   pipeline: BriefPipeline | None = None) -> Services:
    """The bot's services around `service`; the brief pipeline from LLM_MODEL unless given."""
    return Services(
        service=service,
        pipeline=pipeline or build_pipeline(service, settings),
        brands=JodohBrandActions(service),
        creators=JodohCreatorActions(service),
        claims=ClaimActions(service),
        admins=frozenset(settings.admin_user_ids),
        brief_limiter=SharedRateLimiter(service.engine, "brief", BRIEFS_PER_MINUTE, 60.0),
        register_limiter=SharedRateLimiter(service.engine, "register", REGISTRATIONS_PER_HOUR,
                                           3600.0),
        settings=settings,
        instagram=instagram_connect(settings, service),
    )


def instagram_connect(settings: Settings, service: JodohService) -> InstagramConnect | None:
    """Instagram login for /connect, when the app, the public URL and the key are set."""
    if not (settings.instagram_app_id and settings.instagram_app_secret
            and settings.public_url and settings.token_encryption_key):
        return None
    login = InstagramLogin(
        app_id=settings.instagram_app_id, app_secret=settings.instagram_app_secret,
        oauth_url=settings.instagram_oauth_url, token_url=settings.instagram_token_url,
        graph_url=settings.instagram_graph_url,
        redirect_uri=settings.public_url.rstrip("/") + CALLBACK_PATH)
    return InstagramConnect(service, login, TokenVault(service, settings.token_encryption_key))
