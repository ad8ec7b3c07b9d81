"""Every /command a message tells users to type is one the bot answers (a text once promised
"/register (coming to this bot soon)" long after /register had come)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from telegram.ext import (
    ApplicationBuilder,
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    DictPersistence,
)

from bot.app import add_handlers
from prompts.bot_texts import BOT_TEXTS
from prompts.creator_texts import CREATOR_TEXTS

# A slash-word after a space or a bracket: a command, not a unit ("{rate}/post") or a closing
# HTML tag ("</code>").
_NAMED = re.compile(r"(?:^|(?<=[\s(]))/([a-z]{3,})\b", re.MULTILINE)


def _handlers(handler: BaseHandler[Any, Any, Any]) -> Iterator[BaseHandler[Any, Any, Any]]:
    yield handler
    if isinstance(handler, ConversationHandler):
        for inner in [*handler.entry_points, *handler.fallbacks,
                      *(h for hs in handler.states.values() for h in hs)]:
            yield from _handlers(inner)


def test_every_command_named_in_a_message_is_handled() -> None:
    # The creator conversation is persistent: it needs a persistence to be added.
    application = ApplicationBuilder().token("123:TEST").persistence(DictPersistence()).build()
    add_handlers(application)
    handled = {command for group in application.handlers.values() for top in group
               for handler in _handlers(top) if isinstance(handler, CommandHandler)
               for command in handler.commands}
    named = {(language, key, command)
             for texts in (BOT_TEXTS, CREATOR_TEXTS) for language, table in texts.items()
             for key, text in table.items() for command in _NAMED.findall(text)}
    assert named, "the pattern finds the commands messages name"
    assert {entry for entry in named if entry[2] not in handled} == set()
    assert "/register" in BOT_TEXTS["id"]["howto_creator"]
    assert "segera" not in BOT_TEXTS["id"]["howto_creator"]
    assert "soon" not in BOT_TEXTS["en"]["howto_creator"]
