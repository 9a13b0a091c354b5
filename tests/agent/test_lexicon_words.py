"""The word-block builder every lexicon uses: a wrapped pattern must stay one pattern."""

from __future__ import annotations

import pytest

from agent.lexicon.nouns import words


def test_a_wrapped_pattern_is_glued_until_balanced() -> None:
    family = words(
        r"""
        (?:como|come)\s+(?:na|nella)\s+(?:proposta
        |offerta) unchanged
        """
    )
    assert family.search("come nella offerta")
    assert family.search("unchanged")
    assert family.search("como na") is None


def test_a_pattern_balanced_at_a_line_end_but_ending_in_a_space_is_refused() -> None:
    with pytest.raises(ValueError, match="ends in a space"):
        words(
            r"""
            (?:como|come)\s+(?:na|nella)\s+
            (?:proposta|offerta)
            """
        )


def test_a_pattern_cut_after_an_optional_word_is_refused() -> None:
    with pytest.raises(ValueError, match="ends in a space"):
        words(
            r"""
            (?:we\s+are|i\s+am)\s+(?:\S+\s+)? (?:available|here\s+to\s+help)
            """
        )
