"""The schema, as typed SQLAlchemy models.

Rules the database can hold by itself are declared here (foreign keys, unique codes, dense
agenda positions, end not before start) so that no code path, present or future, can break
them. Rules that need the calendar or the audit trail live in the services.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HANDLING_CHECK = "IN ('internal', 'counterpart', 'public')"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}  # noqa: RUF012


class PartyRow(Base):
    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))


class OrganizationRow(Base):
    __tablename__ = "organizations"
    __table_args__ = (UniqueConstraint("party_id", "name", name="party_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(Text)

    party: Mapped[PartyRow] = relationship()


class PersonRow(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="RESTRICT"))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    title: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    pronunciation: Mapped[str | None] = mapped_column(Text)
    biography: Mapped[str | None] = mapped_column(Text)

    party: Mapped[PartyRow] = relationship()


class DialogueRow(Base):
    __tablename__ = "dialogues"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'dormant', 'concluded')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    short_name: Mapped[str | None] = mapped_column(Text)
    framework: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")

    members: Mapped[list[DialoguePartyRow]] = relationship(
        order_by="DialoguePartyRow.position", cascade="all, delete-orphan"
    )


class DialoguePartyRow(Base):
    __tablename__ = "dialogue_parties"
    __table_args__ = (UniqueConstraint("dialogue_id", "party_id", name="dialogue_party"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogues.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer)

    party: Mapped[PartyRow] = relationship()


class TopicRow(Base):
    __tablename__ = "topics"
    __table_args__ = (UniqueConstraint("dialogue_id", "name", name="dialogue_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogues.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)


class MeetingRow(Base):
    """A meeting's start and end keep the local date always, the wall time and UTC offset
    only when known, so a date-only meeting never gains an invented midnight."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_not_before_start"),
        CheckConstraint(
            "format IS NULL OR format IN ('in-person', 'virtual', 'hybrid')", name="format"
        ),
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status"),
        CheckConstraint("record IN ('draft', 'final')", name="record"),
        CheckConstraint(f"summary_handling {HANDLING_CHECK}", name="summary_handling"),
        CheckConstraint("(start_time IS NULL) = (start_offset IS NULL)", name="start_zone"),
        CheckConstraint("(end_time IS NULL) = (end_offset IS NULL)", name="end_zone"),
        Index("ix_meetings_dialogue_start", "dialogue_id", "start_date"),
        # The invitation a meeting was imported from (revision 0009): one meeting per UID.
        Index("ux_meetings_dialogue_calendar_uid", "dialogue_id", "calendar_uid", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogues.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time | None] = mapped_column(Time)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_time: Mapped[time | None] = mapped_column(Time)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(Text)
    format: Mapped[str | None] = mapped_column(String(16))
    host_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default="planned")
    record: Mapped[str] = mapped_column(String(16), default="draft")
    summary: Mapped[str | None] = mapped_column(Text)
    summary_handling: Mapped[str] = mapped_column(String(16), default="counterpart")
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"))
    calendar_uid: Mapped[str | None] = mapped_column(Text)

    host: Mapped[PartyRow | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class MeetingBriefRow(Base):
    __tablename__ = "meeting_briefs"
    __table_args__ = (CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    purpose: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[list[str]] = mapped_column(default=list)
    their_objectives: Mapped[list[str]] = mapped_column(default=list)
    their_asks: Mapped[list[str]] = mapped_column(default=list)
    press_line: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(String(16), default="internal")


class AttendanceRow(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="meeting_person"),
        CheckConstraint(
            "role IN ('head of delegation', 'member', 'observer', 'copied')", name="role"
        ),
        CheckConstraint("presence IN ('present', 'absent', 'excused', 'unknown')", name="presence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(24), default="member")
    presence: Mapped[str] = mapped_column(String(16), default="unknown")


class AgendaItemRow(Base):
    """``lead_party_id`` NULL with ``lead_joint`` false means no lead was recorded."""

    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("meeting_id", "position", name="meeting_position"),
        CheckConstraint("position >= 1", name="position_positive"),
        CheckConstraint("NOT (lead_joint AND lead_party_id IS NOT NULL)", name="one_lead"),
        CheckConstraint("planned_minutes IS NULL OR planned_minutes >= 0", name="minutes"),
        CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"))
    lead_party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id", ondelete="SET NULL"))
    lead_joint: Mapped[bool] = mapped_column(Boolean, default=False)
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    planned_minutes: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(String(16), default="internal")
    points_to_make: Mapped[list[str]] = mapped_column(default=list)
    their_position: Mapped[str | None] = mapped_column(Text)
    our_response: Mapped[str | None] = mapped_column(Text)


COMMITMENT_STATUSES = (
    "IN ('proposed', 'agreed', 'in_progress', 'completed', 'deferred', 'dropped', 'referred')"
)


class CommitmentRow(Base):
    """``status`` and ``due_date`` mirror the newest update so lists can filter in SQL;
    ``initial_*`` and the append-only updates are the history they are rebuilt from."""

    __tablename__ = "commitments"
    __table_args__ = (
        CheckConstraint("(owner_party_id IS NULL) = owner_joint", name="one_owner"),
        CheckConstraint(f"status {COMMITMENT_STATUSES}", name="status"),
        CheckConstraint(f"initial_status {COMMITMENT_STATUSES}", name="initial_status"),
        CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),
        Index("ix_commitments_due", "due_date"),
        # One per sort of the commitment list, each in that list's order (revision 0007).
        Index("ix_commitments_dialogue_ids", "dialogue_id", "id"),
        Index("ix_commitments_dialogue_due", "dialogue_id", "due_date", "id"),
        Index("ix_commitments_dialogue_status", "dialogue_id", "status", "id"),
        Index("ix_commitments_dialogue_owner", "dialogue_id", "owner_party_id", "id"),
        Index("ix_commitments_dialogue_topic", "dialogue_id", "topic_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dialogue_id: Mapped[int] = mapped_column(ForeignKey("dialogues.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL"), index=True
    )
    owner_party_id: Mapped[int | None] = mapped_column(
        ForeignKey("parties.id", ondelete="RESTRICT")
    )
    owner_joint: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16))
    due_date: Mapped[date | None] = mapped_column(Date)
    recorded_on: Mapped[date | None] = mapped_column(Date)
    initial_status: Mapped[str] = mapped_column(String(16))
    initial_due_date: Mapped[date | None] = mapped_column(Date)
    source_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL")
    )
    source_clause: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(String(16), default="counterpart")
    version: Mapped[int] = mapped_column(Integer, server_default=sql_text("1"))

    leads: Mapped[list[CommitmentLeadRow]] = relationship(
        order_by="CommitmentLeadRow.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CommitmentLeadRow(Base):
    __tablename__ = "commitment_leads"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT")
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))


class CommitmentUpdateRow(Base):
    """Append-only: the services never change or remove a row once written."""

    __tablename__ = "commitment_updates"
    __table_args__ = (
        CheckConstraint(f"status IS NULL OR status {COMMITMENT_STATUSES}", name="status"),
        CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),
        Index("ix_commitment_updates_commitment_on", "commitment_id", "on_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    on_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(16))
    due_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    handling: Mapped[str] = mapped_column(String(16), default="internal")


class AssessmentRow(Base):
    """How far one side kept one commitment over one period between rounds: append-only, the
    latest for a commitment, side and period counts (the services never change a row)."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("score IN (-1, 0, 1)", name="score"),
        CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),
        Index("ix_assessments_commitment_party", "commitment_id", "party_id", "period_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id", ondelete="RESTRICT"))
    period_start: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    handling: Mapped[str] = mapped_column(String(16), default="internal")
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str] = mapped_column(Text)


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('joint statement', 'readout', 'fact sheet', 'minutes')", name="kind"
        ),
        CheckConstraint(f"handling {HANDLING_CHECK}", name="handling"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(Text)
    issued_on: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    handling: Mapped[str] = mapped_column(String(16), default="public")


class DocumentFileRow(Base):
    """The file a document came as (PDF, scan), kept inside the store so a backup holds it."""

    __tablename__ = "document_files"
    __table_args__ = (CheckConstraint("size >= 0", name="size"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), unique=True
    )
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class BriefingExportRow(Base):
    """A briefing or meeting record this store produced: who made it, when, with which
    options, and the SHA-256 of the exact file, so a copy can be checked later."""

    __tablename__ = "briefing_exports"
    __table_args__ = (
        CheckConstraint("kind IN ('briefing', 'minutes')", name="kind"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size >= 0", name="size"),
        CheckConstraint("pages IS NULL OR pages >= 1", name="pages"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    made_by: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    dialogue_id: Mapped[int | None] = mapped_column(
        ForeignKey("dialogues.id", ondelete="SET NULL"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    options: Mapped[dict[str, Any]] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64), index=True, unique=True)
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text)


class LoginRow(Base):
    """The name people know a server login's holder by, kept by the store's administrators:
    on a shared server the record of changes names the login the server authenticated, and
    shows this name beside it."""

    __tablename__ = "logins"

    login: Mapped[str] = mapped_column(Text, primary_key=True)
    display_name: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        Index("ix_audit_entries_entity", "entity", "entity_id"),
        Index("ix_audit_entries_scope", "scope", "scope_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(Text)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str | None] = mapped_column(String(32))
    """The record whose history the entry belongs to, when it is a part of one (an agenda
    item's entries belong to its meeting's history), kept even after the part is deleted."""
    scope_id: Mapped[int | None] = mapped_column(Integer)
