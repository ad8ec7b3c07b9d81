"""Admins (ADMIN_USER_IDS): /reindex with live progress, /import of a document, /stats."""

from __future__ import annotations

import asyncio
import html
import logging
import time
from concurrent.futures import Future
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.common import callback_ints, services, user_language
from bot.creator import deliver_pending_requests
from bot.render import t
from prompts.creator_texts import CREATOR_TEXTS
from prompts.explanations import PLATFORM_LABELS
from prompts.numbers import format_count, format_decimal
from storage.records import ImportFileError, parse_creator_bytes

log = logging.getLogger(__name__)
MAX_UPLOAD_MB = 5
# A Telegram upload is imported while the admin waits; bigger bases go through `jodoh import`.
MAX_UPLOAD_ROWS = 20_000
SHOWN_REJECTIONS = 15
PROGRESS_EVERY_SECONDS = 1.0


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Checked on the server for every admin action; refusals are logged."""
    user = update.effective_user
    allowed = user is not None and user.id in services(context).admins
    if not allowed:
        log.warning("Refused admin action from user %s", user.id if user else None)
    return allowed


async def _refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await update.effective_message.reply_text(t(user_language(update, context),
                                                    "admin_only"))


async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reindex: rebuild into a staging store (search keeps working), progress edited."""
    if not is_admin(update, context):
        await _refuse(update, context)
        return
    message = update.effective_message
    assert message is not None
    language = user_language(update, context)
    if context.bot_data.get("reindex_running"):
        await message.reply_text(t(language, "reindex_running"))
        return
    context.bot_data["reindex_running"] = True
    service = services(context).service
    status: Message | None = None
    try:
        total = await asyncio.to_thread(service.count_creators)
        status = await message.reply_text(t(language, "reindex_started",
                                            total=format_count(total, language)))
        loop = asyncio.get_running_loop()
        last_edit = [0.0]
        edits: list[Future[None]] = []

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last_edit[0] < PROGRESS_EVERY_SECONDS and done < total:
                return
            last_edit[0] = now
            edits.append(asyncio.run_coroutine_threadsafe(
                _edit(context, status.chat_id, status.message_id,
                      t(language, "reindex_progress", done=format_count(done, language),
                        total=format_count(total, language))), loop))

        started = time.monotonic()
        count = await asyncio.to_thread(service.reindex, progress)
        # A progress edit still on its way would land after the final state and stay there
        # (seen under load: "0/398" for good): the final edit goes out after all of them.
        await asyncio.gather(*(asyncio.wrap_future(edit) for edit in edits),
                             return_exceptions=True)
        final = t(language, "reindex_done", count=format_count(count, language),
                  seconds=format_decimal(time.monotonic() - started, language))
    except Exception:
        log.exception("Reindex failed")
        final = t(language, "reindex_failed")
    finally:
        context.bot_data["reindex_running"] = False
    if status is None:
        await message.reply_text(final)
    else:
        await _finish(context, status, final)


async def _edit(context: ContextTypes.DEFAULT_TYPE, chat_id: int, message_id: int,
                text: str) -> None:
    try:
        await context.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
    except Exception:
        log.debug("Progress edit failed", exc_info=True)


async def _finish(context: ContextTypes.DEFAULT_TYPE, status: Message, text: str) -> None:
    """The status message's final state, always delivered: edited in place (flood control
    and network failures are retried by the rate limiter), or sent anew when the message
    cannot be edited any more, so the admin never stays on a progress count."""
    try:
        await context.bot.edit_message_text(text, chat_id=status.chat_id,
                                            message_id=status.message_id)
        return
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return
        log.warning("Final status edit refused (%s); sending it as a new message", error)
    except TelegramError as error:
        log.warning("Final status edit failed (%s); sending it as a new message", error)
    await context.bot.send_message(status.chat_id, text)


async def import_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/import: explain how to upload."""
    if not is_admin(update, context):
        await _refuse(update, context)
        return
    if update.effective_message:
        await update.effective_message.reply_text(
            t(user_language(update, context), "import_howto", limit=MAX_UPLOAD_MB))


async def import_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An uploaded .csv/.jsonl from an admin: validate every row, import the valid ones."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    if not is_admin(update, context):
        await _refuse(update, context)
        return
    language = user_language(update, context)
    document = message.document
    suffix = Path(document.file_name or "").suffix.lower()
    if suffix not in {".csv", ".jsonl"}:
        await message.reply_text(t(language, "import_wrong_type"))
        return
    size = document.file_size or 0
    if size > MAX_UPLOAD_MB * 1024 * 1024:
        await message.reply_text(t(language, "import_too_big", size=f"{size / 2**20:.1f}",
                                   limit=MAX_UPLOAD_MB))
        return
    telegram_file = await document.get_file()
    data = bytes(await telegram_file.download_as_bytearray())
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        await message.reply_text(t(language, "import_too_big",
                                   size=f"{len(data) / 2**20:.1f}", limit=MAX_UPLOAD_MB))
        return
    await _import_bytes(update, context, data, suffix)


async def _import_bytes(update: Update, context: ContextTypes.DEFAULT_TYPE, data: bytes,
                        suffix: str) -> None:
    message = update.effective_message
    assert message is not None
    language = user_language(update, context)
    try:
        parsed = parse_creator_bytes(data, suffix, max_rows=MAX_UPLOAD_ROWS)
    except ImportFileError as error:
        await message.reply_text(t(language, "import_bad_file", reason=str(error)))
        return
    await message.reply_text(t(language, "import_working",
                               count=len(parsed.records) + len(parsed.errors)))
    service = services(context).service
    report = await asyncio.to_thread(
        service.import_records, [r for _, r in parsed.records], rejected=parsed.errors)
    lines = [t(language, "import_done", created=report.created, updated=report.updated,
               unchanged=report.unchanged, kept=report.kept, rejected=len(report.rejected))]
    lines += [t(language, "import_rejected_line", line=e.line, reason=e.reason)
              for e in report.rejected[:SHOWN_REJECTIONS]]
    if len(report.rejected) > SHOWN_REJECTIONS:
        lines.append(t(language, "import_more_rejected",
                       count=len(report.rejected) - SHOWN_REJECTIONS))
    await message.reply_text("\n".join(lines))


async def admin_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin statistics (reached through /stats when the user is an admin)."""
    if not is_admin(update, context):
        await _refuse(update, context)
        return
    language = user_language(update, context)
    data = await asyncio.to_thread(services(context).service.stats)

    def top(counts: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in list(counts.items())[:8]) or "-"

    if update.effective_message:
        await update.effective_message.reply_text(
            t(language, "admin_stats", creators=data["creators"], indexed=data["indexed"],
              searches=data["searches_today"], last=data["last_reindex"] or "-",
              sync=("✅" if data["stale"] == 0 else f"⚠️ {data['stale']}"),
              platforms=top(data["by_platform"]), niches=top(data["by_niche"]),
              cities=top(data["by_city"]),
              unknown=html.escape(", ".join(data["unknown_cities"][:20]) or "-")),
        )


async def claims_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/claims: handles of imported creators that someone registered, each with the code to
    look for in the account's bio and Approve / Reject."""
    message = update.effective_message
    if message is None:
        return
    if not is_admin(update, context):
        await _refuse(update, context)
        return
    language = user_language(update, context)
    claims = await asyncio.to_thread(services(context).claims.pending)
    if not claims:
        await message.reply_text(t(language, "claims_none"))
        return
    for claim in claims:
        await message.reply_text(
            t(language, "claim_item", claim_id=claim.claim_id, handle=claim.handle,
              platform=PLATFORM_LABELS.get(claim.platform, claim.platform), code=claim.code,
              name=claim.display_name or "-", claimer=claim.claimer_telegram_id),
            reply_markup=InlineKeyboardMarkup([[
                InlineKeyboardButton(t(language, "btn_approve"),
                                     callback_data=f"cl:{claim.claim_id}:1"),
                InlineKeyboardButton(t(language, "btn_reject"),
                                     callback_data=f"cl:{claim.claim_id}:0"),
            ]]))


async def claim_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Approve / Reject a claim (admins only, checked here); every claimer is told."""
    callback = update.callback_query
    if callback is None:
        return
    language = user_language(update, context)
    if not is_admin(update, context):
        await callback.answer(t(language, "admin_only"), show_alert=True)
        return
    parts = callback_ints(callback.data, 2)
    if parts is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    try:
        decision = await asyncio.to_thread(services(context).claims.decide, parts[0],
                                           parts[1] == 1)
    except PermissionError:
        await callback.answer(t(language, "claim_conflict"), show_alert=True)
        return
    if decision is None:
        await callback.answer(t(language, "claim_gone"), show_alert=True)
        return
    await callback.answer()
    outcome = "approved" if decision.approved else "rejected"
    if update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, t(
            language, "claim_decided", claim_id=parts[0], handle=decision.handle,
            outcome=t(language, f"claim_outcome_{outcome}")))
    platform = PLATFORM_LABELS.get(decision.platform, decision.platform)
    for claimer, key in ([(c, "claim_approved") for c in decision.approved]
                         + [(c, "claim_rejected") for c in decision.rejected]):
        claimer_language = context.application.user_data.get(claimer, {}).get("lang", "id")
        await context.bot.send_message(claimer, t(
            claimer_language, key, table=CREATOR_TEXTS, handle=decision.handle,
            platform=platform))
        if key == "claim_approved" and decision.creator_id is not None:
            # The requests brands made for this creator reach their verified owner, once.
            await deliver_pending_requests(context, claimer, decision.creator_id, claimer,
                                           claimer_language)
