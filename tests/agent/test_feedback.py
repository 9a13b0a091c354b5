"""Reviewer feedback read as instructions: what the rules drafter understands, and what not."""

from __future__ import annotations

import pytest

from agent.feedback import DraftInstructions, apply, interpret

NONE = DraftInstructions()


@pytest.mark.parametrize(
    ("feedback", "add", "drop"),
    [
        ("Also ask for the W-9", ("tax_detail",), ()),
        (
            "Please also request the supplier registration and the PO number.",
            ("po_number", "supplier_registration"),
            (),
        ),
        ("Don't ask for the billing address", (), ("billing_entity",)),
        ("No need to ask for the signed order form", (), ("signature_packet",)),
        (
            "Ask for the VAT number, but not the technical contact",
            ("tax_detail",),
            ("delivery_prerequisite",),
        ),
        ("We also don't need the PO number", (), ("po_number",)),
    ],
)
def test_fields_to_ask_for_or_not(
    feedback: str, add: tuple[str, ...], drop: tuple[str, ...]
) -> None:
    got, applied = interpret(feedback, NONE)
    assert (got.add_fields, got.drop_fields) == (add, drop)
    assert len(applied) == len(add) + len(drop)


def test_style_instructions() -> None:
    got, applied = interpret("Make it shorter and more formal.", NONE)
    assert got.short and got.formal and applied == ("shorter", "more formal")
    back, applied = interpret("Less formal, and a bit longer please", got)
    assert not back.short and not back.formal and set(applied) == {"longer", "less formal"}
    informal, _ = interpret("keep it informal", NONE)
    assert not informal.formal  # "informal" is not "formal"


@pytest.mark.parametrize(
    "feedback",
    [
        "don't mention that finance has not approved the discount",
        "Tell them the order ships on Monday",
        "Looks odd, rewrite it",
    ],
)
def test_anything_else_is_recorded_but_changes_nothing(feedback: str) -> None:
    got, applied = interpret(feedback, NONE)
    assert got == NONE and applied == ()


def test_feedback_accumulates_over_responses() -> None:
    first, _ = interpret("also ask for the tax ID", NONE)
    second, _ = interpret("shorter", first)
    assert second.add_fields == ("tax_detail",) and second.short
    third, _ = interpret("don't ask for the tax ID after all", second)
    assert third.add_fields == () and third.drop_fields == ("tax_detail",) and third.short


def test_apply_moves_a_field_asked_for_again_out_of_the_thanks() -> None:
    rules = DraftInstructions(add_fields=("po_number",), drop_fields=("billing_entity",))
    thanked, asked = apply(
        rules, ("po_number", "tax_detail"), ("billing_entity", "signature_packet")
    )
    assert thanked == ("tax_detail",)
    assert asked == ("po_number", "signature_packet")
