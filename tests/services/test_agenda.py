from __future__ import annotations

import random
from dataclasses import replace

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import JOINT, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import AgendaItemDraft
from dialoguetracker.services import Services, agenda
from dialoguetracker.services.audit import history


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


@pytest.fixture
def meeting_id(services: Services, wg: WorkingGroup) -> int:
    return plan_meeting(services, wg).id


def titles(services: Services, meeting_id: int) -> list[str]:
    return [item.title for item in agenda.list_agenda(services, meeting_id)]


def assert_dense(services: Services, meeting_id: int) -> None:
    items = agenda.list_agenda(services, meeting_id)
    assert [item.position for item in items] == list(range(1, len(items) + 1))


def add(services: Services, meeting_id: int, title: str, position: int | None = None) -> int:
    return agenda.create_agenda_item(services, AgendaItemDraft(meeting_id, title), position).id


def test_items_are_appended_or_inserted_and_the_rest_move_down(
    services: Services, meeting_id: int
) -> None:
    add(services, meeting_id, "Cybercrime")
    hygiene = add(services, meeting_id, "Awareness")
    add(services, meeting_id, "Opening remarks", position=1)
    add(services, meeting_id, "Critical infrastructure", position=3)

    assert titles(services, meeting_id) == [
        "Opening remarks",
        "Cybercrime",
        "Critical infrastructure",
        "Awareness",
    ]
    assert_dense(services, meeting_id)
    moves = [(e.action, e.old, e.new) for e in history(services, "agenda_item", hygiene)]
    assert moves == [("create", None, "Awareness"), ("move", "2", "3"), ("move", "3", "4")]


def test_an_insert_position_outside_the_agenda_is_refused(
    services: Services, meeting_id: int
) -> None:
    add(services, meeting_id, "Cybercrime")
    for position in (0, 3, -1):
        with pytest.raises(ValidationError, match="from 1 to 2") as raised:
            add(services, meeting_id, "Stray", position)
        assert raised.value.field == "position"
    assert titles(services, meeting_id) == ["Cybercrime"]


def test_moving_an_item_keeps_positions_dense(services: Services, meeting_id: int) -> None:
    first, second, third = (add(services, meeting_id, t) for t in ("A", "B", "C"))

    moved = agenda.move_agenda_item(services, third, 1)
    assert moved.position == 1
    assert titles(services, meeting_id) == ["C", "A", "B"]
    agenda.move_agenda_item(services, third, 3)
    assert titles(services, meeting_id) == ["A", "B", "C"]
    agenda.move_agenda_item(services, first, 2)
    assert titles(services, meeting_id) == ["B", "A", "C"]
    assert_dense(services, meeting_id)

    with pytest.raises(ValidationError) as raised:
        agenda.move_agenda_item(services, second, 4)
    assert raised.value.field == "position"
    assert titles(services, meeting_id) == ["B", "A", "C"]


def test_deleting_an_item_closes_the_gap(services: Services, meeting_id: int) -> None:
    ids = [add(services, meeting_id, t) for t in ("A", "B", "C", "D")]

    agenda.delete_agenda_item(services, ids[1])

    assert [(i.title, i.position) for i in agenda.list_agenda(services, meeting_id)] == [
        ("A", 1),
        ("C", 2),
        ("D", 3),
    ]
    assert [e.action for e in history(services, "agenda_item", ids[1])] == ["create", "delete"]
    assert [(e.old, e.new) for e in history(services, "agenda_item", ids[3])][-1] == ("4", "3")


def test_reordering_takes_exactly_the_meetings_items(
    services: Services, wg: WorkingGroup, meeting_id: int
) -> None:
    a, b, c = (add(services, meeting_id, t) for t in ("A", "B", "C"))
    elsewhere = add(services, plan_meeting(services, wg, "Other").id, "X")

    reordered = agenda.reorder_agenda(services, meeting_id, [c, a, b])
    assert [(i.title, i.position) for i in reordered] == [("C", 1), ("A", 2), ("B", 3)]
    assert agenda.list_agenda(services, meeting_id) == reordered

    for wrong in ([c, a], [c, a, b, b], [c, a, elsewhere], [c, a, b, elsewhere]):
        with pytest.raises(ValidationError) as raised:
            agenda.reorder_agenda(services, meeting_id, wrong)
        assert raised.value.field == "agenda"
    assert titles(services, meeting_id) == ["C", "A", "B"]


def test_many_edits_in_a_row_keep_the_agenda_dense_and_in_the_expected_order(
    services: Services, meeting_id: int
) -> None:
    expected: list[int] = []
    rng = random.Random(2022)
    for step in range(40):
        choice = rng.random()
        if not expected or choice < 0.4:
            at = rng.randint(1, len(expected) + 1)
            expected.insert(at - 1, add(services, meeting_id, f"item {step}", at))
        elif choice < 0.6:
            victim = expected.pop(rng.randrange(len(expected)))
            agenda.delete_agenda_item(services, victim)
        elif choice < 0.85:
            item = expected.pop(rng.randrange(len(expected)))
            at = rng.randint(1, len(expected) + 1)
            expected.insert(at - 1, item)
            agenda.move_agenda_item(services, item, at)
        else:
            rng.shuffle(expected)
            agenda.reorder_agenda(services, meeting_id, expected)
        assert [i.id for i in agenda.list_agenda(services, meeting_id)] == expected
    assert_dense(services, meeting_id)


def test_an_item_carries_its_topic_lead_presenter_and_preparation(
    services: Services, wg: WorkingGroup, meeting_id: int
) -> None:
    draft = AgendaItemDraft(
        meeting_id,
        "Cybercrime cooperation",
        topic_id=wg.cybercrime_id,
        lead=JOINT,
        presenter_id=wg.mx_head_id,
        planned_minutes=45,
        points_to_make=("Budapest Convention accession", "24/7 network"),
        their_position="Wants training first.",
        our_response="Offer a joint workshop.",
    )
    item = agenda.create_agenda_item(services, draft)

    stored = agenda.get_agenda_item(services, item.id)
    assert stored == replace(item, position=1)
    assert (stored.lead, stored.points_to_make) == (JOINT, draft.points_to_make)
    assert stored.handling is Handling.INTERNAL

    agenda.update_agenda_item(services, item.id, replace(draft, lead="US", planned_minutes=30))
    changes = [(e.field, e.old, e.new) for e in history(services, "agenda_item", item.id)[1:]]
    assert changes == [("lead", "joint", "US"), ("planned_minutes", "45", "30")]
    assert agenda.get_agenda_item(services, item.id).lead == "US"


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("topic", {"topic_id": "other"}),
        ("topic", {"topic_id": 999}),
        ("lead", {"lead": "CA"}),
        ("lead", {"lead": "XX"}),
        ("presenter", {"presenter_id": 999}),
        ("planned_minutes", {"planned_minutes": -5}),
        ("title", {"title": "  "}),
        ("points_to_make[1]", {"points_to_make": ("ok", "")}),
        ("handling", {"handling": "secret"}),
    ],
)
def test_an_item_that_breaks_a_rule_names_its_field(
    services: Services, wg: WorkingGroup, meeting_id: int, field: str, change: dict[str, object]
) -> None:
    values = {k: (wg.other_topic_id if v == "other" else v) for k, v in change.items()}
    draft = replace(AgendaItemDraft(meeting_id, "Item"), **values)

    with pytest.raises(ValidationError) as raised:
        agenda.create_agenda_item(services, draft)

    assert raised.value.field == field
    assert agenda.list_agenda(services, meeting_id) == []


def test_an_item_stays_with_its_meeting(
    services: Services, wg: WorkingGroup, meeting_id: int
) -> None:
    item = agenda.create_agenda_item(services, AgendaItemDraft(meeting_id, "A"))
    other = plan_meeting(services, wg, "Other")

    with pytest.raises(ValidationError) as raised:
        agenda.update_agenda_item(services, item.id, replace(item, meeting_id=other.id))

    assert raised.value.field == "meeting_id"
    assert agenda.list_agenda(services, other.id) == []


def test_an_item_read_earlier_can_be_edited_and_handed_back(
    services: Services, meeting_id: int
) -> None:
    add(services, meeting_id, "A")
    item = agenda.create_agenda_item(services, AgendaItemDraft(meeting_id, "B"))

    updated = agenda.update_agenda_item(services, item.id, replace(item, outcome="Agreed."))

    assert updated == replace(item, outcome="Agreed.")
    assert agenda.get_agenda_item(services, item.id).position == 2
