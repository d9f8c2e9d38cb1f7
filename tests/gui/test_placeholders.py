"""Qt's ``%1`` … ``%9`` placeholders are filled in one pass, whatever the values hold."""

from __future__ import annotations

from dialoguetracker.gui.placeholders import filled


def test_each_placeholder_takes_its_own_value_wherever_it_stands() -> None:
    assert filled("%1 (%2)", "2022", "3") == "2022 (3)"
    assert filled("%2 before %1", "one", "two") == "two before one"
    assert filled("%1, again %1", "x") == "x, again x"


def test_a_value_holding_a_placeholder_is_left_as_it_is() -> None:
    title = "Talks on %2 and %1"
    assert filled("Last held: %1, %2", title, "10 Aug 2022") == (
        "Last held: Talks on %2 and %1, 10 Aug 2022"
    )
    assert filled("Rename %1 to %2", "%2", "%1") == "Rename %2 to %1"


def test_a_placeholder_without_a_value_stays_visible_and_extra_values_are_unused() -> None:
    assert filled("%1 of %2", "3") == "3 of %2"
    assert filled("Move “%1” up", "Item", "4") == "Move “Item” up"
    assert filled("100% done", "x") == "100% done"
