"""A unit of work: the session of one service call, behind a small typed surface.

Services use this instead of a Session so that no module outside ``store`` imports
SQLAlchemy; the queries they need live beside it in :mod:`dialoguetracker.store.queries`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any, TypeVar, cast

from sqlalchemy import Date, Table, func, insert, select
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
        rows. The rows must all name the same columns (a bulk import builds them so)."""
        if rows:
            self.insert_columns(model, _columns_of(rows))

    def insert_columns(self, model: type[RowT], columns: Mapping[str, Sequence[Any]]) -> None:
        """:meth:`insert_many` for rows given column by column (each sequence holds one
        column's values, row after row): what a caller that has its values in tuples can hand
        over without building a dictionary per row."""
        if columns and len(next(iter(columns.values()))):
            self.session.flush()
            self._executemany(_table(model), columns)

    def insert_returning_ids(self, model: type[RowT], rows: list[dict[str, Any]]) -> list[int]:
        """:meth:`insert_many`, giving the new rows' ids in the order of ``rows``.

        The ids are taken before the insert (``RETURNING`` with a guaranteed order makes
        SQLite insert one row per statement): on SQLite the transaction began with BEGIN
        IMMEDIATE, so nobody else can take the next ids meanwhile; on PostgreSQL they come
        from the table's own sequence."""
        if not rows:
            return []
        self.session.flush()
        table = _table(model)
        ids = self._new_ids(table, len(rows))
        self._executemany(table, {"id": ids, **_columns_of(rows)})
        return ids

    def _executemany(self, table: Table, columns: Mapping[str, Sequence[Any]]) -> None:
        """One INSERT for many rows, handed to the driver's ``executemany`` with each
        distinct value converted by its column type once: SQLAlchemy's own path re-examines
        every row's parameters, which for 100,000 rows costs more than SQLite's work. The
        values are handled a column at a time, and rows are put together only at the end,
        by ``zip``, so that no Python code runs per row and value."""
        connection = self.session.connection()
        dialect = connection.dialect
        names = list(columns)
        statement = insert(table).compile(dialect=dialect, column_keys=names)
        order = statement.positiontup or names
        values = []
        for name in order:
            kind = table.c[name].type
            processor = kind.dialect_impl(dialect).bind_processor(dialect)
            column = columns[name]
            if processor is not None:
                column = _converted(column, processor, by_value=isinstance(kind, Date))
            values.append(column)
        lines = list(zip(*values, strict=True))
        if dialect.paramstyle in ("qmark", "format", "numeric"):
            connection.exec_driver_sql(str(statement), lines)
        else:
            named = [dict(zip(order, line, strict=True)) for line in lines]
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


def _columns_of(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows that all name the same columns, turned into one list of values per column."""
    return {name: list(map(itemgetter(name), rows)) for name in rows[0]}


def _converted(
    values: Sequence[Any], processor: Callable[[Any], Any], *, by_value: bool
) -> list[Any]:
    """A column's values as the driver takes them, each converted once: a bulk import
    repeats the same few row after row (the moment of the change, a day, True). Values are
    told apart by identity, since equal values may still be written differently (one moment
    in two time zones); days (``by_value``), equal only when written alike, by equality, so
    that the few thousand days of 100,000 rows are each converted once."""
    if by_value:
        days = {value: processor(value) for value in set(values)}
        return list(map(days.__getitem__, values))
    keys = list(map(id, values))
    distinct = dict(zip(keys, values, strict=True))
    done = {key: processor(value) for key, value in distinct.items()}
    return list(map(done.__getitem__, keys))
