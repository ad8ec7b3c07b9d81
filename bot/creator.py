"""Creators: /register (guided, persistent conversation), /myprofile, /edit, /stats, /delete.

One table-driven conversation serves registration, editing one field and updating counts:
each mode is a queue of fields to ask, followed by a preview with Save / Edit.
"""

from __future__ import annotations

import asyncio
import html
import logging
import warnings
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.charts import send_chart
from bot.common import callback_ints, owned_profiles, services, start, user_language
from bot.creator_fields import (
    FIELDS,
    IDENTITY_FIELDS,
    MULTI_LIMITS,
    OPTIONAL,
    STATS_FIELDS,
    field_choices,
    field_keyboard,
    invalid_reason,
    named_choices,
    read_answer,
    tc,
)
from bot.persistence import SharedConversationHandler
from bot.render import card_link, render_card
from bot.render import t as render_t
from jodoh.state import StateStore
from prompts.explanations import PLATFORM_LABELS
from retrieval.places import country_of, suggest_city
from retrieval.ranking import ScoredMatch
from storage.contract_ids import VIDEO_PLATFORMS
from storage.records import (
    CreatorRecord,
    add_history_point,
    stored_record,
    well_formed,
)

log = logging.getLogger(__name__)

ASKING, PREVIEW, CHOOSE_FIELD, CHOOSE_PROFILE = range(4)
def _state(context: ContextTypes.DEFAULT_TYPE) -> dict[str, Any]:
    assert context.user_data is not None
    state: dict[str, Any] = context.user_data.setdefault("reg", {})
    return state


def _chat_id(update: Update) -> int:
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user else 0


async def _say(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
               markup: InlineKeyboardMarkup | None = None) -> None:
    await context.bot.send_message(_chat_id(update), text,
                                   reply_markup=markup)


async def _answered(update: Update, context: ContextTypes.DEFAULT_TYPE, field: str,
                    value: Any) -> int:
    """Store the answer to the current question and ask the next one."""
    state = _state(context)
    state["data"][field] = value
    state["queue"].pop(0)
    return await _ask_next(update, context)


async def _ask_next(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    state = _state(context)
    language = user_language(update, context)
    while state["queue"]:
        field = state["queue"][0]
        if field == "avg_views" and state["data"].get("platform") not in VIDEO_PLATFORMS:
            state["queue"].pop(0)
            state["data"]["avg_views"] = None
            continue
        state["step"] = field
        state["selected"] = list(state["data"].get(field) or []) if field in MULTI_LIMITS else []
        platform = PLATFORM_LABELS.get(state["data"].get("platform", ""), "")
        await _say(update, context, tc(language, f"ask_{field}", platform=platform),
                   field_keyboard(field, language, state["selected"]))
        return ASKING
    return await _preview(update, context)


def _record(state: dict[str, Any]) -> CreatorRecord:
    data = dict(state["data"])
    history: list[int] = list(data.get("follower_history") or [])
    dates: list[str] = list(data.get("follower_history_dates") or [])
    followers = data.get("followers")
    if followers is not None:
        # Dated, so that saves seconds apart are judged as seconds apart, not as months.
        history, dates = add_history_point(history, dates, followers, datetime.now(UTC))
    data["follower_history"], data["follower_history_dates"] = history, dates
    return CreatorRecord.model_validate(data)


async def _preview(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    state = _state(context)
    language = user_language(update, context)
    state["step"] = None
    try:
        record = _record(state)
    except ValidationError as error:
        await _say(update, context,
                   tc(language, "invalid_record", reason=invalid_reason(error, language)))
        return await _choose_field(update, context)
    card, _ = await _own_card(context, record, state.get("creator_id") or 0, language)
    await _say(update, context, tc(language, "preview", card_html=card), InlineKeyboardMarkup([[
        InlineKeyboardButton(tc(language, "confirm_button"), callback_data="rg:save"),
        InlineKeyboardButton(tc(language, "edit_button"), callback_data="rg:edit"),
    ]]))
    return PREVIEW


async def _own_card(context: ContextTypes.DEFAULT_TYPE, record: CreatorRecord,
                    creator_id: int, language: str, verified_at: datetime | None = None
                    ) -> tuple[str, ScoredMatch]:
    """The card brands see for this profile, plus the private contact line only its owner
    sees; and the scored profile it shows (for the chart)."""
    match, explanation = await asyncio.to_thread(services(context).creators.describe, record,
                                                 creator_id, language, verified_at)
    card = render_card(None, match, explanation, language) + "\n\n" + tc(
        language, "contact_line", contact=record.contact or "-")
    return card, match


async def _choose_field(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    state = _state(context)
    language = user_language(update, context)
    editable = [f for f in FIELDS if state["mode"] == "register" or f not in IDENTITY_FIELDS]
    if state["data"].get("platform") not in VIDEO_PLATFORMS:
        editable.remove("avg_views")
    buttons = [InlineKeyboardButton(tc(language, f"field_{f}"), callback_data=f"rg:field:{f}")
               for f in editable]
    await _say(update, context, tc(language, "choose_field"),
               InlineKeyboardMarkup([buttons[i : i + 3] for i in range(0, len(buttons), 3)]))
    return CHOOSE_FIELD


# --- entry points ------------------------------------------------------------------------


async def register(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int | None:
    """/register: start the guided conversation (a few times an hour at most per user)."""
    limiter = services(context).register_limiter
    user_id = update.effective_user.id if update.effective_user else 0
    if limiter is not None and not await asyncio.to_thread(limiter.allow, user_id):
        minutes = max(1, round(limiter.retry_after(user_id) / 60))
        await _say(update, context, tc(user_language(update, context), "register_slow_down",
                                       minutes=minutes))
        # None keeps any registration already in progress exactly where it was.
        return None
    assert context.user_data is not None
    context.user_data["reg"] = {"mode": "register", "queue": list(FIELDS), "data": {},
                                "step": None, "selected": []}
    return await _ask_next(update, context)


async def _start_with_profile(update: Update, context: ContextTypes.DEFAULT_TYPE,
                              mode: str) -> int:
    language = user_language(update, context)
    profiles = await owned_profiles(update, context)
    if not profiles:
        await _say(update, context, tc(language, "no_profile"))
        return ConversationHandler.END
    assert context.user_data is not None
    context.user_data["reg"] = {"mode": mode, "queue": [], "data": {}, "step": None,
                                "selected": []}
    if len(profiles) == 1:
        return await _load_profile(update, context, profiles[0])
    await _say(update, context, tc(language, "choose_profile"), InlineKeyboardMarkup([[
        InlineKeyboardButton(f"@{p['handle']} · {PLATFORM_LABELS[p['platform']]}",
                             callback_data=f"rg:prof:{p['creator_id']}")
    ] for p in profiles]))
    return CHOOSE_PROFILE


async def _load_profile(update: Update, context: ContextTypes.DEFAULT_TYPE,
                        profile: dict[str, Any]) -> int:
    state = _state(context)
    state["creator_id"] = profile.pop("creator_id")
    # Bookkeeping, not fields the creator edits (and user_data is stored as JSON).
    profile.pop("ref", None)
    profile.pop("verified_at", None)
    state["data"] = profile
    if state["mode"] == "stats":
        state["queue"] = list(STATS_FIELDS)
        return await _ask_next(update, context)
    return await _choose_field(update, context)


async def edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/edit: change one field of your profile."""
    return await _start_with_profile(update, context, "edit")


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/stats: admins get statistics; creators update their counts (kept as history)."""
    user = update.effective_user
    if user is not None and user.id in services(context).admins:
        from bot.admin import admin_stats

        await admin_stats(update, context)
        return ConversationHandler.END
    return await _start_with_profile(update, context, "stats")


async def update_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/updatestats: the creator count update, for admins who are creators too."""
    return await _start_with_profile(update, context, "stats")


# --- inside the conversation -------------------------------------------------------------


async def answer_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A typed answer to the current question: validate, store or re-ask."""
    state = _state(context)
    language = user_language(update, context)
    field = state.get("step")
    message = update.effective_message
    if field is None or message is None or message.text is None:
        return ASKING
    if field in ("platform", "country", "niches", "languages"):
        named = named_choices(field, message.text)
        if named and field in MULTI_LIMITS:
            # "kuliner, parenting": ticked as if tapped; Done stays the creator's to tap.
            selected: list[str] = state["selected"]
            for value in named:
                if value not in selected and len(selected) < MULTI_LIMITS[field]:
                    selected.append(value)
            picked = ", ".join(label for value, label in field_choices(field, language)
                               if value in selected)
            await _say(update, context, tc(language, "picked_typed", picked=picked),
                       field_keyboard(field, language, selected))
            return ASKING
        if len(named) == 1:
            return await _picked(update, context, field, named[0], language)
        # Typed where a button answers (a brief, "Indonesia"): the question again, and the
        # way out for someone who meant to do something else.
        await _say(update, context,
                   tc(language, f"ask_{field}") + "\n\n" + tc(language, "pick_below"),
                   field_keyboard(field, language, state.get("selected", [])))
        return ASKING
    value, error = read_answer(field, well_formed(message.text), language)
    if error is None and field == "handle":
        status = await asyncio.to_thread(
            services(context).creators.handle_status, state["data"]["platform"], value,
            update.effective_user.id if update.effective_user else 0)
        platform = PLATFORM_LABELS.get(state["data"]["platform"], "")
        if status == "taken":
            error = tc(language, "handle_taken", platform=platform)
        elif status == "mine" and state["mode"] == "register":
            error = tc(language, "already_have", platform=platform)
    if error is not None:
        await _say(update, context, error + "\n\n" + tc(
            language, f"ask_{field}",
            platform=PLATFORM_LABELS.get(state["data"].get("platform", ""), "")))
        return ASKING
    if field == "city":
        # One place vocabulary for registration, import and briefs: "sby" is Surabaya.
        canonical = suggest_city(value)
        if canonical is not None and canonical != value:
            value = canonical
            await _say(update, context, tc(language, "city_saved_as",
                                           city=html.escape(canonical)))
        elif canonical is None:
            await _say(update, context, tc(language, "city_unknown"))
        # A known city says its country: the country question is not asked again.
        country = country_of(canonical) if canonical is not None else None
        if country is not None:
            state["data"]["country"] = country
            state["queue"] = [name for name in state["queue"] if name != "country"]
    return await _answered(update, context, field, value)


async def skip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/skip an optional question."""
    state = _state(context)
    field = state.get("step")
    language = user_language(update, context)
    if field not in OPTIONAL:
        await _say(update, context, tc(language, "skip_hint"))
        return ASKING
    return await _answered(update, context, field, None)


async def _pick_refused(update: Update, context: ContextTypes.DEFAULT_TYPE, field: str,
                        value: str, language: str) -> str | None:
    """Why a single choice cannot be taken (registering a second profile on a platform
    the creator already has), or None."""
    if field == "platform" and _state(context)["mode"] == "register":
        owned = await owned_profiles(update, context)
        if any(p["platform"] == value for p in owned):
            return tc(language, "already_have", platform=PLATFORM_LABELS[value])
    return None


async def _picked(update: Update, context: ContextTypes.DEFAULT_TYPE, field: str, value: str,
                  language: str) -> int:
    """A single choice named by a typed answer, taken as its button would be."""
    refusal = await _pick_refused(update, context, field, value, language)
    if refusal is not None:
        await _say(update, context, refusal, field_keyboard(field, language, []))
        return ASKING
    return await _answered(update, context, field, value)


async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Buttons while asking: pick one, toggle in a multi-select, or finish a multi-select."""
    callback = update.callback_query
    assert callback is not None
    state = _state(context)
    language = user_language(update, context)
    field = state.get("step")
    _, action, *rest = (callback.data or "rg:?").split(":")
    value = rest[0] if rest else ""
    valid = {v for v, _ in field_choices(field or "", language)}
    if field is None or (action in {"pick", "tog"} and value not in valid):
        await callback.answer(render_t(language, "old_button"), show_alert=True)
        return ASKING
    if action == "pick" and field not in MULTI_LIMITS:
        refusal = await _pick_refused(update, context, field, value, language)
        if refusal is not None:
            await callback.answer(refusal, show_alert=True)
            return ASKING
        await callback.answer()
        return await _answered(update, context, field, value)
    if action == "tog" and field in MULTI_LIMITS:
        selected: list[str] = state["selected"]
        if value in selected:
            selected.remove(value)
        elif len(selected) >= MULTI_LIMITS[field]:
            await callback.answer(tc(language, "max_niches"), show_alert=True)
            return ASKING
        else:
            selected.append(value)
        await callback.answer()
        if callback.message is not None:
            await context.bot.edit_message_reply_markup(
                _chat_id(update), callback.message.message_id,
                reply_markup=field_keyboard(field, language, selected))
        return ASKING
    if action == "done" and field in MULTI_LIMITS:
        if field == "niches" and not state["selected"]:
            await callback.answer(tc(language, "need_niche"), show_alert=True)
            return ASKING
        await callback.answer()
        return await _answered(update, context, field, list(state["selected"]))
    await callback.answer(render_t(language, "old_button"), show_alert=True)
    return ASKING


async def preview_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Save, or go to the field chooser."""
    callback = update.callback_query
    assert callback is not None and update.effective_user is not None
    await callback.answer()
    state = _state(context)
    language = user_language(update, context)
    if callback.data == "rg:edit":
        return await _choose_field(update, context)
    try:
        record = _record(state)
        outcome = await asyncio.to_thread(services(context).creators.save, record,
                                          update.effective_user.id)
    except ValidationError as error:
        await _say(update, context,
                   tc(language, "invalid_record", reason=invalid_reason(error, language)))
        return await _choose_field(update, context)
    except PermissionError:
        await _say(update, context, tc(language, "handle_taken",
                                       platform=PLATFORM_LABELS.get(record.platform, "")))
        return await _choose_field(update, context)
    assert context.user_data is not None
    context.user_data.pop("reg", None)
    if outcome.claim_code is not None:
        await _say(update, context, tc(language, "claim_pending", handle=record.handle,
                                       platform=PLATFORM_LABELS.get(record.platform, ""),
                                       code=outcome.claim_code))
        return ConversationHandler.END
    await _say(update, context, tc(language, "saved"))
    assert outcome.creator_id is not None
    await deliver_pending_requests(context, _chat_id(update), outcome.creator_id,
                                   update.effective_user.id, language)
    return ConversationHandler.END


async def deliver_pending_requests(context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                                   creator_id: int, owner_telegram_id: int,
                                   language: str) -> None:
    """Requests brands made before this creator was on Telegram reach them now, once, with
    Accept/Decline."""
    from bot.brand import contact_request_markup

    pending = await asyncio.to_thread(services(context).creators.pending_requests,
                                      creator_id, owner_telegram_id)
    for request_id, brief, handle in pending:
        await context.bot.send_message(
            chat_id, render_t(language, "contact_request_to_creator", handle=handle,
                              brief=brief or "-"),
            reply_markup=contact_request_markup(request_id, language))


async def field_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A field chosen for editing: ask it again, then preview."""
    callback = update.callback_query
    assert callback is not None
    state = _state(context)
    field = (callback.data or "").split(":")[-1]
    if field not in FIELDS or (state["mode"] != "register" and field in IDENTITY_FIELDS):
        await callback.answer(render_t(user_language(update, context), "old_button"),
                              show_alert=True)
        return CHOOSE_FIELD
    await callback.answer()
    state["queue"] = [field]
    if field == "platform":
        state["queue"].append("avg_views")
    return await _ask_next(update, context)


async def profile_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """One of the user's own profiles chosen (ownership re-checked)."""
    callback = update.callback_query
    assert callback is not None
    await callback.answer()
    wanted = (callback.data or "").split(":")[-1]
    for profile in await owned_profiles(update, context):
        if str(profile["creator_id"]) == wanted:
            return await _load_profile(update, context, profile)
    await _say(update, context, tc(user_language(update, context), "no_profile"))
    return ConversationHandler.END


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel at any step: nothing is saved."""
    if context.user_data is not None:
        context.user_data.pop("reg", None)
    await _say(update, context, tc(user_language(update, context), "cancelled"))
    return ConversationHandler.END


async def start_over(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A bare /start inside the conversation starts over: the profile so far is dropped, as
    /cancel drops it, and the greeting follows (before, the greeting came while the
    conversation still waited, and the next typed text answered its question)."""
    await cancel(update, context)
    await start(update, context)
    return ConversationHandler.END


async def unexpected(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int | None:
    """Anything else inside the conversation: repeat the current question."""
    state = _state(context)
    if update.callback_query is not None:
        await update.callback_query.answer(
            render_t(user_language(update, context), "old_button"), show_alert=True)
        return None
    if state.get("step"):
        state["queue"] = state.get("queue") or [state["step"]]
        return await _ask_next(update, context)
    # Waiting for a button (the preview, which field to change): say so, never stay silent.
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            tc(user_language(update, context), "press_a_button"))
    return None


def conversation(state_store: StateStore | None = None) -> ConversationHandler[Any]:
    """The persistent creator-profile conversation (state shared through `state_store`)."""
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    with warnings.catch_warnings():
        # Button state is tracked per user and chat on purpose (per_message=False).
        warnings.filterwarnings("ignore", message=".*per_message.*")
        return _build_conversation(text, state_store)


def _build_conversation(text: filters.BaseFilter,
                        state_store: StateStore | None) -> ConversationHandler[Any]:
    return SharedConversationHandler(
        entry_points=[
            CommandHandler("register", register),
            CommandHandler("edit", edit),
            CommandHandler("stats", stats),
            CommandHandler("updatestats", update_stats),
        ],
        states={
            ASKING: [
                MessageHandler(text, answer_text),
                CommandHandler("skip", skip),
                CallbackQueryHandler(answer_button, pattern=r"^rg:(pick|tog|done)"),
            ],
            PREVIEW: [CallbackQueryHandler(preview_button, pattern=r"^rg:(save|edit)$")],
            CHOOSE_FIELD: [CallbackQueryHandler(field_button, pattern=r"^rg:field:")],
            CHOOSE_PROFILE: [CallbackQueryHandler(profile_button, pattern=r"^rg:prof:")],
        },
        fallbacks=[
            CommandHandler("cancel", cancel),
            # A /start with a payload (a shared link) opens what it links to, as anywhere.
            CommandHandler("start", start_over, has_args=False),
            MessageHandler(filters.UpdateType.MESSAGE & ~filters.COMMAND, unexpected),
            CallbackQueryHandler(unexpected, pattern=r"^rg:"),
        ],
        name="creator_profile",
        persistent=True,
        allow_reentry=True,
        state_store=state_store,
    )


# --- outside the conversation ------------------------------------------------------------


async def my_profile(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/myprofile: each profile exactly as brands see it, plus the private contact line."""
    language = user_language(update, context)
    profiles = await owned_profiles(update, context)
    if not profiles:
        claim = await asyncio.to_thread(services(context).claims.pending_for,
                                        update.effective_user.id if update.effective_user
                                        else 0)
        if claim is not None:
            await _say(update, context, tc(language, "claim_waiting", handle=claim.handle,
                                           platform=PLATFORM_LABELS.get(claim.platform, ""),
                                           code=claim.code))
            return
        await _say(update, context, tc(language, "no_profile"))
        return
    for profile in profiles:
        creator_id, ref = profile.pop("creator_id"), profile.pop("ref")
        verified_at = profile.pop("verified_at")
        record = stored_record(profile)
        card, match = await _own_card(context, record, creator_id, language, verified_at)
        link = tc(language, "profile_link", link=card_link(context.bot.username, ref))
        await _say(update, context, f"{card}\n{link}")
        if update.effective_chat is not None:
            await send_chart(context, update.effective_chat.id, match, language)


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delete: pick a profile, then confirm."""
    language = user_language(update, context)
    profiles = await owned_profiles(update, context)
    if not profiles:
        await _say(update, context, tc(language, "no_profile"))
        return
    for profile in profiles:
        await _say(
            update, context,
            tc(language, "confirm_delete", handle=profile["handle"],
               platform=PLATFORM_LABELS[profile["platform"]]),
            InlineKeyboardMarkup([[
                InlineKeyboardButton(tc(language, "delete_yes"),
                                     callback_data=f"del:yes:{profile['creator_id']}"),
                InlineKeyboardButton(tc(language, "delete_no"), callback_data="del:no"),
            ]]),
        )


async def delete_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Confirmed deletion (ownership checked by the service)."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    if (callback.data or "").startswith("del:yes"):
        target = callback_ints((callback.data or "").removeprefix("del:yes"), 1)
        if target is None:
            await callback.answer(render_t(language, "old_button"), show_alert=True)
            return
        deleted = await asyncio.to_thread(services(context).creators.delete, target[0],
                                          update.effective_user.id)
        if not deleted:
            await callback.answer(render_t(language, "not_yours"), show_alert=True)
            return
        for connect in services(context).connects.values():
            # a connected account's token goes with the profile
            await asyncio.to_thread(connect.disconnect, target[0])
        await callback.answer()
        await _say(update, context, tc(language, "deleted"))
        return
    await callback.answer()
    await _say(update, context, tc(language, "cancelled"))
