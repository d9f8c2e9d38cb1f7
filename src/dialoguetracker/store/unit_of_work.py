"""A unit of work: the session of one service call, behind a small typed surface.

Services use this instead of a Session so that no module outside ``store`` imports
SQLAlchemy; the queries they need live beside it in :mod:`dialoguetracker.store.queries`.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, TypeVar, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.store.models import Base

RowT = TypeVar("RowT", bound=Base)


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._held: dict[tuple[type[Base], int], Base] = {}

    def get(self, model: type[RowT], row_id: int) -> RowT | None:
        """The row by primary key. Rows got this way are held for the unit of work's life:
        the session's identity map keeps rows only while something refers to them, so a
        party looked up for each of 10,000 meetings would otherwise be read 10,000 times."""
        row = self.session.get(model, row_id)
        if row is not None:
            self._held[(model, row_id)] = row
        return row

    def add(self, row: Base) -> None:
        self.session.add(row)

    def delete(self, row: Base) -> None:
        self.session.delete(row)

    def flush(self) -> None:
        """Write pending rows now, so their ids are known and constraints are checked."""
        self.session.flush()

    def insert_many(self, model: type[RowT], rows: list[dict[str, Any]]) -> None:
        """Insert rows with one multi-row statement (executemany) after writing what is
        pending, bypassing the ORM: for bulk imports, where objects would cost more than the
        rows."""
        if rows:
            self.session.flush()
            self._executemany(_table(model), rows)

    def insert_returning_ids(self, model: type[RowT], rows: list[dict[str, Any]]) -> list[int]:
        """:meth:`insert_many`, giving the new rows' ids in the order of ``rows``.

        The ids are taken before the insert (``RETURNING`` with a guaranteed order makes
        SQLite insert one row per statement): on SQLite the transaction began with BEGIN
        IMMEDIATE, so nobody else can take the next ids meanwhile; on PostgreSQL they come
        from the table's own sequence."""
        if not rows:
            return []
        self.session.flush()
        ids = self._new_ids(_table(model), len(rows))
        self._executemany(
            _table(model), [{**row, "id": row_id} for row, row_id in zip(rows, ids, strict=True)]
        )
        return ids

    def _executemany(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """One INSERT for many rows, handed to the driver's ``executemany`` with each value
        converted by its column type once: SQLAlchemy's own path re-examines every row's
        parameters, which for 100,000 rows costs more than SQLite's work. The rows must all
        name the same columns (a bulk import builds them so)."""
        connection = self.session.connection()
        dialect = connection.dialect
        names = list(rows[0])
        statement = insert(table).compile(dialect=dialect, column_keys=names)
        order = statement.positiontup or names
        convert = [
            (index, processor)
            for index, name in enumerate(order)
            if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        pick = itemgetter(*order)
        last: dict[int, tuple[object, object]] = {}  # a value repeated row after row (a
        values: list[Any] = []  # moment, an actor) is converted once
        for row in rows:
            picked = pick(row)
            line = list(picked) if len(order) > 1 else [picked]
            for index, processor in convert:
                value = line[index]
                seen = last.get(index)
                if seen is not None and seen[0] is value:
                    line[index] = seen[1]
                else:
                    line[index] = processor(value)
                    last[index] = (value, line[index])
            values.append(tuple(line))
        if dialect.paramstyle in ("qmark", "format", "numeric"):
            connection.exec_driver_sql(str(statement), values)
        else:
            named = [dict(zip(order, row, strict=True)) for row in values]
            connection.exec_driver_sql(str(statement), named)

    def _new_ids(self, table: Table, count: int) -> list[int]:
        if self.session.get_bind().dialect.name == "postgresql":
            sequence = func.pg_get_serial_sequence(table.name, "id")
            taken = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
            return [int(row_id) for row_id in self.session.scalars(taken)]
        highest = self.session.scalar(select(func.max(table.c.id))) or 0
        return list(range(highest + 1, highest + 1 + count))

    def find(self, model: type[RowT], **equal: object) -> RowT | None:
        """The first row whose columns equal the given values, in id order."""
        statement = select(model).filter_by(**equal).order_by(model.id).limit(1)  # type: ignore[attr-defined]
        return self.session.scalars(statement).first()

    def all(self, model: type[RowT], *order: str, **equal: object) -> list[RowT]:
        """Every row matching the values, ordered by the named columns, then id."""
        columns = [getattr(model, name) for name in (*order, "id")]
        return list(self.session.scalars(select(model).filter_by(**equal).order_by(*columns)))

    def count(self, model: type[RowT], **equal: object) -> int:
        statement = select(func.count()).select_from(model).filter_by(**equal)
        return int(self.session.scalar(statement) or 0)

    def require(self, model: type[RowT], row_id: int, kind: str) -> RowT:
        """The row with this id, or a :class:`NotFoundError` that names the kind of record."""
        row = self.get(model, row_id)
        if row is None:
            raise NotFoundError(kind, row_id)
        return row


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)
