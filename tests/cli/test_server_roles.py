"""Roles on a shared server, on the throwaway cluster: the owner hands logins their roles
with ``grant``, and each login does what its role allows and is refused the rest in one line,
with nothing changed; the record of changes names the login the server authenticated, by the
name the owner gave it, whatever a client claims."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from cli_helpers import Outcome, run_cli, without_length_warnings

from dialoguetracker.domain.compliance import AssessmentDraft
from dialoguetracker.domain.enums import DocumentKind, Handling
from dialoguetracker.domain.records import CommitmentDraft, CommitmentUpdateDraft, DocumentDraft
from dialoguetracker.services import Services
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.documents import create_document
from dialoguetracker.store.engine import open_store
from migrations import downgrade
from postgres_server import PostgresServer, as_login

Capsys = pytest.CaptureFixture[str]


@dataclass(frozen=True)
class Office:
    """The sample on a server, and one login per role, each named."""

    url: str
    logins: dict[str, str]

    def as_(self, role: str) -> str:
        return as_login(self.url, self.logins[role])


def ok(result: Outcome) -> str:
    assert (result.status, result.err) == (0, ""), result
    return result.out


@pytest.fixture
def office(capsys: Capsys, postgres_server: PostgresServer) -> Iterator[Office]:
    with postgres_server.new_database() as url:
        ok(run_cli(capsys, "--db", url, "demo"))
        logins = {}
        for role in ("reader", "counterpart-reader", "editor", "admin"):
            login = postgres_server.new_login(role.replace("-", "_"))
            granted = run_cli(
                capsys, "--db", url, "grant", login, "--role", role, "--name", f"The {role}"
            )
            assert ok(granted) == f"Granted {login} the {role} role on {url}\n"
            logins[role] = login
        yield Office(url, logins)


def _sql(url: str, statement: str) -> list[tuple[object, ...]]:
    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def docx_text(path: Path) -> str:
    """Every part of a Word package, markup and all."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        return "\n".join(
            package.read(name).decode("utf-8", errors="replace") for name in package.namelist()
        )


def _assess(capsys: Capsys, url: str, score: int) -> Outcome:
    return run_cli(
        capsys,
        *("--db", url, "assess", "--commitment", "1", "--side", "US"),
        *("--score", str(score), "--evidence", "Readout"),
    )


def test_grants_lists_each_login_with_its_role_and_name(capsys: Capsys, office: Office) -> None:
    listed = ok(run_cli(capsys, "--db", office.url, "grants")).splitlines()
    assert sorted(listed) == sorted(
        f"{login}\t{role}\tThe {role}" for role, login in office.logins.items()
    )
    revoked = ok(run_cli(capsys, "--db", office.url, "revoke", office.logins["reader"]))
    assert revoked.startswith(f"Revoked {office.logins['reader']}'s reader role on ")
    assert len(ok(run_cli(capsys, "--db", office.url, "grants")).splitlines()) == 3
    again = ok(run_cli(capsys, "--db", office.url, "revoke", office.logins["reader"]))
    assert again.startswith(f"{office.logins['reader']} had no role on ")


def test_an_editor_writes_and_a_reader_is_refused_in_one_line(
    capsys: Capsys, office: Office
) -> None:
    ok(_assess(capsys, office.as_("editor"), 1))
    before = _sql(office.url, "SELECT count(*) FROM assessments")

    refused = _assess(capsys, office.as_("reader"), -1)

    assert refused.status == 1 and refused.out == ""
    assert refused.err.count("\n") == 1
    assert f"the login {office.logins['reader']} may not change this" in refused.err
    assert "ask an administrator of the store" in refused.err
    assert _sql(office.url, "SELECT count(*) FROM assessments") == before
    assert "1 dialogue" in ok(run_cli(capsys, "--db", office.as_("reader"), "summary"))


def test_the_trail_names_the_login_whatever_the_client_claims(
    capsys: Capsys, office: Office
) -> None:
    editor, admin = office.logins["editor"], office.logins["admin"]
    ok(_assess(capsys, office.as_("editor"), 1))
    ok(_assess(capsys, office.as_("admin"), 0))
    forged = _sql(
        office.as_("editor"),
        "INSERT INTO audit_entries (at, actor, entity, entity_id, action) "
        "VALUES (now(), 'Somebody Else', 'commitment', 1, 'update') RETURNING actor",
    )

    assert forged == [(editor,)]
    actors = _sql(
        office.url,
        "SELECT actor FROM audit_entries WHERE entity = 'assessment' ORDER BY id",
    )
    assert actors == [(editor,), (admin,)]
    trail = ok(run_cli(capsys, "--db", office.url, "history", "--commitment", "1"))
    assert "The editor" in trail and "The admin" in trail
    changed = _sql(office.url, "UPDATE assessments SET assessed_by = 'x' RETURNING assessed_by")
    assert {row[0] for row in changed} <= {editor, admin, "x"}


def test_an_editor_may_not_rewrite_the_trail_or_reopen_a_final_record(
    capsys: Capsys, office: Office
) -> None:
    editor = office.as_("editor")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(editor, "UPDATE audit_entries SET actor = 'x'")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(editor, "ALTER TABLE meetings ADD COLUMN x integer")
    _sql(office.url, "UPDATE meetings SET record = 'final' WHERE id = 1")
    with pytest.raises(psycopg.errors.RaiseException, match="only an administrator"):
        _sql(editor, "UPDATE meetings SET record = 'draft' WHERE id = 1")
    _sql(office.as_("admin"), "UPDATE meetings SET record = 'draft' WHERE id = 1")
    assert _sql(office.url, "SELECT record FROM meetings WHERE id = 1") == [("draft",)]


def test_only_an_administrator_upgrades_the_schema(capsys: Capsys, office: Office) -> None:
    _sql(office.url, "UPDATE alembic_version SET version_num = '0010'")

    refused = run_cli(capsys, "--db", office.as_("editor"), "summary")

    assert refused.status == 1 and refused.err.count("\n") == 1
    assert "must be upgraded to this version's schema (0010 to 0011)" in refused.err
    assert "ask one to open it once with this version" in refused.err
    assert _sql(office.url, "SELECT version_num FROM alembic_version") == [("0010",)]


def test_a_counterpart_reader_reads_no_internal_row_in_any_table(
    capsys: Capsys, office: Office
) -> None:
    shared = office.as_("counterpart-reader")
    _internal_canaries(office.url)
    internal = {
        table: _sql(office.url, f"SELECT count(*) FROM {table} WHERE handling = 'internal'")[0][0]
        for table in ("commitments", "commitment_updates", "documents", "assessments")
    }
    assert all(internal.values()), internal
    for table in ("commitments", "commitment_updates", "documents", "assessments"):
        seen = _sql(shared, f"SELECT handling FROM {table}")
        assert {row[0] for row in seen} <= {"counterpart", "public"}, table
    for table in ("meeting_briefs", "search_index"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _sql(shared, f"SELECT * FROM {table}")
    for table in ("audit_entries", "briefing_exports"):  # only what it made itself: nothing yet
        assert _sql(shared, f"SELECT * FROM {table}") == [], table
    for statement in ("SELECT summary FROM meetings", "SELECT notes FROM agenda_items"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _sql(shared, statement)
    assert _sql(shared, "SELECT count(title) FROM meetings")[0][0] == 2


def _internal_canaries(url: str) -> None:
    """An internal document, commitment, update and assessment, written by the owner."""
    store = open_store(url)
    try:
        services = Services(store)
        create_document(
            services,
            DocumentDraft(2, DocumentKind.READOUT, "canarydocument", handling=Handling.INTERNAL),
        )
        draft = CommitmentDraft(1, "canarycommitment", "US", handling=Handling.INTERNAL)
        made = create_commitment(services, draft)
        record_update(services, CommitmentUpdateDraft(made.id, services.today(), "canarynote"))
        assess(services, AssessmentDraft(made.id, "US", -1, "canaryevidence"))
    finally:
        store.close()


def test_roles_are_for_a_server_store(capsys: Capsys) -> None:
    refused = run_cli(capsys, "--db", "laptop.db", "grant", "alice", "--role", "editor")
    assert refused.status == 2
    assert "roles are for a store on a PostgreSQL server" in refused.err


def test_an_unknown_login_is_named(capsys: Capsys, office: Office) -> None:
    refused = run_cli(capsys, "--db", office.url, "grant", "nobody_here", "--role", "reader")
    assert refused.status == 2
    assert refused.err == (
        "dialoguetracker: 'nobody_here' is not a login of this server; an administrator of "
        "the server creates it first (CREATE ROLE … LOGIN)\n"
    )


CANARIES = (
    "canarydocument",
    "canarycommitment",
    "canarynote",
    "canaryevidence",
    "canarysummary",
    "canaryagendanotes",
    "canaryposition",
)


def _more_canaries(url: str) -> None:
    """An internal summary, agenda notes and preparation, written by the owner."""
    _sql(url, "UPDATE meetings SET summary = 'canarysummary', summary_handling = 'internal'")
    _sql(
        url,
        "UPDATE agenda_items SET notes = 'canaryagendanotes', handling = 'internal', "
        "their_position = 'canaryposition'",
    )


def test_a_counterpart_readers_export_briefing_and_search_hold_no_internal_word(
    capsys: Capsys, office: Office, tmp_path: Path
) -> None:
    _internal_canaries(office.url)
    _more_canaries(office.url)
    owners = ok(run_cli(capsys, "--db", office.url, "export", "ours.json"))
    assert owners == ""
    ours = (tmp_path / "ours.json").read_text(encoding="utf-8")
    assert all(word in ours for word in CANARIES)  # the test can see every canary
    shared = office.as_("counterpart-reader")

    ok(run_cli(capsys, "--db", shared, "export", "theirs.json"))
    ok(run_cli(capsys, "--db", shared, "briefing", "--out", "theirs.docx"))
    theirs = (tmp_path / "theirs.json").read_text(encoding="utf-8")
    draft = docx_text(tmp_path / "theirs.docx")
    assert [word for word in CANARIES if word in theirs or word in draft] == []
    assert "Take stock" not in draft  # nor the internal preparation
    assert "canary" not in ok(run_cli(capsys, "--db", shared, "search", "canary*"))
    for word in CANARIES:
        assert ok(run_cli(capsys, "--db", shared, "search", word)) == "", word
    assert ok(run_cli(capsys, "--db", office.url, "search", "canarysummary")) != ""
    seen = ok(run_cli(capsys, "--db", shared, "search", "declaracion conjunta"))
    assert seen.startswith("document\t")  # shared words are still found


def test_readers_record_the_pdfs_they_make_and_a_counterpart_reads_back_only_its_own(
    capsys: Capsys, office: Office, tmp_path: Path
) -> None:
    reader, shared = office.as_("reader"), office.as_("counterpart-reader")
    made = ok(
        without_length_warnings(run_cli(capsys, "--db", reader, "briefing", "--out", "ours.pdf"))
    )
    assert made.startswith("Wrote ours.pdf (briefing for the internal audience")
    theirs = ok(
        without_length_warnings(run_cli(capsys, "--db", shared, "briefing", "--out", "theirs.pdf"))
    )
    assert theirs.startswith("Wrote theirs.pdf (briefing for the counterpart audience")

    assert ok(run_cli(capsys, "--db", office.url, "verify", "ours.pdf")).startswith("ours.pdf:")
    assert run_cli(capsys, "--db", shared, "verify", "theirs.pdf").status == 0
    assert run_cli(capsys, "--db", shared, "verify", "ours.pdf").status == 1  # not its own
    makers = _sql(office.url, "SELECT made_by FROM briefing_exports ORDER BY id")
    assert makers == [(office.logins["reader"],), (office.logins["counterpart-reader"],)]
    own = _sql(shared, "SELECT actor FROM audit_entries")
    assert own and {actor for (actor,) in own} == {office.logins["counterpart-reader"]}


SECRET = "s3cret-Pa55"


def test_the_command_line_never_says_the_password(
    capsys: pytest.CaptureFixture[str], postgres_server: PostgresServer
) -> None:
    with postgres_server.new_database() as url:
        secret_url = url.replace("//postgres@", f"//postgres:{SECRET}@")
        loaded = run_cli(capsys, "--db", secret_url, "demo")
        checked = run_cli(capsys, "--db", secret_url, "check")
        unknown = run_cli(capsys, "--db", secret_url, "grant", "nobody", "--role", "reader")
    unreachable = run_cli(
        capsys, "--db", f"postgresql://someone:{SECRET}@127.0.0.1:1/nowhere", "summary"
    )

    assert (loaded.status, checked.status, unknown.status, unreachable.status) == (0, 0, 2, 1)
    said = [
        text
        for result in (loaded, checked, unknown, unreachable)
        for text in (result.out, result.err)
    ]
    assert "127.0.0.1" in unreachable.err and checked.out.startswith("postgresql+psycopg://")
    assert [text for text in said if SECRET in text] == []


def test_the_readmes_steps_work_for_an_owner_who_is_no_superuser(
    capsys: Capsys, postgres_server: PostgresServer
) -> None:
    """README, "Running on a shared server": an owner login that may create roles, a
    database it owns, a person's login made an editor by the owner, and the editor's work."""
    owner = postgres_server.new_login("owner")
    person = postgres_server.new_login("maria")
    database = f"{owner}_store"
    admin = postgres_server.url("postgres")
    _sql(admin, f'ALTER ROLE "{owner}" CREATEROLE')
    _sql(admin, f'CREATE DATABASE "{database}" OWNER "{owner}"')
    try:
        store = as_login(postgres_server.url(database), owner)
        ok(run_cli(capsys, "--db", store, "demo"))
        ok(run_cli(capsys, "--db", store, "grant", person, "--role", "editor", "--name", "María"))
        ok(_assess(capsys, as_login(postgres_server.url(database), person), 1))
        trail = ok(run_cli(capsys, "--db", store, "history", "--commitment", "1"))
        assert "María" in trail
        assert _sql(store, "SELECT tableowner FROM pg_tables WHERE tablename = 'commitments'") == [
            (f"{database}_admin",)
        ]
    finally:
        _sql(admin, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_a_counterpart_readers_select_of_any_column_of_any_table_holds_no_canary(
    office: Office,
) -> None:
    """Every table and view it can name, column by column: each is refused it, or holds no
    internal word."""
    _internal_canaries(office.url)
    _more_canaries(office.url)
    shared = office.as_("counterpart-reader")
    columns = _sql(
        office.url,
        "SELECT table_schema, table_name, column_name FROM information_schema.columns "
        "WHERE table_schema IN ('public', 'shared') ORDER BY 1, 2, ordinal_position",
    )
    read = refused = 0
    for schema, table, column in columns:
        try:
            values = _sql(shared, f'SELECT "{column}"::text FROM {schema}."{table}"')
        except psycopg.errors.InsufficientPrivilege:
            refused += 1
            continue
        read += 1
        leaked = [word for (value,) in values for word in CANARIES if word in str(value)]
        assert leaked == [], (schema, table, column)
    assert read > 100 and refused > 10  # it reads most of the store, and is refused the rest


WRITES = {
    "assess": ("assess", "--commitment", "1", "--side", "US", "--score", "1", "--evidence", "x"),
    "briefing": ("briefing", "--out", "b.pdf"),
    "minutes": ("minutes", "--meeting", "1", "--out", "m.pdf"),
    "import": ("import", "again.json"),
    "grant": ("grant", "postgres", "--role", "reader"),
}
READS = {
    "summary": ("summary",),
    "search": ("search", "cyber"),
    "export": ("export", "out.json"),
    "history": ("history", "--commitment", "1"),
    "compliance": ("compliance",),
    "calendar": ("calendar", "--out", "rounds.ics"),
    "check": ("check",),
    "draft": ("briefing", "--out", "b.docx"),
}
MAY_WRITE = {
    "reader": ("briefing", "minutes"),  # a PDF made is recorded, whoever makes it
    "counterpart-reader": ("briefing", "minutes"),
    "editor": ("assess", "briefing", "minutes", "import"),
    "admin": tuple(WRITES),
}


@pytest.mark.parametrize("role", ["reader", "counterpart-reader", "editor", "admin"])
def test_each_role_may_do_what_it_may_and_is_refused_the_rest_in_one_line(
    capsys: Capsys, office: Office, tmp_path: Path, role: str
) -> None:
    ok(run_cli(capsys, "--db", office.url, "export", "again.json"))
    more = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    more["parties"].append({"code": "CA", "name": "Canada", "language": "en"})
    (tmp_path / "again.json").write_text(json.dumps(more), encoding="utf-8")  # a party to add
    login = office.as_(role)
    for name, arguments in READS.items():
        result = run_cli(capsys, "--db", login, *arguments)
        assert result.status == 0, (role, name, result)
    for name, arguments in WRITES.items():
        before = _sql(office.url, "SELECT count(*) FROM audit_entries")
        result = run_cli(capsys, "--db", login, *arguments)
        if name in MAY_WRITE[role]:
            assert result.status == 0, (role, name, result)
            continue
        assert result.status == 1 and result.err.count("\n") == 1, (role, name, result)
        assert "may not" in result.err and "Traceback" not in result.err, (role, name)
        assert _sql(office.url, "SELECT count(*) FROM audit_entries") == before, (role, name)


def test_an_administrator_upgrades_a_store_set_up_by_its_owner(
    capsys: Capsys, office: Office
) -> None:
    """A store whose roles and counterpart views are in place, brought up from the schema
    before by an administrator who owns neither the database nor its public schema: the
    views are made anew, and a counterpart reader's program reads them again."""
    downgrade(office.url, "0010")

    assert "1 dialogue" in ok(run_cli(capsys, "--db", office.as_("admin"), "summary"))

    assert _sql(office.url, "SELECT version_num FROM alembic_version") == [("0011",)]
    shared = office.as_("counterpart-reader")
    assert ok(run_cli(capsys, "--db", shared, "search", "declaracion conjunta")).startswith(
        "document\t"
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _sql(shared, "SELECT summary FROM public.meetings")
