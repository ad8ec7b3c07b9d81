"""Build the Telegram `Application`: services in post_init, handlers, persistence."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot import admin, brand, common, connect, creator, inline, links, shortlist, verify
from bot.common import SERVICES
from bot.delivery import ReliableRateLimiter
from bot.menus import set_up_menus
from bot.persistence import SharedPersistence, flush_state
from bot.processing import PerUserUpdateProcessor
from bot.refresh_job import REFRESH_EVERY_S, schedule_refresh
from jodoh.log_redaction import install_redaction, secrets_of
from jodoh.service import JodohService
from jodoh.services import Services, build_services
from jodoh.settings import Settings
from jodoh.state import StateStore, UserLeases

log = logging.getLogger(__name__)
# After every other handler: state changes reach the shared database before the next update.
FLUSH_GROUP = 99
CALLBACK_SERVER = "oauth_callback_server"
# Threads for searches and database calls (most of them wait: for the model, for the disk).
WORKER_THREADS = 16
# HTTP connections to the Bot API for sending, and how long a send may wait for a free one.
SEND_CONNECTIONS = 16
SEND_POOL_TIMEOUT_S = 10.0


def add_handlers(application: Application[Any, Any, Any, Any, Any, Any],
                 state_store: StateStore | None = None) -> None:
    """Register every handler (order matters: first match wins within a group)."""
    application.add_handler(creator.conversation(state_store))
    application.add_handler(CommandHandler("start", links.start))
    application.add_handler(CommandHandler("myprofile", creator.my_profile))
    application.add_handler(CommandHandler("verify", verify.verify_command))
    application.add_handler(CommandHandler("connect", connect.connect_command))
    application.add_handler(CommandHandler("disconnect", connect.disconnect_command))
    application.add_handler(CallbackQueryHandler(verify.verify_check, pattern=r"^vf:check$"))
    application.add_handler(CommandHandler("delete", creator.delete_command))
    application.add_handler(CommandHandler("reindex", admin.reindex))
    application.add_handler(CommandHandler("import", admin.import_command))
    application.add_handler(CommandHandler("claims", admin.claims_command))
    application.add_handler(CallbackQueryHandler(admin.claim_button, pattern=r"^cl:"))
    application.add_handler(CallbackQueryHandler(creator.delete_button, pattern=r"^del:"))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.Document.ALL, admin.import_document))
    application.add_handler(CommandHandler(["cancel", "skip"], common.nothing_in_progress))
    application.add_handler(CommandHandler("help", common.help_command))
    application.add_handler(CommandHandler("language", common.language_command))
    application.add_handler(CommandHandler("shortlist", shortlist.shortlist_command))
    application.add_handler(CallbackQueryHandler(common.choose_role, pattern=r"^role:"))
    application.add_handler(CallbackQueryHandler(common.set_language, pattern=r"^lang:"))
    application.add_handler(CallbackQueryHandler(brand.more_results, pattern=r"^more:"))
    application.add_handler(CallbackQueryHandler(brand.drop_constraint, pattern=r"^drop:"))
    application.add_handler(CallbackQueryHandler(brand.change_button, pattern=r"^chg:"))
    application.add_handler(CallbackQueryHandler(brand.lookalike_button, pattern=r"^like:"))
    application.add_handler(CallbackQueryHandler(brand.shortlist_button, pattern=r"^sl:"))
    application.add_handler(CallbackQueryHandler(brand.feedback_button, pattern=r"^fb:"))
    application.add_handler(CallbackQueryHandler(brand.contact_button, pattern=r"^ct:"))
    application.add_handler(CallbackQueryHandler(brand.why_button, pattern=r"^why:"))
    application.add_handler(CallbackQueryHandler(brand.contact_decision, pattern=r"^cd:"))
    application.add_handler(CallbackQueryHandler(shortlist.shortlist_action, pattern=r"^slx:"))
    application.add_handler(CallbackQueryHandler(common.stale_button))
    application.add_handler(InlineQueryHandler(inline.inline_brief))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, brand.brief_message))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & filters.COMMAND, common.unknown_command))
    application.add_handler(MessageHandler(
        filters.UpdateType.MESSAGE & ~filters.TEXT, common.unsupported_message))
    application.add_handler(MessageHandler(filters.UpdateType.EDITED, common.edited_message))
    application.add_handler(TypeHandler(Update, flush_state), group=FLUSH_GROUP)
    application.add_error_handler(common.error_handler)


def build_application(
    settings: Settings,
    *,
    service: JodohService | None = None,
    services: Services | None = None,
    request: BaseRequest | None = None,
    token: str | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """The bot, wired to `services` (or services around `service`, or built from `settings`
    in post_init); handlers reach them through `bot.common.services(context)`."""
    if services is not None and service is not None and services.service is not service:
        raise ValueError("give either service or services, not two different services")
    service = services.service if services is not None else service

    async def post_init(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        # Searches wait in the query batcher to share one model call; with asyncio's default
        # pool (cores + 4 threads) at most 5 queries shared a call, and 100 briefs at once
        # took 12 % longer (bench/RESULTS.md).
        asyncio.get_running_loop().set_default_executor(
            ThreadPoolExecutor(max_workers=WORKER_THREADS, thread_name_prefix="jodoh"))
        # Optional chat model (LLM_MODEL) in the brief pipeline: richer explanations and
        # brief understanding, with the deterministic ones as the fallback for every failure.
        ready = services or build_services(settings, service or JodohService(settings))
        application.bot_data[SERVICES] = ready
        svc = ready.service
        # Repair the index after a crash (a broken or missing store is rebuilt in the
        # background, searches use keywords meanwhile); load the model and the indexes.
        await asyncio.to_thread(svc.check_index, background=True)
        await asyncio.to_thread(svc.warm_up)
        await set_up_menus(application.bot, ready.admins)
        if ready.connects:
            callback = connect.CallbackServer(ready.connects, application.bot)
            port = await callback.start(settings.oauth_listen, settings.oauth_port)
            application.bot_data[CALLBACK_SERVER] = callback
            log.info("OAuth callback listening on port %d", port)
        if schedule_refresh(application, settings, connected=bool(ready.connects)):
            log.info("Verified statistics refresh scheduled every %d h", REFRESH_EVERY_S // 3600)
        log.info("Jodoh bot ready")

    async def post_shutdown(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        callback = application.bot_data.get(CALLBACK_SERVER)
        if callback is not None:
            await callback.stop()
        ready = application.bot_data.get(SERVICES)
        if ready is not None and service is None:
            ready.service.close()
        store.close()

    secret = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token \
        else None
    settings.jodoh_data_dir.mkdir(parents=True, exist_ok=True)
    # Conversations, user data and rate limits live in the database every instance shares.
    store = (StateStore(service.engine) if service is not None
             else StateStore(database_url=settings.resolved_database_url))
    # Several instances only share PostgreSQL (SQLite is one machine, one bot process).
    leases = UserLeases(store.engine) if store.engine.dialect.name == "postgresql" else None
    builder = (
        ApplicationBuilder()
        .token(token or secret or "0:local")
        # Every text is built by `t`, which escapes what users typed: all of it is HTML.
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .persistence(SharedPersistence(store))
        .rate_limiter(ReliableRateLimiter())
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .concurrent_updates(PerUserUpdateProcessor(leases=leases))
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot", 1))
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        # httpcore checks every pooled connection for expiry on each request; with PTB's
        # 256 the bot spent ≈ 20 % of its event-loop CPU there under load. Sends are
        # already paced at 30/s by the rate limiter, which a few connections carry.
        builder = builder.connection_pool_size(SEND_CONNECTIONS).pool_timeout(
            SEND_POOL_TIMEOUT_S)
    application = builder.build()
    add_handlers(application, store)
    return application


def run_bot(settings: Settings) -> None:
    """`jodoh bot`: long polling, or webhooks when WEBHOOK_URL is set."""
    if settings.telegram_bot_token is None:
        raise SystemExit("TELEGRAM_BOT_TOKEN is not set; try `jodoh chat` to use the bot "
                         "in the terminal.")
    # Whoever configured logging, the token (in every Bot API URL) stays out of it.
    install_redaction(*secrets_of(settings))
    application = build_application(settings)
    if settings.webhook_url:
        # Telegram POSTs updates to WEBHOOK_URL; the server listens on the same path.
        url_path = urlsplit(settings.webhook_url).path.strip("/")
        application.run_webhook(
            listen=settings.webhook_listen, port=settings.webhook_port, url_path=url_path,
            webhook_url=settings.webhook_url,
            secret_token=(settings.resolved_webhook_secret.get_secret_value()
                          if settings.resolved_webhook_secret else None),
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES,
                                poll_interval=settings.telegram_poll_interval)
