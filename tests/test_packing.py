"""Short texts share rows of one model call, each seeing only itself (`pack_texts`); the
parser's literal screen finds every literal that starts where a word does."""

from __future__ import annotations

import re

import numpy as np
import pytest

from retrieval.literal_screen import LiteralScreen
from retrieval.onnx_encoder import MASKED, pack_texts, padding_bias


def test_texts_share_rows_and_attend_only_to_themselves() -> None:
    packed = pack_texts([[1, 2, 3], [4, 5], [6, 7, 8, 9], [10]], budget=4, pad=0)
    assert packed.spans == [(0, 0, 3), (1, 0, 2), (2, 0, 4), (0, 3, 4)]
    assert packed.input_ids.tolist() == [[1, 2, 3, 10], [4, 5, 0, 0], [6, 7, 8, 9]]
    assert packed.position_ids.tolist() == [[0, 1, 2, 0], [0, 1, 0, 0], [0, 1, 2, 3]]
    allowed = packed.attention_bias[:, 0] == 0.0
    assert set(np.unique(packed.attention_bias).tolist()) == {0.0, MASKED}
    for row, start, end in packed.spans:
        block = np.zeros(allowed.shape[1:], dtype=bool)
        block[start:end, start:end] = True
        assert (allowed[row][start:end] == block[start:end]).all()
    # Padding attends to itself alone: no row of scores is all masked.
    assert allowed[1, 2:, 2:].tolist() == [[True, False], [False, True]]
    assert allowed.any(axis=2).all()


def test_a_text_longer_than_the_budget_widens_the_rows_instead_of_being_cut() -> None:
    packed = pack_texts([[1] * 9, [2, 2]], budget=4)
    assert packed.spans == [(0, 0, 9), (1, 0, 2)]
    assert packed.input_ids.shape == (2, 9)


def test_a_few_texts_share_one_row_rather_than_pad_a_second() -> None:
    # A long brief and its short clause: one row of 11, not two rows of 9.
    packed = pack_texts([[1] * 9, [2, 2]], budget=8)
    assert packed.spans == [(0, 0, 9), (0, 9, 11)]
    assert packed.input_ids.shape == (1, 11)


def test_a_padded_batch_masks_its_padding_keys() -> None:
    positions, bias = padding_bias(np.array([[1, 1, 1], [1, 0, 0]]))
    assert positions.tolist() == [[0, 1, 2], [0, 1, 2]]
    assert (bias[1, 0, :, 1:] == MASKED).all() and (bias[1, 0, :, 0] == 0).all()
    assert (bias[0] == 0).all()


@pytest.mark.parametrize("text", [
    "jual pasir kucing gumpal di sby", "ab", "", "kucingkucing", "wangi lavender dan kopi",
    "(kopi) #ootd, ab-gin", "bukan dikopi tapi kopi"])
def test_the_screen_finds_every_literal_that_starts_where_a_word_does(text: str) -> None:
    literals = ["kucing", "pasir", "ab", "a", "kopi", "pasir kucing", "lavender", "zz", "gin",
                "#ootd", "(kopi"]
    found = set(LiteralScreen(literals).present(text))
    at_word_start = {index for index, literal in enumerate(literals)
                     if re.search(rf"(?<!\w){re.escape(literal)}", text)}
    anywhere = {index for index, literal in enumerate(literals) if literal in text}
    assert at_word_start <= found <= anywhere
    assert LiteralScreen(literals).present(text) == sorted(found)


def test_the_screen_skips_literals_found_only_inside_words() -> None:
    assert LiteralScreen(["kucing", "gin"]).present("kucingkucing lagin") == [0]
