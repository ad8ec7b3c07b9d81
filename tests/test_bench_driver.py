"""How the load benchmark's driver splits a brand's chat into answers."""

from __future__ import annotations

from bench.botdriver import LEGEND, OPENS_ANSWER, SEARCHING, Message, segments

OPENING = OPENS_ANSWER[0]
RESULTS = f"{OPENING} kopi\n\n<b>1. Kopi</b> (@kopi)\n\n{LEGEND[0]}"


def test_an_answer_sent_at_once_is_no_status() -> None:
    [answer] = segments([Message(1, RESULTS, (), at=10.0)], now=20.0)
    assert answer.complete and answer.cards == 1
    assert answer.status_id is None and not answer.edited


def test_a_status_seen_before_its_edit_is_counted() -> None:
    [answer] = segments([Message(1, f"{OPENING} kopi\n\n{SEARCHING[0]}", (), at=10.0),
                         Message(1, RESULTS, (), at=11.5, edited=True)], now=20.0)
    assert answer.status_id == 1 and answer.edited
    assert (answer.first_at, answer.last_at, answer.cards) == (10.0, 11.5, 1)


def test_a_status_fetched_only_after_its_edit_is_still_counted() -> None:
    """The driver read the message after the bot had edited it: the status text was never
    seen, but the edit says there was one, and the answer arrived with it."""
    [answer] = segments([Message(1, RESULTS, (), at=10.0),
                         Message(1, RESULTS, (), at=11.5, edited=True)], now=20.0)
    assert answer.edited and answer.status_id is None
    assert (answer.first_at, answer.last_at) == (10.0, 11.5)
