"""Everything the bot's handlers call, built once and reached through one typed object.

The composition root: the bot stores one `Services` in `bot_data` and its handlers reach it
through `bot.common.services(context)`; tests build their own and hand it to
`build_application(settings, services=…)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jodoh.actions import JodohBrandActions, JodohCreatorActions
from jodoh.briefs import BriefPipeline, build_pipeline
from jodoh.claims import ClaimActions
from jodoh.connect import AccountConnect, TokenVault, callback_path
from jodoh.limits import BRIEFS_PER_MINUTE, REGISTRATIONS_PER_HOUR
from jodoh.platforms.base import OAuthLogin, PlatformConnector
from jodoh.platforms.instagram import InstagramDiscovery, InstagramLogin
from jodoh.platforms.tiktok import TikTokLogin
from jodoh.platforms.youtube import YouTubeConnector
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
    # /connect, by platform: each provider whose app, PUBLIC_URL and the token key are set.
    connects: dict[str, AccountConnect] = field(default_factory=dict)


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
        connects=account_connects(settings, service),
    )


def account_connects(settings: Settings, service: JodohService) -> dict[str, AccountConnect]:
    """/connect for each provider whose app is configured, when PUBLIC_URL and the token key
    are set too."""
    if not (settings.public_url and settings.token_encryption_key):
        return {}
    base = settings.public_url.rstrip("/")
    logins: list[OAuthLogin] = []
    if settings.instagram_app_id and settings.instagram_app_secret:
        logins.append(InstagramLogin(
            app_id=settings.instagram_app_id, app_secret=settings.instagram_app_secret,
            oauth_url=settings.instagram_oauth_url, token_url=settings.instagram_token_url,
            graph_url=settings.instagram_graph_url,
            redirect_uri=base + callback_path("instagram")))
    if settings.tiktok_client_key and settings.tiktok_client_secret:
        logins.append(TikTokLogin(
            client_key=settings.tiktok_client_key, client_secret=settings.tiktok_client_secret,
            oauth_url=settings.tiktok_oauth_url, api_url=settings.tiktok_api_url,
            redirect_uri=base + callback_path("tiktok")))
    vault = TokenVault(service, settings.token_encryption_key)
    return {login.platform: AccountConnect(service, login, vault) for login in logins}


def key_platforms(settings: Settings) -> list[str]:
    """The platforms whose public numbers Jodoh can read with its own credentials (no
    creator login): YouTube with YOUTUBE_API_KEY, Instagram with a Business Discovery
    account. A settings check only: nothing is built."""
    platforms = []
    if settings.youtube_api_key is not None:
        platforms.append("youtube")
    if settings.instagram_discovery_user_id and settings.instagram_discovery_token:
        platforms.append("instagram")
    return platforms


def key_connectors(settings: Settings,
                   platforms: Sequence[str] | None = None) -> list[PlatformConnector]:
    """The connectors of `key_platforms` (only those of `platforms`, when given), each with
    its own HTTP client."""
    wanted = [p for p in key_platforms(settings) if platforms is None or p in platforms]
    connectors: list[PlatformConnector] = []
    if "youtube" in wanted:
        assert settings.youtube_api_key is not None
        connectors.append(YouTubeConnector(settings.youtube_api_key, settings.youtube_api_url))
    if "instagram" in wanted:
        assert settings.instagram_discovery_user_id and settings.instagram_discovery_token
        connectors.append(InstagramDiscovery(
            user_id=settings.instagram_discovery_user_id,
            token=settings.instagram_discovery_token,
            base_url=settings.instagram_discovery_url))
    return connectors
