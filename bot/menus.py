"""What Telegram shows around the chat: the command menu per role and language, and the bot's
description and short description in both languages.

Brands get the default menu (every private chat); a creator's chat gets the creator menu
once they pick that role, and each admin's chat the admin menu at start-up. Each menu is set
for `language_code` id and en, and without one (Indonesian, for every other language).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import Bot, BotCommand, BotCommandScope, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from prompts.bot_texts import BOT_TEXTS

log = logging.getLogger(__name__)

MENUS: dict[str, tuple[str, ...]] = {
    "brand": ("start", "shortlist", "language", "help"),
    "creator": ("start", "register", "myprofile", "edit", "stats", "updatestats", "verify",
                "connect", "disconnect", "delete", "language", "help"),
    "admin": ("start", "import", "reindex", "claims", "shortlist", "language", "help"),
}
# The menu's language for users whose Telegram language is neither.
DEFAULT_LANGUAGE = "id"


def commands(role: str, language: str) -> list[BotCommand]:
    """A role's menu in one language."""
    texts = BOT_TEXTS[language]
    return [BotCommand(name, texts[f"cmd_{name}"]) for name in MENUS[role]]


async def _set(bot: Bot, role: str, scope: BotCommandScope) -> None:
    await bot.set_my_commands(commands(role, DEFAULT_LANGUAGE), scope=scope)
    for language in BOT_TEXTS:
        await bot.set_my_commands(commands(role, language), scope=scope,
                                  language_code=language)


async def set_up_menus(bot: Bot, admins: Iterable[int]) -> bool:
    """At start-up: the brand menu for everyone, the admin menu in each admin's chat, the
    descriptions. A Bot API that refuses is logged, never fatal (the bot works without)."""
    try:
        await _set(bot, "brand", BotCommandScopeDefault())
        for admin in admins:
            await _set(bot, "admin", BotCommandScopeChat(admin))
        await bot.set_my_description(BOT_TEXTS[DEFAULT_LANGUAGE]["bot_description"])
        await bot.set_my_short_description(
            BOT_TEXTS[DEFAULT_LANGUAGE]["bot_short_description"])
        for language, texts in BOT_TEXTS.items():
            await bot.set_my_description(texts["bot_description"], language_code=language)
            await bot.set_my_short_description(texts["bot_short_description"],
                                               language_code=language)
    except TelegramError as error:
        log.warning("Menus and descriptions not set: %s", error)
        return False
    return True


async def show_role_menu(bot: Bot, chat_id: int, role: str, *, is_admin: bool) -> None:
    """After a role choice: the creator menu in that chat, or back to the default (brands).
    An admin keeps the admin menu."""
    if is_admin:
        return
    try:
        if role == "creator":
            await _set(bot, "creator", BotCommandScopeChat(chat_id))
        else:
            await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
            for language in BOT_TEXTS:
                await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id),
                                             language_code=language)
    except TelegramError as error:
        log.warning("Role menu not set: %s", error)
