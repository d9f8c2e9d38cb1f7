"""The commitment register as rows for a spreadsheet: a list exactly as a filter shows it.

Read by key a few thousand at a time (the order the view shows), with the names the rows
point at (dialogue, topic, meeting) and each commitment's latest update read once per batch,
so a filter letting through twenty thousand commitments costs twenty-odd queries and holds no
ORM object longer than its batch.
"""

from __future__ import annotations

from dataclasses import replace

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.progress import Progress, no_progress
from dialoguetracker.domain.register import RegisterRow
from dialoguetracker.services.commitments import commitment_total, keyed_page
from dialoguetracker.services.context import Services
from dialoguetracker.store.latest_update_queries import latest_update_rows
from dialoguetracker.store.meeting_queries import meeting_titles as titles_of
from dialoguetracker.store.models import DialogueRow, TopicRow

BATCH = 2000


def register_rows(
    services: Services, criteria: CommitmentFilter, progress: Progress = no_progress
) -> list[RegisterRow]:
    """Every commitment ``criteria`` lets through, in its order (its paging ignored), read
    in one transaction; ``progress`` hears of each batch."""
    today = services.today()
    unpaged = replace(criteria, offset=0, limit=None, after=None, before=None)
    rows: list[RegisterRow] = []
    with services.read() as uow:
        total = commitment_total(uow, unpaged, today)
        dialogues = {row.id: row.name for row in uow.all(DialogueRow)}
        topics = {row.id: row.name for row in uow.all(TopicRow)}
        meeting_titles: dict[int, str] = {}
        after = None
        while True:
            page = keyed_page(uow, replace(unpaged, after=after, limit=BATCH), today)
            if not page.commitments:
                break
            latest = latest_update_rows(uow, [c.id for c in page.commitments])
            wanted = {c.meeting_id for c in page.commitments if c.meeting_id is not None}
            meeting_titles.update(titles_of(uow, wanted - set(meeting_titles)))
            for commitment in page.commitments:
                update = latest.get(commitment.id)
                rows.append(
                    RegisterRow(
                        dialogue=dialogues.get(commitment.dialogue_id, ""),
                        number=commitment.id,
                        text=commitment.text,
                        status=commitment.status,
                        owner=commitment.owner,
                        topic=None
                        if commitment.topic_id is None
                        else topics.get(commitment.topic_id),
                        due=commitment.due,
                        latest_note=None if update is None else update.note,
                        latest_on=None if update is None else update.on_date,
                        meeting=None
                        if commitment.meeting_id is None
                        else meeting_titles.get(commitment.meeting_id),
                        handling=commitment.handling,
                    )
                )
            progress(len(rows), total)
            after = page.keys[-1]
    return rows
