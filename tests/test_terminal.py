"""`jodoh chat`: the real bot in a terminal, driven by scripted input."""

from __future__ import annotations

import re

import pytest

from bot.terminal import chat, message_tag
from jodoh.service import JodohService
from jodoh.settings import Settings
from storage.records import CreatorRecord
from tests.conftest import creator_row


def test_message_tags_run_a_to_z_then_aa() -> None:
    assert [message_tag(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "a", "b", "z", "aa", "ab", "az", "ba"]


async def test_a_number_answering_a_question_never_presses_an_old_button(
        service: JodohService, settings: Settings) -> None:
    service.import_records([CreatorRecord.model_validate(creator_row(f"glow.{i}", city=city))
                            for i, city in enumerate(["Surabaya", "Jakarta", "Bandung",
                                                      "Medan", "Malang", "Bogor"])])
    lines = iter(["a1",  # the brand role
                  "cari KOL skincare di Makassar, followers 10-20rb",
                  "CHANGE_FOLLOWERS",  # replaced below by the ✏️ followers tag
                  "12", "/quit"])
    output: list[str] = []

    def read(prompt: str) -> str:
        line = next(lines)
        if line == "CHANGE_FOLLOWERS":
            found = re.search(r"\[([a-z]+\d+)\] ✏️ followers", "\n".join(output))
            assert found, output
            line = found.group(1)
        output.append(f"> {line}")
        return line

    await chat(settings, service, read=read, write=output.append)
    text = "\n".join(output)
    # The answer had 20+ buttons, tagged with its message letter; "12" (a follower count for
    # the ✏️ question, which has no buttons) is read as the answer, never as button b12.
    assert "[b12]" in text
    after = text.split("> 12", 1)[1]
    assert "Brief sebelumnya diubah" in after or "Belum kebaca followers" in after
    assert "Detail" not in after and "Disimpan" not in after


async def test_a_ticked_niche_is_drawn_again_with_its_tick(service: JodohService,
                                                            settings: Settings) -> None:
    lines = iter(["/register", "b1", "kopi.sby.test", "/skip",
                  "Review kopi susu dan kedai kopi kecil di Surabaya tiap minggu.", "/skip",
                  "NICHE:kopi", "NICHE:kuliner & makanan", "/quit"])
    output: list[str] = []

    def read(prompt: str) -> str:
        line = next(lines)
        if line.startswith("NICHE:"):
            # The newest drawing of the niche buttons, whose tags change with each redraw.
            found = re.findall(rf"\[([a-z]+\d+)\] (?:✓ )?{re.escape(line[6:])}\b",
                               "\n".join(output))
            assert found, output
            line = found[-1]
        output.append(f"> {line}")
        return line

    await chat(settings, service, read=read, write=output.append)
    text = "\n".join(output)
    assert "] ✓ kopi" in text  # the first tick, drawn on the message that carries it
    last = text.rsplit("Pilih 1–3 niche", 1)[1]
    assert "] ✓ kopi" in last and "] ✓ kuliner & makanan" in last


async def test_a_nameless_login_is_greeted_in_the_chats_language(
        service: JodohService, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    output: list[str] = []
    for login, greeting in (("root", "Halo, Kak!"), ("", "Halo, Kak!"), ("rini", "Halo, Rini!")):
        monkeypatch.setenv("USER", login)
        monkeypatch.setenv("LANG", "id_ID.UTF-8")
        output.clear()
        await chat(settings, service, read=lambda prompt: "/quit", write=output.append)
        assert greeting in "\n".join(output)


async def test_a_tag_of_no_button_is_a_typo_not_a_brief(
        service: JodohService, settings: Settings) -> None:
    # "[a1]" is a tag as the chat prints it: the button, not a brief "a1".
    lines = iter(["[a1]", "c1", "[c2]", "/quit"])
    output: list[str] = []
    await chat(settings, service, read=lambda prompt: next(lines), write=output.append)
    text = "\n".join(output)
    assert "(no button [c1] here)" in text and "(no button [c2] here)" in text
    assert "Ceritakan kebutuhanmu" in text or "Describe what you need" in text  # a1 pressed
    assert "Yang kutangkap" not in text and "What I understood" not in text
