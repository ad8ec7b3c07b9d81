"""Brand owners: briefs → creator cards, refinement, more results, shortlist, contact requests."""

from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from telegram import ForceReply, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.charts import send_chart
from bot.common import (
    BRIEF_LANGUAGE,
    about_being_a_creator,
    callback_ints,
    search_wait,
    services,
    show_howto,
    user_language,
)
from bot.render import (
    SUPPORTED,
    card_link,
    fit_notice,
    format_date,
    pack_messages,
    query_summary,
    render_short_card,
    share_url,
    t,
)
from jodoh.briefs import (
    RELAXABLE,
    asks_for_more,
    change,
    like_query,
    relax,
    same_constraints,
    stated_constraints,
)
from jodoh.limits import CONTACT_REQUESTS_PER_DAY, MAX_SHORTLIST
from prompts.explanations import PLATFORM_LABELS
from retrieval.brief_parser import BriefQuery, detect_language, parse_brief
from retrieval.explain import card_reason, explain_details
from retrieval.profile import CreatorProfile
from storage.records import well_formed

if TYPE_CHECKING:
    from jodoh.briefs import Page

log = logging.getLogger(__name__)
PAGE_SIZE = 5
MAX_BRIEF_CHARS = 1500
MAX_RESULTS = 50
KEPT_BRIEFS = 5
# Longer than this, a brief's answer is announced by a status message first.
STATUS_AFTER_S = 1.0
# "mirip @handle", "kayak @handle", "like @handle", "similar to @handle": the "@" is what
# makes it a lookalike request ("like" alone is an ordinary word of a brief).
LIKE_REQUEST = re.compile(
    r"\b(?:mirip|kayak|kaya|seperti|like|similar\s+to)\s+(?:(?:si|sama|dengan|dgn)\s+)?"
    r"@(?P<handle>[A-Za-z0-9._]{1,60})", re.IGNORECASE)


def _briefs(context: ContextTypes.DEFAULT_TYPE) -> dict[str, dict[str, Any]]:
    assert context.user_data is not None
    briefs: dict[str, dict[str, Any]] = context.user_data.setdefault("briefs", {})
    return briefs


def _remember(context: ContextTypes.DEFAULT_TYPE, query: BriefQuery) -> str:
    briefs = _briefs(context)
    token = secrets.token_hex(4)
    # Plain data: user_data lives in the shared database as JSON.
    briefs[token] = {"query": query.to_dict(), "offset": 0}
    while len(briefs) > KEPT_BRIEFS:
        briefs.pop(next(iter(briefs)))
    assert context.user_data is not None
    context.user_data["last_brief"] = token
    return token


def card_keyboard(ref: str, token: str, language: str) -> InlineKeyboardMarkup:
    """Everything one can do with one creator (under the ❓ details of a match). Buttons
    carry the creator's public ref, never a row id."""
    return InlineKeyboardMarkup([
        [
            InlineKeyboardButton(t(language, "btn_shortlist"), callback_data=f"sl:{ref}"),
            InlineKeyboardButton(t(language, "btn_up"), callback_data=f"fb:{ref}:1"),
            InlineKeyboardButton(t(language, "btn_down"), callback_data=f"fb:{ref}:-1"),
        ],
        [InlineKeyboardButton(t(language, "btn_contact"), callback_data=f"ct:{ref}:{token}")],
    ])


def results_keyboard(refs: list[str], first_rank: int, token: str, *,
                     more: bool, language: str, droppable: Sequence[str] = (),
                     bot_username: str | None = None) -> InlineKeyboardMarkup:
    """One row per match, numbered as in the text: ❓ details, ⭐ save, ✉️ contact, 🔁 more
    like this one, 🔗 share its public card (Telegram's share dialog); then ➕,
    then per stated constraint of the understood line one ✖ (drop it and search again) and
    one ✏️ (type another value for it)."""
    rows = [
        [InlineKeyboardButton(f"❓ {rank}", callback_data=f"why:{ref}:{token}"),
         InlineKeyboardButton(f"⭐ {rank}", callback_data=f"sl:{ref}"),
         InlineKeyboardButton(f"✉️ {rank}", callback_data=f"ct:{ref}:{token}"),
         InlineKeyboardButton(f"🔁 {rank}", callback_data=f"like:{ref}:{token}"),
         *([InlineKeyboardButton(f"🔗 {rank}", url=share_url(card_link(bot_username, ref)))]
           if bot_username else [])]
        for rank, ref in enumerate(refs, start=first_rank)
    ]
    if more:
        rows.append([InlineKeyboardButton(t(language, "btn_more"),
                                          callback_data=f"more:{token}")])
    if droppable:
        rows.append([InlineKeyboardButton(
            t(language, "btn_drop", field=t(language, f"field_{name}")),
            callback_data=f"drop:{name}:{token}") for name in droppable])
        rows.append([InlineKeyboardButton(
            t(language, "btn_change", field=t(language, f"field_{name}")),
            callback_data=f"chg:{name}:{token}") for name in droppable])
    return InlineKeyboardMarkup(rows)


async def _search_page(context: ContextTypes.DEFAULT_TYPE, token: str, user_id: int | None
                       ) -> Page:
    """The brief's next page, through the one brief pipeline (`jodoh.briefs`)."""
    entry = _briefs(context)[token]
    query = BriefQuery(**entry["query"])
    offset: int = entry["offset"]
    return await services(context).pipeline.page(
        query, offset=offset, top=max(0, min(PAGE_SIZE, MAX_RESULTS - offset)),
        telegram_id=user_id, language=query.language)


def answer_language(query: BriefQuery, fallback: str) -> str:
    """An answer is in its brief's language (one language per message: an English brief
    gets an English answer whatever the chat's setting); other messages follow the chat."""
    return query.language if query.language in SUPPORTED else fallback


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, token: str,
                  language: str, header: str | None, **header_values: Any) -> int:
    """Search one page and answer with one message (more only if Telegram's length limit
    demands it): the summary of the brief, the numbered matches, one row of buttons each.

    A brief is one message, not one per card: Telegram lets a bot send about 30 messages a
    second in all, and that, not the search, bounds how many brands are answered at once
    (bench/RESULTS.md). If the answer takes longer than STATUS_AFTER_S, a status message
    shows progress first and is then edited into the answer.
    """
    chat_id = update.effective_chat.id if update.effective_chat else 0
    user_id = update.effective_user.id if update.effective_user else None
    offset: int = _briefs(context)[token]["offset"]
    query = BriefQuery(**_briefs(context)[token]["query"])
    language = answer_language(query, language)
    summary_html = (t(language, header, summary_html=query_summary(query, language),
                      **header_values) if header is not None else None)
    work = asyncio.ensure_future(_search_page(context, token, user_id))
    status: Message | None = None
    try:
        await asyncio.wait_for(asyncio.shield(work), STATUS_AFTER_S)
    except TimeoutError:
        lines = [summary_html] if summary_html else []
        status = await context.bot.send_message(
            chat_id, "\n\n".join([*lines, t(language, "searching")]))
    result = await work
    matches, explanations = result.matches, result.explanations
    entry = _briefs(context)[token]
    entry["offset"] = offset + len(matches)
    # ✉️ only reaches creators this brief showed (a forged button names any creator).
    entry["shown"] = [*entry.get("shown", []), *(m.profile.ref for m in matches)]
    # ❓ shows the explanation the card was cut from (a chat model's is not written twice).
    entry["explanations"] = {**entry.get("explanations", {}), **{
        m.profile.ref: why for m, why in zip(matches, explanations, strict=True)}}
    blocks = [summary_html or t(language, "results_page", first=offset + 1,
                                  last=offset + len(matches))] if matches or summary_html else []
    if result.degraded and offset == 0:
        blocks.append(t(language, "note_degraded"))
    notice = fit_notice(result.fitting, len(matches), language) if offset == 0 else None
    if notice:
        blocks.append(notice)
    blocks += [render_short_card(rank, match,
                                 card_reason(match, result.query, why, language), language)
               for rank, (match, why)
               in enumerate(zip(matches, explanations, strict=True), start=offset + 1)]
    if matches:
        blocks.append(t(language, "results_legend"))
    else:
        blocks.append(t(language, "no_results" if offset == 0 else "no_more"))
    more = len(matches) == PAGE_SIZE and entry["offset"] < MAX_RESULTS
    droppable = stated_constraints(result.query) if offset == 0 else []
    keyboard = results_keyboard([m.profile.ref for m in matches], offset + 1, token,
                                more=more, language=language, droppable=droppable,
                                bot_username=context.bot.username
                                ) if matches or droppable else None
    texts = pack_messages(blocks)
    for number, text in enumerate(texts):
        markup = keyboard if number == len(texts) - 1 else None
        if number == 0 and status is not None:
            await status.edit_text(text, reply_markup=markup)
        else:
            await context.bot.send_message(chat_id, text,
                                           reply_markup=markup)
    return len(matches)


async def _button_search_refused(update: Update, context: ContextTypes.DEFAULT_TYPE,
                                 language: str) -> bool:
    """A button that searches (➕, ✖, 🔁) counts like a brief: over the limit, it answers
    with how long to wait and does nothing."""
    wait = await search_wait(update, context)
    if wait is not None and update.callback_query is not None:
        await update.callback_query.answer(t(language, "slow_down", seconds=wait),
                                           show_alert=True)
    return wait is not None


async def brief_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any free text from a brand is a brief (or a refinement of the previous one)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    language = user_language(update, context)
    text = well_formed(message.text.strip())
    if len(text) > MAX_BRIEF_CHARS:
        await message.reply_text(t(language, "too_long", limit=MAX_BRIEF_CHARS))
        return
    if about_being_a_creator(text):
        await show_howto(update, context, message.chat_id, "creator")
        return
    if await _changed_constraint(update, context, text, language):
        return
    wait = await search_wait(update, context)
    if wait is None and (named := LIKE_REQUEST.search(text)) is not None:
        await _lookalikes_of_handle(update, context, named, text, language)
        return
    if wait is None and asks_for_more(text):
        await _next_page_typed(update, context, language)
        return
    if wait is not None:
        await message.reply_text(t(language, "slow_down", seconds=wait))
        return
    previous_token = (context.user_data or {}).get("last_brief")
    previous_data = _briefs(context).get(previous_token or "", {}).get("query")
    previous = BriefQuery(**previous_data) if previous_data else None
    understood = await services(context).pipeline.understand(text, previous)
    if not understood.searchable:
        await message.reply_text(t(language, "empty_brief"))
        return
    query = understood.query
    if not understood.refined:
        # "skincare Surabaya 10k" says no language: the one spoken so far stays.
        query.language = detect_language(text, default=language)
    if not understood.refined and query.language in SUPPORTED and context.user_data is not None:
        context.user_data[BRIEF_LANGUAGE] = query.language
    token = _remember(context, query)
    header = "understood"
    if understood.refined:
        unchanged = previous is not None and same_constraints(previous, query)
        header = "refined_same" if unchanged else "refined"
    await _answer(update, context, token, language, header)


async def _lookalikes_of_handle(update: Update, context: ContextTypes.DEFAULT_TYPE,
                                named: re.Match[str], text: str, language: str) -> None:
    """ "mirip @handle" / "like @handle": the creators most like that one; the rest of the
    message may state constraints ("mirip @x tapi di Bandung") and may name the platform
    when the handle is on several."""
    message = update.effective_message
    assert message is not None
    rest = parse_brief(text[: named.start()] + " " + text[named.end():])
    rest.language = detect_language(text, default=language)  # "mirip"/"like" tells, not the rest
    pipeline = services(context).pipeline
    handle = named.group("handle").rstrip(".")  # a sentence's full stop
    sources = await pipeline.lookalike_source(handle)
    chosen = [p for p in sources if p.platform in rest.platforms] or sources
    if not chosen:
        await message.reply_text(t(language, "like_unknown", handle=html.escape(handle)))
        return
    await _answer_lookalikes(update, context, chosen[0], rest, language)


async def _answer_lookalikes(update: Update, context: ContextTypes.DEFAULT_TYPE,
                             source: CreatorProfile, base: BriefQuery | None,
                             language: str) -> None:
    query = like_query(source, base.language if base is not None else language, base)
    token = _remember(context, query)
    await _answer(update, context, token, language, "like_header", handle=source.handle,
                  platform=PLATFORM_LABELS.get(source.platform, source.platform))


async def lookalike_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """🔁 on a card: creators like that one, the brief's constraints kept (a search: it
    counts against the rate limit)."""
    callback = update.callback_query
    if callback is None:
        return
    language = user_language(update, context)
    ref = _button_ref(callback.data)
    entry = _button_brief(context, callback.data)
    if ref is None or entry is None:
        await callback.answer(t(language, "brief_expired"), show_alert=True)
        return
    if await _button_search_refused(update, context, language):
        return
    source = await asyncio.to_thread(services(context).service.creator_by_ref, ref)
    if source is None:
        await callback.answer(t(language, "creator_gone"), show_alert=True)
        return
    await callback.answer()
    await _answer_lookalikes(update, context, source, BriefQuery(**entry["query"]), language)


async def more_results(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The ➕ button: the next page of the same brief (a search like a brief: it counts
    against the same rate limit, and no brief pages past MAX_RESULTS)."""
    callback = update.callback_query
    if callback is None:
        return
    language = user_language(update, context)
    token = (callback.data or "").split(":", 1)[-1]
    entry = _briefs(context).get(token)
    if entry is None:
        await callback.answer(t(language, "brief_expired"), show_alert=True)
        return
    if entry["offset"] >= MAX_RESULTS:
        await callback.answer(t(language, "results_cap", limit=MAX_RESULTS), show_alert=True)
        return
    if await _button_search_refused(update, context, language):
        return
    await callback.answer()
    await _answer(update, context, token, language, None)


async def _next_page_typed(update: Update, context: ContextTypes.DEFAULT_TYPE,
                           language: str) -> None:
    """A typed "next page": the ➕ of the last brief (or the question, without one)."""
    message = update.effective_message
    assert message is not None
    token = (context.user_data or {}).get("last_brief") or ""
    entry = _briefs(context).get(token)
    if entry is None:
        await message.reply_text(t(language, "empty_brief"))
    elif entry["offset"] >= MAX_RESULTS:
        await message.reply_text(t(language, "results_cap", limit=MAX_RESULTS))
    else:
        await _answer(update, context, token, language, None)


async def drop_constraint(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A ✖ button of the understood line: the same brief without that constraint, answered
    as a refined brief (a search: it counts against the rate limit)."""
    callback = update.callback_query
    if callback is None:
        return
    language = user_language(update, context)
    pieces = (callback.data or "").split(":")
    entry = _briefs(context).get(pieces[2] if len(pieces) == 3 else "")
    if entry is None or pieces[1] not in RELAXABLE:
        await callback.answer(t(language, "brief_expired"), show_alert=True)
        return
    if await _button_search_refused(update, context, language):
        return
    await callback.answer()
    query = relax(BriefQuery(**entry["query"]), pieces[1])
    token = _remember(context, query)
    await _answer(update, context, token, language, "refined")


async def change_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A ✏️ button of the understood line: ask for the constraint's new value; the brand's
    next message answers it (`_changed_constraint`)."""
    callback = update.callback_query
    if callback is None or context.user_data is None:
        return
    language = user_language(update, context)
    pieces = (callback.data or "").split(":")
    token = pieces[2] if len(pieces) == 3 else ""
    if token not in _briefs(context) or pieces[1] not in RELAXABLE:
        await callback.answer(t(language, "brief_expired"), show_alert=True)
        return
    await callback.answer()
    context.user_data["changing"] = {"field": pieces[1], "token": token}
    chat_id = update.effective_chat.id if update.effective_chat else 0
    await context.bot.send_message(chat_id, t(language, f"ask_change_{pieces[1]}"),
                                   reply_markup=ForceReply(selective=True))


async def _changed_constraint(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str,
                              language: str) -> bool:
    """Whether this message answered a ✏️ question (and was handled as such).

    Only the message right after the question answers it: what cannot be read as the
    constraint's value is said, and the brand can tap ✏️ again or send a new brief.
    """
    pending = (context.user_data or {}).pop("changing", None)
    message = update.effective_message
    if not pending or message is None:
        return False
    entry = _briefs(context).get(pending["token"])
    if entry is None:
        return False
    field = pending["field"]
    changed = change(BriefQuery(**entry["query"]), field, text)
    if changed is None:
        await message.reply_text(t(language, "change_unreadable",
                                   field=t(language, f"field_{field}"), typed=html.escape(text)))
        return True
    wait = await search_wait(update, context)
    if wait is not None:
        await message.reply_text(t(language, "slow_down", seconds=wait))
        return True
    token = _remember(context, changed)
    await _answer(update, context, token, language, "refined")
    return True


def _button_brief(context: ContextTypes.DEFAULT_TYPE, data: str | None
                  ) -> dict[str, Any] | None:
    """The presser's own brief named by a card button (`xx:<ref>:<token>`), if any."""
    pieces = (data or "").split(":")
    return _briefs(context).get(pieces[2] if len(pieces) > 2 else "")


_REF = re.compile(r"[0-9a-f]{12}")


def _button_ref(data: str | None) -> str | None:
    """The creator ref of a card button (`xx:<ref>…`), or None for anything else (an old
    button with a row id, a forged one)."""
    pieces = (data or "").split(":")
    return pieces[1] if len(pieces) > 1 and _REF.fullmatch(pieces[1]) else None


async def shortlist_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """⭐: save to the presser's own shortlist."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    ref = _button_ref(callback.data)
    if ref is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    outcome = await asyncio.to_thread(services(context).brands.shortlist_add,
                                      update.effective_user.id, ref)
    if outcome == "gone":
        await callback.answer(t(language, "old_button"), show_alert=True)
    elif outcome == "full":
        await callback.answer(t(language, "shortlist_full", limit=MAX_SHORTLIST),
                              show_alert=True)
    else:
        await callback.answer(t(language, "shortlisted" if outcome == "added"
                                else "already_shortlisted"))


async def feedback_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """👍 / 👎 on a match."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    ref = _button_ref(callback.data)
    value = (callback.data or "").split(":")[-1]
    if ref is None or value not in ("1", "-1"):
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    await asyncio.to_thread(services(context).brands.feedback, update.effective_user.id,
                            ref, int(value))
    await callback.answer(t(language, "feedback_thanks"))


async def why_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """❓: the longer explanation of one card, every fact behind it, on demand."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    ref = _button_ref(callback.data)
    # The token must be one of the presser's own briefs: a forged or foreign button does nothing.
    brief_entry = _button_brief(context, callback.data)
    if ref is None or brief_entry is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    query = BriefQuery(**brief_entry["query"])
    language = answer_language(query, language)
    match = await asyncio.to_thread(services(context).service.match_for, query, ref)
    if match is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    await callback.answer()
    chat_id = update.effective_chat.id if update.effective_chat else update.effective_user.id
    token = (callback.data or "").split(":")[2]
    await send_chart(context, chat_id, match, language)
    await context.bot.send_message(
        chat_id, t(language, "why", details=explain_details(
            match, query, language, brief_entry.get("explanations", {}).get(ref))),
        reply_markup=card_keyboard(match.profile.ref, token, language))


async def contact_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """✉️: ask the creator; their contact is only sent if they accept."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    ref = _button_ref(callback.data)
    brief_entry = _button_brief(context, callback.data)
    # Only a creator one of the presser's own briefs showed: a forged ct: reaches no one.
    if ref is None or brief_entry is None or ref not in brief_entry.get("shown", []):
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    brief_text = brief_entry["query"]["text"]
    outcome = await asyncio.to_thread(services(context).brands.request_contact,
                                      update.effective_user.id, ref, brief_text)
    if outcome.status == "gone" or outcome.profile is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    handle = outcome.profile.handle
    if outcome.status != "sent":
        # Said in an alert: nothing new happened, so nothing new is added to the chat.
        until = format_date(outcome.until, language) if outcome.until else ""
        await callback.answer(t(language, f"contact_{outcome.status}", handle=handle,
                                until=until, limit=CONTACT_REQUESTS_PER_DAY),
                              show_alert=True)
        return
    await callback.answer()
    chat_id = update.effective_chat.id if update.effective_chat else update.effective_user.id
    if outcome.creator_chat is None or outcome.request_id is None:
        await context.bot.send_message(chat_id, t(language, "contact_unreachable",
                                                  handle=handle))
        return
    creator_chat = outcome.creator_chat
    creator_language = context.application.user_data.get(creator_chat, {}).get("lang", "id")
    await context.bot.send_message(
        creator_chat,
        t(creator_language, "contact_request_to_creator", handle=handle,
          brief=brief_text or "-"),
        reply_markup=contact_request_markup(outcome.request_id, creator_language),
    )
    await context.bot.send_message(chat_id, t(language, "contact_sent", handle=handle))


def contact_request_markup(request_id: int, language: str) -> InlineKeyboardMarkup:
    """Accept / Decline for the creator."""
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(t(language, "btn_accept"), callback_data=f"cd:{request_id}:1"),
        InlineKeyboardButton(t(language, "btn_decline"), callback_data=f"cd:{request_id}:0"),
    ]])


async def contact_decision(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Accept / Decline, pressed by the creator who owns the profile (checked server-side)."""
    callback = update.callback_query
    if callback is None or update.effective_user is None:
        return
    language = user_language(update, context)
    parts = callback_ints(callback.data, 2)
    if parts is None:
        await callback.answer(t(language, "old_button"), show_alert=True)
        return
    decision = await asyncio.to_thread(services(context).brands.decide_contact, parts[0],
                                       update.effective_user.id, parts[1] == 1)
    if decision is None:
        await callback.answer(t(language, "not_yours"), show_alert=True)
        return
    await callback.answer()
    accepted = decision.status == "accepted"
    if update.effective_chat:
        await context.bot.send_message(
            update.effective_chat.id,
            t(language, "contact_accepted_creator" if accepted else "contact_declined_creator"),
        )
    brand_language = context.application.user_data.get(
        decision.brand_telegram_id, {}).get("lang", "id")
    if accepted:
        text = t(brand_language, "contact_accepted_brand", handle=decision.creator_handle,
                 contact=decision.contact or "-")
    else:
        text = t(brand_language, "contact_declined_brand", handle=decision.creator_handle)
    await context.bot.send_message(decision.brand_telegram_id, text)
