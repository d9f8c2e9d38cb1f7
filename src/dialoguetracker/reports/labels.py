"""Every fixed word printed in a PDF or a Word draft, or written in a record's e-mail, in
English and Spanish, in one catalogue.

Headings, column titles, enum values and fixed phrases all go through :func:`label`, so a
briefing in Spanish carries no stray English word and a new label cannot be added in one
language only (a test checks both columns are complete). Templates use ``str.format`` fields;
the values put into them are escaped by the caller when the result is markup.
"""

from __future__ import annotations

LANGUAGES = ("en", "es")

_CATALOGUE: dict[str, tuple[str, str]] = {
    # Titles and kickers
    "briefing": ("Briefing", "Nota informativa"),
    "background_briefing": ("Background briefing", "Nota de antecedentes"),
    "checklist": ("Briefing checklist", "Lista de verificación"),
    "meeting_record": ("Meeting record", "Minuta de la reunión"),
    "contents": ("Contents", "Índice"),
    "page_of": ("Page {page} of {total}", "Página {page} de {total}"),
    "generated": ("Generated {date}", "Generado el {date}"),
    "prepared_by": ("Prepared by", "Elaborado por"),
    "no_meeting": (
        "No meeting is planned: this briefing gives the background of the dialogue.",
        "No hay ninguna reunión prevista: esta nota recoge los antecedentes del diálogo.",
    ),
    "no_meeting_past": (
        "“{title}” was planned for {date}, a date now past, and is not yet marked held or "
        "cancelled: this briefing gives the background of the dialogue.",
        "«{title}» estaba prevista para el {date}, fecha ya pasada, y aún no consta como "
        "celebrada ni cancelada: esta nota recoge los antecedentes del diálogo.",
    ),
    "empty_record": (
        "Nothing has been recorded for this dialogue yet.",
        "Todavía no se ha registrado nada para este diálogo.",
    ),
    # Header fields
    "dialogue": ("Dialogue", "Diálogo"),
    "framework": ("Framework", "Marco"),
    "date_time": ("Date and time", "Fecha y hora"),
    "place": ("Place", "Lugar"),
    "format": ("Format", "Modalidad"),
    "host": ("Host", "Anfitrión"),
    "attendees": ("Attendees", "Asistentes"),
    "audience": ("Audience", "Destinatarios"),
    "marking": ("Marking", "Clasificación"),
    "period": ("Period", "Periodo"),
    "status": ("Status", "Estado"),
    "record": ("Record", "Minuta"),
    "head_and_more": ("{head} and {count} more", "{head} y {count} más"),
    "people_count": ("{count} people", "{count} personas"),
    "from_date": ("from {date}", "desde el {date}"),
    "until_date": ("until {date}", "hasta el {date}"),
    # Audiences
    "audience_internal": ("Internal: our side only", "Interno: solo nuestra parte"),
    "audience_counterpart": (
        "Counterpart: may be shared with the other delegation",
        "Contraparte: puede compartirse con la otra delegación",
    ),
    "audience_public": ("Public", "Público"),
    # Briefing sections
    "sec_purpose": ("Purpose and objectives", "Propósito y objetivos"),
    "purpose": ("Purpose", "Propósito"),
    "our_objectives": ("Our objectives", "Nuestros objetivos"),
    "sec_points": ("Points to make", "Puntos a tratar"),
    "agenda_item": ("Item {number}", "Punto {number}"),
    "points_to_make": ("Points to make", "Puntos a tratar"),
    "their_position": ("Their likely position", "Posición probable de la contraparte"),
    "our_response": ("Our response", "Nuestra respuesta"),
    "lead": ("Lead", "Conduce"),
    "presenter": ("Presenter", "Presenta"),
    "minutes_planned": ("{minutes} min", "{minutes} min"),
    "sec_their": (
        "Their objectives and expected asks",
        "Objetivos de la contraparte y peticiones previstas",
    ),
    "their_objectives": ("Their objectives", "Objetivos de la contraparte"),
    "their_asks": ("Asks we expect", "Peticiones previstas"),
    "press_line": ("Press line", "Línea de prensa"),
    "sec_background": ("Background", "Antecedentes"),
    "last_round": ("Last round", "Última ronda"),
    "last_met": ("Last met {date}: {title}", "Última reunión el {date}: {title}"),
    "outcomes": ("What came of it", "Resultados"),
    "since_last": ("Changes since the last round", "Cambios desde la última ronda"),
    "since_date": ("Since {date}.", "Desde el {date}."),
    "status_moves": ("Status changes", "Cambios de estado"),
    "new_commitments": ("New commitments", "Compromisos nuevos"),
    "closed_commitments": ("Closed commitments", "Compromisos cerrados"),
    "due_moves": ("Due dates moved", "Plazos modificados"),
    "reason": ("Reason", "Motivo"),
    "no_date": ("no date", "sin fecha"),
    "open_by_topic": ("Open commitments by topic", "Compromisos pendientes por tema"),
    "no_topic": ("No topic", "Sin tema"),
    "open_count": ("{open} open, {overdue} overdue", "pendientes: {open}, vencidos: {overdue}"),
    "scorecard": ("Scorecard by side", "Balance por parte"),
    "compliance": ("Compliance since the last round", "Cumplimiento desde la última ronda"),
    "compliance_period": (
        "Assessed for the period {period}: +1 full compliance, 0 partial, −1 none; the "
        "percentage is (average + 1) / 2.",
        "Evaluado para el periodo {period}: +1 cumplimiento pleno, 0 parcial, −1 ninguno; "
        "el porcentaje es (promedio + 1) / 2.",
    ),
    "period_span": ("from {start} to {end}", "del {start} al {end}"),
    "period_since": ("since {start}", "desde el {start}"),
    "compliance_by_topic": ("By topic", "Por tema"),
    "topic_history": ("Topic history", "Historial por tema"),
    "chart": ("Commitments by status and side", "Compromisos por estado y parte"),
    "sec_participants": ("Participants", "Participantes"),
    "last_participants": (
        "Participants at the last meeting",
        "Participantes en la última reunión",
    ),
    "delegation_of": ("{party} delegation", "Delegación de {party}"),
    "pronounced": ("Say", "Pronunciación"),
    "sec_attachments": ("Attachments", "Anexos"),
    # Meeting record sections
    "summary": ("Summary", "Resumen"),
    "delegations": ("Delegations", "Delegaciones"),
    "agenda": ("Agenda", "Orden del día"),
    "notes": ("Notes", "Notas"),
    "outcome": ("Outcome", "Resultado"),
    "commitments_made": ("Commitments made", "Compromisos adquiridos"),
    "commitments_reviewed": ("Commitments reviewed", "Compromisos revisados"),
    "documents": ("Documents", "Documentos"),
    # Column titles
    "col_commitment": ("Commitment", "Compromiso"),
    "col_topic": ("Topic", "Tema"),
    "col_owner": ("Owner", "Responsable"),
    "col_due": ("Due", "Plazo"),
    "col_status": ("Status", "Estado"),
    "col_latest": ("Latest update", "Última actualización"),
    "no_news_since": ("No news since {date}", "Sin novedades desde el {date}"),
    "col_update": ("Update", "Actualización"),
    "col_date": ("Date", "Fecha"),
    "col_side": ("Side", "Parte"),
    "col_on_time": ("On time", "A tiempo"),
    "col_late": ("Late", "Con retraso"),
    "col_open": ("Open", "Pendientes"),
    "col_overdue": ("Overdue", "Vencidos"),
    "col_closed": ("Closed", "Cerrados"),
    "col_assessed": ("Assessed", "Evaluados"),
    "col_compliance": ("Compliance", "Cumplimiento"),
    "col_discussed": ("Discussed at", "Tratado en"),
    "col_name": ("Name", "Nombre"),
    "col_position": ("Position and biography", "Cargo y semblanza"),
    "col_role": ("Role", "Función"),
    "col_presence": ("Attendance", "Asistencia"),
    "col_kind": ("Document", "Documento"),
    "col_title": ("Title", "Título"),
    "col_language": ("Language", "Idioma"),
    "col_link": ("Link", "Enlace"),
    "overdue": ("OVERDUE", "VENCIDO"),
    "chart_axis": ("Commitments", "Compromisos"),
    "joint": ("Joint", "Conjunto"),
    # Commitment statuses
    "status_proposed": ("Proposed", "Propuesto"),
    "status_agreed": ("Agreed", "Acordado"),
    "status_in_progress": ("In progress", "En curso"),
    "status_completed": ("Completed", "Cumplido"),
    "status_deferred": ("Deferred", "Aplazado"),
    "status_dropped": ("Dropped", "Descartado"),
    "status_referred": ("Referred", "Remitido"),
    # Roles and presence
    "role_head of delegation": ("Head of delegation", "Jefatura de delegación"),
    "role_member": ("Member", "Integrante"),
    "role_observer": ("Observer", "Observador/a"),
    "role_copied": ("Copied for information", "Con copia para conocimiento"),
    "presence_present": ("Present", "Presente"),
    "presence_absent": ("Absent", "Ausente"),
    "presence_excused": ("Excused", "Ausencia justificada"),
    "presence_unknown": ("Not confirmed", "Sin confirmar"),
    # Meetings
    "meeting_in-person": ("In person", "Presencial"),
    "meeting_virtual": ("Virtual", "Virtual"),
    "meeting_hybrid": ("Hybrid", "Híbrida"),
    "meeting_planned": ("Planned", "Prevista"),
    "meeting_held": ("Held", "Celebrada"),
    "meeting_cancelled": ("Cancelled", "Cancelada"),
    "record_draft": ("Draft", "Borrador"),
    "record_final": ("Final", "Definitiva"),
    # Document kinds
    "doc_joint statement": ("Joint statement", "Declaración conjunta"),
    "doc_readout": ("Readout", "Comunicado"),
    "doc_fact sheet": ("Fact sheet", "Hoja informativa"),
    "doc_minutes": ("Minutes", "Minuta"),
    # Word drafts
    "docx_draft": (
        "Editable draft — the PDF is the record of this store",
        "Borrador editable — el documento de referencia de este almacén es el PDF",
    ),
    # The e-mail that carries a meeting's record
    "mail_subject": ("Meeting record: {title} ({date})", "Minuta de la reunión: {title} ({date})"),
    "mail_greeting": ("Dear colleagues,", "Estimados colegas:"),
    "mail_attached": (
        "Please find attached the record of the meeting “{title}” of {date} ({dialogue}).",
        "Adjunto encontrarán la minuta de la reunión «{title}» del {date} ({dialogue}).",
    ),
    "mail_still_draft": (
        "This record is still a draft and may change.",
        "Esta minuta es todavía un borrador y puede cambiar.",
    ),
    "mail_regards": ("Best regards,", "Saludos cordiales,"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def language_of(language: str) -> str:
    """The catalogue language for an option value: ``es``, ``es-MX`` → ``es``; else ``en``.

    An unknown language falls back to English rather than failing the export."""
    base = language.split("-")[0].split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def label(key: str, language: str) -> str:
    """The label ``key`` in ``language`` (English when the language is unknown).

    An unknown key raises KeyError: a typo must fail a test, not print a blank heading."""
    english, spanish = _CATALOGUE[key]
    return spanish if language_of(language) == "es" else english


def value_label(prefix: str, value: str, language: str) -> str:
    """The label of an enum value (``status``, ``in_progress``), or the value itself when the
    catalogue has no entry — a value added to an enum later still prints something true."""
    key = f"{prefix}_{value}"
    return label(key, language) if key in _CATALOGUE else value


def keys() -> frozenset[str]:
    """Every label key, for tests that check the catalogue is complete."""
    return frozenset(_CATALOGUE)
