<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessBanner</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/access_banner.py" line="39"/>
        <source>Your login %1 reads only what is shared with the counterpart or public: internal material is not shown, and what you export is for the counterpart at most.</source>
        <translation>Su usuario %1 solo lee lo compartido con la contraparte o público: el material interno no se muestra y lo que exporte es, como máximo, para la contraparte.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/access_banner.py" line="50"/>
        <source>Your login %1 may read this store but not change it; ask an administrator of the store for the editor role to make changes.</source>
        <translation>Su usuario %1 puede leer este almacén pero no modificarlo; pida a un administrador del almacén la función de editor para hacer cambios.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/access_banner.py" line="56"/>
        <source>It may not change the store.</source>
        <translation>No puede modificar el almacén.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/access_banner.py" line="59"/>
        <source>What your login may do</source>
        <translation>Lo que su usuario puede hacer</translation>
    </message>
</context>
<context>
    <name>AddDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="56"/>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
</context>
<context>
    <name>AddOrganizationDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="136"/>
        <source>Add organization</source>
        <translation>Agregar organización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="138"/>
        <source>Pa&amp;rty:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="139"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="140"/>
        <source>e.g. Secretaría de Relaciones Exteriores</source>
        <translation>p. ej., Secretaría de Relaciones Exteriores</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="118"/>
        <source>Add party</source>
        <translation>Agregar parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="119"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="120"/>
        <source>e.g. MX</source>
        <translation>p. ej., MX</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="122"/>
        <source>e.g. Mexico</source>
        <translation>p. ej., México</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="123"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="124"/>
        <source>e.g. es</source>
        <translation>p. ej., es</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="155"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="157"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="159"/>
        <source>Pa&amp;rty:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="161"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="162"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/add_dialogs.py" line="169"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>Adding</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/adding.py" line="80"/>
        <source>Add party %1</source>
        <translation>Agregar la parte %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/adding.py" line="91"/>
        <source>Add organization %1</source>
        <translation>Agregar la organización %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/adding.py" line="108"/>
        <source>Add person %1</source>
        <translation>Agregar a la persona %1</translation>
    </message>
</context>
<context>
    <name>AgendaEdits</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="29"/>
        <source>Change title of agenda item “%1”</source>
        <translation>Cambiar título del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="30"/>
        <source>Change topic of agenda item “%1”</source>
        <translation>Cambiar tema del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="31"/>
        <source>Change lead of agenda item “%1”</source>
        <translation>Cambiar la parte que conduce el punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="32"/>
        <source>Change presenter of agenda item “%1”</source>
        <translation>Cambiar ponente del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="33"/>
        <source>Change minutes of agenda item “%1”</source>
        <translation>Cambiar minutos previstos del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="34"/>
        <source>Change notes of agenda item “%1”</source>
        <translation>Cambiar notas del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="35"/>
        <source>Change outcome of agenda item “%1”</source>
        <translation>Cambiar resultado del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="36"/>
        <source>Change handling of agenda item “%1”</source>
        <translation>Cambiar difusión del punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="73"/>
        <source>New agenda item</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="82"/>
        <source>Add agenda item “%1”</source>
        <translation>Agregar el punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="106"/>
        <source>Delete agenda item “%1”</source>
        <translation>Eliminar el punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="117"/>
        <source>Move agenda item “%1” up</source>
        <translation>Subir el punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="119"/>
        <source>Move agenda item “%1” down</source>
        <translation>Bajar el punto «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_edits.py" line="121"/>
        <source>Move agenda item “%1” to position %2</source>
        <translation>Mover el punto «%1» a la posición %2</translation>
    </message>
</context>
<context>
    <name>AgendaForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="40"/>
        <source>Agenda item title</source>
        <translation>Título del punto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="44"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="48"/>
        <source>Lead side</source>
        <translation>Parte que conduce</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="52"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="60"/>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="62"/>
        <source>Not planned</source>
        <translation>No previsto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="63"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="71"/>
        <source>Handling of notes and outcome</source>
        <translation>Difusión de las notas y el resultado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="75"/>
        <source>INTERNAL — our side only</source>
        <translation>INTERNO — solo nuestra parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="80"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="86"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="94"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="97"/>
        <source>&amp;Lead:</source>
        <translation>C&amp;onduce:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="101"/>
        <source>Mi&amp;nutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="105"/>
        <source>To&amp;pic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="108"/>
        <source>P&amp;resenter:</source>
        <translation>&amp;Ponente:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="113"/>
        <source>Handl&amp;ing:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="116"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="117"/>
        <source>Out&amp;come:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="147"/>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="151"/>
        <source>No lead</source>
        <translation>Ninguna parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_form.py" line="155"/>
        <source>No presenter</source>
        <translation>Sin ponente</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="43"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="44"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="45"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="46"/>
        <source>Lead</source>
        <translation>Conduce</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="47"/>
        <source>Presenter</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="48"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="49"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_model.py" line="94"/>
        <source>Internal: our side only; left out of shared exports</source>
        <translation>Interno: solo nuestra parte; se omite en las exportaciones compartidas</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="62"/>
        <source>Agenda items in order</source>
        <translation>Puntos del orden del día en orden</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="84"/>
        <source>Add ite&amp;m</source>
        <translation>Agregar pu&amp;nto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="85"/>
        <source>Delete item</source>
        <translation>Eliminar punto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="86"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="88"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="90"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Subir el punto (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="91"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Bajar el punto (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="92"/>
        <source>Delete the item (Delete)</source>
        <translation>Eliminar el punto (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="198"/>
        <source>Items: %1 · planned: %2 min</source>
        <translation>Puntos: %1 · previstos: %2 min</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/app.py" line="65"/>
        <source>Your name, as the record of changes will show it:</source>
        <translation>Su nombre, tal como aparecerá en el historial de cambios:</translation>
    </message>
</context>
<context>
    <name>AttendanceEdits</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_edits.py" line="49"/>
        <source>Add %1 to the delegation</source>
        <translation>Agregar a %1 a la delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_edits.py" line="75"/>
        <source>Add new person %1 to the delegation</source>
        <translation>Agregar a la nueva persona %1 a la delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_edits.py" line="91"/>
        <source>Change role of %1</source>
        <translation>Cambiar la función de %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_edits.py" line="93"/>
        <source>Change presence of %1</source>
        <translation>Cambiar la asistencia de %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_edits.py" line="122"/>
        <source>Remove %1 from the delegation</source>
        <translation>Quitar a %1 de la delegación</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="55"/>
        <source>Delegations, head of delegation first</source>
        <translation>Delegaciones, con la jefatura de delegación en primer lugar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="57"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="57"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="57"/>
        <source>Presence</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="57"/>
        <source>Organization, title</source>
        <translation>Organización, cargo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="72"/>
        <source>Role of the selected person</source>
        <translation>Función de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="75"/>
        <source>Presence of the selected person</source>
        <translation>Asistencia de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="78"/>
        <source>Re&amp;move from the delegation</source>
        <translation>&amp;Quitar de la delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="83"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="84"/>
        <source>Presen&amp;ce:</source>
        <translation>&amp;Asistencia:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="95"/>
        <source>Person to add</source>
        <translation>Persona por agregar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="96"/>
        <source>Everyone known is listed already</source>
        <translation>Todas las personas registradas ya figuran en la lista</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="97"/>
        <source>Role of the person to add</source>
        <translation>Función de la persona por agregar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="99"/>
        <source>Add &amp;to the delegation</source>
        <translation>Agregar a la &amp;delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="102"/>
        <source>Add someone already known</source>
        <translation>Agregar a una persona ya registrada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="104"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="106"/>
        <source>Ro&amp;le:</source>
        <translation>Fu&amp;nción:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="210"/>
        <source>People: %1</source>
        <translation>Personas: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="210"/>
        <source>no one yet</source>
        <translation>nadie aún</translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="34"/>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="35"/>
        <source>Export briefing</source>
        <translation>Exportar nota informativa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="39"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="42"/>
        <source>Meeting briefed for</source>
        <translation>Reunión objeto de la nota</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="43"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="45"/>
        <source>Background from</source>
        <translation>Antecedentes desde</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="46"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="48"/>
        <source>Background until</source>
        <translation>Antecedentes hasta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="51"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="52"/>
        <source>Tick the topics to brief on; none ticked means all</source>
        <translation>Marque los temas que debe abarcar la nota; si no marca ninguno, se incluyen todos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="56"/>
        <source>None ticked: every topic.</source>
        <translation>Ninguno marcado: todos los temas.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="60"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="61"/>
        <source>Full briefing</source>
        <translation>Nota informativa completa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="63"/>
        <source>Checklist (header, objectives, points to make)</source>
        <translation>Lista de verificación (encabezado, objetivos, puntos a tratar)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="67"/>
        <source>&amp;Dialogue:</source>
        <translation>Diá&amp;logo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="68"/>
        <source>M&amp;eeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="69"/>
        <source>Background period:</source>
        <translation>Periodo de antecedentes:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="71"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="73"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="139"/>
        <source>Next planned meeting</source>
        <translation>Próxima reunión prevista</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/briefing_dialog.py" line="179"/>
        <source>the store holds no dialogue yet</source>
        <translation>el almacén aún no contiene ningún diálogo</translation>
    </message>
</context>
<context>
    <name>ClauseCommitmentForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="70"/>
        <source>&lt;b&gt;New commitment quoting this clause&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nuevo compromiso que cita esta cláusula&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="76"/>
        <source>Quoted clause</source>
        <translation>Cláusula citada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="80"/>
        <source>Commitment text</source>
        <translation>Texto del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="83"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="86"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="89"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="90"/>
        <source>&amp;Create commitment</source>
        <translation>&amp;Crear compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="93"/>
        <source>Create the commitment (Ctrl+Return)</source>
        <translation>Crear el compromiso (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="95"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="110"/>
        <source>Quoted clause:</source>
        <translation>Cláusula citada:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="111"/>
        <source>Commitment &amp;text:</source>
        <translation>&amp;Texto del compromiso:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="112"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="113"/>
        <source>To&amp;pic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="114"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="157"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/clause_commitment.py" line="206"/>
        <source>Create commitment from a clause of “%1”</source>
        <translation>Crear compromiso a partir de una cláusula de «%1»</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="74"/>
        <source>Import commitments from a spreadsheet</source>
        <translation>Importar compromisos desde una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="85"/>
        <source>Commitments for %1 from %2 (sheet %3, headers on row %4, %5 rows). Choose the column that holds each field.</source>
        <translation>Compromisos para %1 desde %2 (hoja %3, encabezados en la fila %4, %5 filas). Elija la columna que contiene cada campo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="102"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="118"/>
        <source>Check rows</source>
        <translation>Verificar filas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="123"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="127"/>
        <source>Import valid rows only</source>
        <translation>Importar solo las filas válidas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="165"/>
        <source>Checking every row…</source>
        <translation>Verificando todas las filas…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/column_mapping_dialog.py" line="216"/>
        <source>The columns changed: check the rows again.</source>
        <translation>Las columnas cambiaron: verifique de nuevo las filas.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="58"/>
        <source>interrupted; nothing was changed by the unfinished step</source>
        <translation>interrumpido; el paso inconcluso no modificó nada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="66"/>
        <source>unexpected error ({error}); details in {where}</source>
        <translation>error inesperado ({error}); detalles en {where}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="103"/>
        <source>no such file or directory</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="104"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="105"/>
        <source>operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="106"/>
        <source>is a directory</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="107"/>
        <source>not a directory</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="108"/>
        <source>no space left on device</source>
        <translation>no queda espacio en el dispositivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="109"/>
        <source>read-only file system</source>
        <translation>sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="110"/>
        <source>file exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="115"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/__init__.py" line="127"/>
        <source>the terminal (no log folder could be written)</source>
        <translation>la terminal (no se pudo escribir en ninguna carpeta de registro)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/calendar_command.py" line="48"/>
        <source>Writing the calendar</source>
        <translation>Escribiendo el calendario</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="37"/>
        <source>no screen to show the application on; here is what the store holds</source>
        <translation>no hay pantalla en la cual mostrar la aplicación; esto es lo que contiene el almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="52"/>
        <source>the store was upgraded; the previous file is kept as {path}</source>
        <translation>el almacén se actualizó; el archivo anterior se conserva como {path}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="178"/>
        <source>{path}: export writes {formats} files; name the file with one of these extensions</source>
        <translation>{path}: export escribe archivos {formats}; nombre el archivo con una de esas extensiones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="189"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="225"/>
        <source>Backing up to {path}</source>
        <translation>Guardando la copia de seguridad en {path}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="253"/>
        <source>Checking</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="261"/>
        <source>the check found {count} problem(s)</source>
        <translation>la verificación encontró {count} problema(s)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="23"/>
        <source>{problem} (see dialoguetracker --help)</source>
        <translation>{problem} (consulte dialoguetracker --help)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="45"/>
        <source>invalid choice: {value} (choose from {choices})</source>
        <translation>opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="52"/>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="54"/>
        <source>invalid {type} value: {value}</source>
        <translation>valor de tipo {type} no válido: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="58"/>
        <source>not allowed with argument {option}</source>
        <translation>no se permite junto con el argumento {option}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="61"/>
        <source>argument {option}: {problem}</source>
        <translation>argumento {option}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="65"/>
        <source>the following arguments are required: {names}</source>
        <translation>se requieren los siguientes argumentos: {names}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="69"/>
        <source>one of the arguments {names} is required</source>
        <translation>se requiere uno de los argumentos {names}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/parser.py" line="73"/>
        <source>unrecognized arguments: {words}</source>
        <translation>argumentos no reconocidos: {words}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="50"/>
        <source>--since {since} is after --until {until}</source>
        <translation>--since {since} es posterior a --until {until}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="101"/>
        <source>warning: meeting {id} &apos;{title}&apos; was planned for {day}, now past: mark it held or cancelled, or brief for it with --meeting {id}; this briefing gives the background only</source>
        <translation>advertencia: la reunión {id} «{title}» estaba prevista para el {day}, fecha ya pasada: márquela como celebrada o cancelada, o prepare la nota para ella con --meeting {id}; esta nota informativa solo presenta los antecedentes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="199"/>
        <source>Building {path}</source>
        <translation>Preparando {path}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="218"/>
        <source>--marking: must not be empty</source>
        <translation>--marking: no debe quedar en blanco</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="220"/>
        <source>--marking: must be a single line of text</source>
        <translation>--marking: debe ser una sola línea de texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="267"/>
        <source>--meeting: meeting {id} is not a meeting of {dialogue}</source>
        <translation>--meeting: la reunión {id} no es una reunión de {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="300"/>
        <source>--dialogue: no dialogue named {name!r}; {choices}</source>
        <translation>--dialogue: no hay ningún diálogo llamado «{name}»; {choices}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="315"/>
        <source>the store holds no dialogue yet; load the sample with: dialoguetracker demo</source>
        <translation>el almacén aún no contiene ningún diálogo; cargue el ejemplo con: dialoguetracker demo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="321"/>
        <source>the store holds {count} dialogues; name one with --dialogue: {choices}</source>
        <translation>el almacén contiene {count} diálogos; indique uno con --dialogue: {choices}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="332"/>
        <source>the store holds none</source>
        <translation>el almacén no contiene ninguno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="333"/>
        <source>choose from {names}</source>
        <translation>elija entre {names}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="353"/>
        <source>it has none</source>
        <translation>no tiene ninguno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="357"/>
        <source>--topic: {dialogue} has no topic {name!r}; topics: {known}</source>
        <translation>--topic: {dialogue} no tiene el tema «{name}»; temas: {known}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="376"/>
        <source>--side: {code!r} is not a party to {dialogue}; choose from {parties}</source>
        <translation>--side: «{code}» no es parte de {dialogue}; elija entre {parties}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_parser.py" line="33"/>
        <source>not a date (YYYY-MM-DD): {text!r}</source>
        <translation>no es una fecha (AAAA-MM-DD): {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_parser.py" line="43"/>
        <source>not an id (a whole number from 1): {text!r}</source>
        <translation>no es un id (un número entero a partir de 1): {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_parser.py" line="56"/>
        <source>not a number of months from 1 to {most}: {text!r}</source>
        <translation>no es un número de meses del 1 al {most}: {text!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/screen.py" line="74"/>
        <source>the desktop needs system packages that are missing: install them with &apos;sudo apt-get install {packages}&apos; (or start with QT_QPA_PLATFORM=wayland on a Wayland desktop, or QT_QPA_PLATFORM=offscreen for no window)</source>
        <translation>el escritorio necesita paquetes del sistema que faltan: instálelos con &apos;sudo apt-get install {packages}&apos; (o inicie con QT_QPA_PLATFORM=wayland en un escritorio Wayland, o con QT_QPA_PLATFORM=offscreen para no abrir ventana)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/screenshot_command.py" line="22"/>
        <source>--size: not WIDTHxHEIGHT: {size!r}</source>
        <translation>--size: no tiene la forma ANCHOxALTO: {size!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/screenshot.py" line="73"/>
        <source>--view: not one of {views}: {view!r}</source>
        <translation>--view: no es una de {views}: {view!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/screenshot.py" line="189"/>
        <source>--out: cannot write a PNG to {path}</source>
        <translation>--out: no se puede escribir un PNG en {path}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/spreadsheet_import_command.py" line="43"/>
        <source>{file}: {refusal}</source>
        <translation>{file}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/spreadsheet_import_command.py" line="66"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="35"/>
        <source>{path}: {command} writes {formats} files; name the file with one of these extensions</source>
        <translation>{path}: {command} escribe archivos {formats}; dé al archivo una de esas extensiones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="50"/>
        <source>--mail: the e-mail carries the PDF record; name a .pdf file with --out</source>
        <translation>--mail: el correo lleva la minuta en PDF; indique un archivo .pdf con --out</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="57"/>
        <source>{path}: --mail writes an .eml file; name the file with that extension</source>
        <translation>{path}: --mail escribe un archivo .eml; dé al archivo esa extensión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="78"/>
        <source>warning: section “{section}” runs to {pages} pages; a read-ahead keeps the points to make to one page</source>
        <translation>aviso: la sección «{section}» ocupa {pages} páginas; una nota previa limita los puntos a tratar a una página</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="84"/>
        <source>warning: section “{section}” runs to {pages} pages; a read-ahead keeps the background to two pages</source>
        <translation>aviso: la sección «{section}» ocupa {pages} páginas; una nota previa limita los antecedentes a dos páginas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="116"/>
        <source>warning: no e-mail address on file for {names}; add one to their contact, or address the draft yourself</source>
        <translation>aviso: no hay dirección de correo registrada para {names}; agréguela a sus datos de contacto o escriba usted la dirección en el borrador</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_outputs.py" line="124"/>
        <source>warning: the e-mail draft has no recipients; address it in your mail program</source>
        <translation>aviso: el borrador de correo no tiene destinatarios; escríbalos en su programa de correo</translation>
    </message>
</context>
<context>
    <name>CommitmentActions</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="64"/>
        <source>Status changed from %1 to %2</source>
        <translation>El estado cambió de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="103"/>
        <source>Change status of commitment “%1” to %2</source>
        <translation>Cambiar el estado del compromiso «%1» a %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="106"/>
        <source>Move due date of commitment “%1” to %2</source>
        <translation>Cambiar el plazo del compromiso «%1» al %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="108"/>
        <source>Add progress update to commitment “%1”</source>
        <translation>Agregar actualización de avance al compromiso «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="121"/>
        <source>New commitment “%1”</source>
        <translation>Nuevo compromiso «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/actions.py" line="138"/>
        <source>Edit commitment “%1”</source>
        <translation>Editar compromiso «%1»</translation>
    </message>
</context>
<context>
    <name>CommitmentChart</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/commitment_chart.py" line="45"/>
        <source>Commitments by owner and status</source>
        <translation>Compromisos por responsable y estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/commitment_chart.py" line="46"/>
        <source>No commitments recorded yet.</source>
        <translation>Todavía no se ha registrado ningún compromiso.</translation>
    </message>
</context>
<context>
    <name>CommitmentController</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/controller.py" line="68"/>
        <source>Change status to %1</source>
        <translation>Cambiar estado a %1</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="65"/>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="65"/>
        <source>Edit commitment</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="67"/>
        <source>Commitment text</source>
        <translation>Texto del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="68"/>
        <source>What the side undertakes to do</source>
        <translation>Lo que la parte se compromete a hacer</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="69"/>
        <source>Owner side</source>
        <translation>Parte responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="71"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="72"/>
        <source>No topic</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="73"/>
        <source>Originating meeting</source>
        <translation>Reunión de origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="74"/>
        <source>Not from a meeting</source>
        <translation>No proviene de una reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="75"/>
        <source>Starting status</source>
        <translation>Estado inicial</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="77"/>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="79"/>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="82"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="84"/>
        <source>Source document</source>
        <translation>Documento de origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="85"/>
        <source>Our paraphrase (no document)</source>
        <translation>Paráfrasis propia (sin documento)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="86"/>
        <source>Source clause</source>
        <translation>Cláusula de origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="87"/>
        <source>The sentence of the document it quotes</source>
        <translation>La oración del documento que se cita</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="91"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="92"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="93"/>
        <source>To&amp;pic:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="94"/>
        <source>&amp;Meeting:</source>
        <translation>Re&amp;unión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="99"/>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="100"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="108"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="109"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="110"/>
        <source>Source &amp;document:</source>
        <translation>Documento de &amp;origen:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="111"/>
        <source>Source &amp;clause:</source>
        <translation>&amp;Cláusula de origen:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="153"/>
        <source>no due date</source>
        <translation>sin plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/commitment_dialog.py" line="155"/>
        <source>%1, %2 — changed through progress updates (Ctrl+U)</source>
        <translation>%1, %2 — se modifica mediante actualizaciones de avance (Ctrl+U)</translation>
    </message>
</context>
<context>
    <name>CommitmentList</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="281"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="281"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="283"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="284"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="284"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="284"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="341"/>
        <source>Showing %1 of %2; the Commitments view lists them all.</source>
        <translation>Se muestran %1 de %2; la vista Compromisos los presenta todos.</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/table_view.py" line="68"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>CommitmentTableModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="77"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="78"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="80"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="81"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="82"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="83"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="84"/>
        <source>No news since</source>
        <translation>Sin novedades desde</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="85"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="86"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="93"/>
        <source>Stale: open, with no progress update since %1</source>
        <translation>Sin novedades: pendiente, sin actualizaciones de avance desde el %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="119"/>
        <source>Assessed this period</source>
        <translation>Evaluado en este periodo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="123"/>
        <source>Not yet assessed this period: %1</source>
        <translation>Aún sin evaluar en este periodo: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="131"/>
        <source>%1: never assessed</source>
        <translation>%1: nunca evaluado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="135"/>
        <source>%1: %2 this period</source>
        <translation>%1: %2 en este periodo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/columns.py" line="137"/>
        <source>%1: %2 in an earlier period</source>
        <translation>%1: %2 en un periodo anterior</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/table_model.py" line="206"/>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
</context>
<context>
    <name>Commitments</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/choices.py" line="70"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="22"/>
        <source>Internal: our own side only</source>
        <translation>Interno: solo nuestra parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="24"/>
        <source>Counterpart: may be shared with the other side</source>
        <translation>Contraparte: puede compartirse con la otra parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="33"/>
        <source>Deferring a commitment needs a reason.</source>
        <translation>Para aplazar un compromiso se requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="35"/>
        <source>Dropping a commitment needs a reason.</source>
        <translation>Para descartar un compromiso se requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="37"/>
        <source>Referring a commitment needs a reason.</source>
        <translation>Para remitir un compromiso se requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="39"/>
        <source>Moving the due date needs a reason.</source>
        <translation>Para modificar el plazo se requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="46"/>
        <source>Undone: %1</source>
        <translation>Anulación: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/labels.py" line="52"/>
        <source>Undo of an update recorded in error</source>
        <translation>Anulación de una actualización registrada por error</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/marks.py" line="48"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/marks.py" line="49"/>
        <source>Due soon</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/row_menu.py" line="26"/>
        <source>Set &amp;status</source>
        <translation>Cambiar e&amp;stado</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/export_shown.py" line="24"/>
        <source>Excel workbook (*.xlsx);;CSV, the register for any spreadsheet (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, el registro para cualquier hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="92"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="108"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="210"/>
        <source>New progress &amp;update…</source>
        <translation>Nueva &amp;actualización de avance…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="213"/>
        <source>Move &amp;due date…</source>
        <translation>Cambiar &amp;plazo…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="216"/>
        <source>&amp;Edit commitment…</source>
        <translation>&amp;Editar compromiso…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="219"/>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="271"/>
        <source>Choose a dialogue first.</source>
        <translation>Elija primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/commitments_view.py" line="432"/>
        <source>commitment %1</source>
        <translation>compromiso %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/export_shown.py" line="48"/>
        <source>Export commitments as shown</source>
        <translation>Exportar los compromisos mostrados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/export_shown.py" line="71"/>
        <source>Exporting the commitments shown to %1…</source>
        <translation>Exportando los compromisos mostrados a %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/export_shown.py" line="77"/>
        <source>Exported the commitments shown to %1</source>
        <translation>Compromisos mostrados exportados a %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/export_shown.py" line="83"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ComplianceCard</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="24"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="49"/>
        <source>No round held yet: nothing to assess.</source>
        <translation>Aún no se ha celebrado ninguna ronda: no hay nada que evaluar.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="78"/>
        <source>No commitment assessed in these periods.</source>
        <translation>Ningún compromiso evaluado en estos periodos.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="88"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="88"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="91"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="92"/>
        <source>Last period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="117"/>
        <source>No commitment assessed</source>
        <translation>Ningún compromiso evaluado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="120"/>
        <source>%n commitment assessed</source>
        <translation>%n compromiso evaluado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/compliance_card.py" line="121"/>
        <source>%n commitments assessed</source>
        <translation>%n compromisos evaluados</translation>
    </message>
</context>
<context>
    <name>ComplianceTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="62"/>
        <source>Side assessed</source>
        <translation>Parte evaluada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="70"/>
        <source>Key: %1</source>
        <translation>Tecla: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="79"/>
        <source>Evidence: what shows it (a document, a URL)</source>
        <translation>Evidencia: lo que la sustenta (un documento, una URL)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="80"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="82"/>
        <source>&amp;Final</source>
        <translation>&amp;Definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="88"/>
        <source>&amp;Assess</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="102"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="122"/>
        <source>+1 Full</source>
        <translation>+1 Pleno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="124"/>
        <source>0 Partial</source>
        <translation>0 Parcial</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="125"/>
        <source>−1 None</source>
        <translation>−1 Nulo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="172"/>
        <source>No commitment selected</source>
        <translation>Ningún compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="174"/>
        <source>The dialogue has held no round yet: there is no period to assess.</source>
        <translation>El diálogo aún no ha celebrado ninguna ronda: no hay periodo que evaluar.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="175"/>
        <source>Current period: since the round of %1</source>
        <translation>Periodo en curso: desde la ronda del %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="179"/>
        <source>Not assessed yet.</source>
        <translation>Sin evaluar todavía.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="183"/>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="183"/>
        <source>interim</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="185"/>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="194"/>
        <source>period %1 – %2</source>
        <translation>periodo %1 – %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="215"/>
        <source>Choose a score: 1, 0 or - (+1 full, 0 partial, −1 none).</source>
        <translation>Elija una calificación: 1, 0 o - (+1 pleno, 0 parcial, −1 nulo).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/compliance_tab.py" line="229"/>
        <source>Commitment %1 assessed for %2: %3</source>
        <translation>Compromiso %1 evaluado para %2: %3</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="54"/>
        <source>Commitment details</source>
        <translation>Detalles del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="69"/>
        <source>Commitment text, state and source</source>
        <translation>Texto, estado y origen del compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="70"/>
        <source>Update history</source>
        <translation>Historial de actualizaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="72"/>
        <source>New &amp;update…</source>
        <translation>Nueva &amp;actualización…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="73"/>
        <source>New progress update (Ctrl+U)</source>
        <translation>Nueva actualización de avance (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="75"/>
        <source>Move &amp;due date…</source>
        <translation>Cambiar &amp;plazo…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="78"/>
        <source>Edit the text, owner, topic, handling or source</source>
        <translation>Editar el texto, el responsable, el tema, la difusión o el origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="97"/>
        <source>Progress updates and change history</source>
        <translation>Actualizaciones de avance e historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="99"/>
        <source>Progress updates</source>
        <translation>Actualizaciones de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="102"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="105"/>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="143"/>
        <source>No commitment selected</source>
        <translation>Ningún compromiso seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="150"/>
        <source>Commitment %1</source>
        <translation>Compromiso %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="153"/>
        <source>Our paraphrase</source>
        <translation>Paráfrasis propia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="161"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="161"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="188"/>
        <source>due %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="193"/>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="198"/>
        <source>No progress updates yet.</source>
        <translation>Todavía no hay actualizaciones de avance.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="204"/>
        <source>status → %1</source>
        <translation>estado → %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="206"/>
        <source>due → %1</source>
        <translation>plazo → %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/detail_panel.py" line="208"/>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="46"/>
        <source>Change title of meeting “%1”</source>
        <translation>Cambiar el título de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="47"/>
        <source>Change start of meeting “%1”</source>
        <translation>Cambiar el inicio de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="48"/>
        <source>Change end of meeting “%1”</source>
        <translation>Cambiar el fin de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="49"/>
        <source>Change place of meeting “%1”</source>
        <translation>Cambiar el lugar de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="50"/>
        <source>Change format of meeting “%1”</source>
        <translation>Cambiar la modalidad de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="51"/>
        <source>Change host of meeting “%1”</source>
        <translation>Cambiar el anfitrión de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="52"/>
        <source>Change status of meeting “%1”</source>
        <translation>Cambiar el estado de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="53"/>
        <source>Change summary of meeting “%1”</source>
        <translation>Cambiar el resumen de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="54"/>
        <source>Change handling of the summary of meeting “%1”</source>
        <translation>Cambiar la difusión del resumen de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="75"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="77"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="78"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="83"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="87"/>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="88"/>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="228"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="94"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="106"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="110"/>
        <source>Handling of the summary</source>
        <translation>Difusión del resumen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="139"/>
        <source>Tit&amp;le:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="140"/>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="141"/>
        <source>E&amp;nd:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="142"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="143"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Modalidad:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="144"/>
        <source>Hos&amp;t:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="145"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="146"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="156"/>
        <source>Handl&amp;ing of the summary:</source>
        <translation>&amp;Difusión del resumen:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="166"/>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="235"/>
        <source>Internal: our side only</source>
        <translation>Interno: solo nuestra parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="245"/>
        <source>City, building, or the video platform</source>
        <translation>Ciudad, edificio o plataforma de video</translation>
    </message>
</context>
<context>
    <name>DialogueTable</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="43"/>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="56"/>
        <source>Dialogues</source>
        <translation>Diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="46"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="47"/>
        <source>Open</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="48"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="50"/>
        <source>Stale</source>
        <translation>Sin novedades</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="51"/>
        <source>Last round</source>
        <translation>Última ronda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="52"/>
        <source>Next round</source>
        <translation>Próxima ronda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="53"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="59"/>
        <source>The latest compliance average across the dialogue&apos;s sides</source>
        <translation>El último promedio de cumplimiento de las partes del diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="78"/>
        <source>Due within %n day</source>
        <translation>Por vencer en %n día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="78"/>
        <source>Due within %n days</source>
        <translation>Por vencer en %n días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="84"/>
        <source>Open, with no progress update for %n month</source>
        <translation>Pendientes, sin actualizaciones de avance desde hace %n mes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/dialogue_table.py" line="85"/>
        <source>Open, with no progress update for %n months</source>
        <translation>Pendientes, sin actualizaciones de avance desde hace %n meses</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="30"/>
        <source>Dated</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="34"/>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="134"/>
        <source>e.g. en, es</source>
        <translation>p. ej., en, es</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="54"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="55"/>
        <source>&amp;Title:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="56"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="58"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="59"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="62"/>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="63"/>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="64"/>
        <source>Document date</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="65"/>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="66"/>
        <source>Document URL</source>
        <translation>URL del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/document_form.py" line="67"/>
        <source>Document handling</source>
        <translation>Difusión del documento</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="29"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="33"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="34"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="36"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="37"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_list.py" line="107"/>
        <source>Internal: our side only, never shared</source>
        <translation>Interno: solo nuestra parte, nunca se comparte</translation>
    </message>
</context>
<context>
    <name>DocumentTextPane</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="70"/>
        <source>INTERNAL — this document is for our side only and is never shared.</source>
        <translation>INTERNO — este documento es solo para nuestra parte y nunca se comparte.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="75"/>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="79"/>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="146"/>
        <source>No document selected</source>
        <translation>Ningún documento seleccionado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="80"/>
        <source>Create commitment from this clause</source>
        <translation>Crear compromiso a partir de esta cláusula</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="87"/>
        <source>Select a sentence of the text (or put the cursor in it) to make a commitment that quotes it (%1)</source>
        <translation>Seleccione una oración del texto (o coloque el cursor en ella) para crear un compromiso que la cite (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="142"/>
        <source>This document has no text in the record.</source>
        <translation>Este documento no tiene texto en el registro.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="144"/>
        <source>The document&apos;s text</source>
        <translation>El texto del documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="167"/>
        <source>Select the sentence to quote first, or put the cursor in it.</source>
        <translation>Primero seleccione la oración que desea citar, o coloque el cursor en ella.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/document_text.py" line="175"/>
        <source>Commitment created; it quotes this clause as its source. Undo removes it.</source>
        <translation>Compromiso creado; cita esta cláusula como su origen. Deshacer lo elimina.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="66"/>
        <source>The meeting&apos;s record is final: its documents are read-only. You can still make a commitment from a clause of their text.</source>
        <translation>La minuta de la reunión es definitiva: sus documentos son de solo lectura. Aún puede crear un compromiso a partir de una cláusula de su texto.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="71"/>
        <source>&amp;Add document</source>
        <translation>&amp;Agregar documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="73"/>
        <source>Add an outcome document to the meeting</source>
        <translation>Agregar un documento de resultados a la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="75"/>
        <source>&amp;Delete document</source>
        <translation>&amp;Eliminar documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="77"/>
        <source>Delete the selected document (Del; undoable)</source>
        <translation>Eliminar el documento seleccionado (Del; se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="81"/>
        <source>No outcome documents yet. Add the joint statement, readout, fact sheet or minutes with Add document.</source>
        <translation>Todavía no hay documentos de resultados. Agregue la declaración conjunta, el comunicado, la hoja informativa o la minuta con Agregar documento.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="181"/>
        <source>Change %1 of document “%2”</source>
        <translation>Cambiar %1 del documento «%2»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="208"/>
        <source>the kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="209"/>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="210"/>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="211"/>
        <source>the language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="212"/>
        <source>the URL</source>
        <translation>la URL</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="213"/>
        <source>the handling</source>
        <translation>la difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="214"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="226"/>
        <source>New document</source>
        <translation>Nuevo documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="234"/>
        <source>Add document to “%1”</source>
        <translation>Agregar documento a «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="259"/>
        <source>%n commitment(s) quote this document as their source. Deleting it keeps their clause but drops the link to the document; Undo restores both.</source>
        <translation>
            <numerusform>%n compromiso cita este documento como documento de origen. Al eliminarlo se conserva su cláusula, pero se pierde el vínculo con el documento; Deshacer restablece ambos.</numerusform>
            <numerusform>%n compromisos citan este documento como documento de origen. Al eliminarlo se conserva su cláusula, pero se pierde el vínculo con el documento; Deshacer restablece ambos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="265"/>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="283"/>
        <source>Delete document “%1”</source>
        <translation>Eliminar documento «%1»</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="51"/>
        <source>No outcome documents in this dialogue yet. Add them on a meeting&apos;s Documents tab.</source>
        <translation>Todavía no hay documentos de resultados en este diálogo. Agréguelos en la pestaña Documentos de una reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="65"/>
        <source>Open &amp;meeting</source>
        <translation>Abrir &amp;reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="67"/>
        <source>Edit the document on its meeting&apos;s Documents tab</source>
        <translation>Editar el documento en la pestaña Documentos de su reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="69"/>
        <source>Open the new &amp;commitment</source>
        <translation>Abrir el nuevo &amp;compromiso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="116"/>
        <source>%n outcome document(s) of the dialogue</source>
        <translation>
            <numerusform>%n documento de resultados del diálogo</numerusform>
            <numerusform>%n documentos de resultados del diálogo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="118"/>
        <source>Outcome documents</source>
        <translation>Documentos de resultados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/documents_view.py" line="165"/>
        <source>meeting: %1</source>
        <translation>reunión: %1</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/error_report.py" line="69"/>
        <source>Dialogue Tracker</source>
        <translation>Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/error_report.py" line="75"/>
        <source>Something went wrong. Nothing was half-saved: the step that failed was undone as a whole, and you can go on working.</source>
        <translation>Algo salió mal. No quedó nada guardado a medias: el paso que falló se deshizo por completo y puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="171"/>
        <source>is a folder, not a PDF file</source>
        <translation>es una carpeta, no un archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="174"/>
        <location filename="../../src/dialoguetracker/services/provenance.py" line="67"/>
        <source>not a PDF file</source>
        <translation>no es un archivo PDF</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/report_commands.py" line="209"/>
        <location filename="../../src/dialoguetracker/files.py" line="21"/>
        <source>is a folder; name a file to write</source>
        <translation>es una carpeta; indique el archivo que se debe escribir</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="29"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="47"/>
        <source>no {kind} with id {record_id}</source>
        <translation>no existe {kind} con el id {record_id}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="73"/>
        <source>nothing was saved</source>
        <translation>no se guardó nada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="75"/>
        <source>the disk holding {path} is full; {outcome} (free some space and try again)</source>
        <translation>el disco que contiene {path} está lleno; {outcome} (libere espacio e inténtelo de nuevo)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="119"/>
        <source>{kind} &apos;{name}&apos;</source>
        <translation>«{name}» ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="121"/>
        <source>this {kind}</source>
        <translation>este registro ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="123"/>
        <source>{kind} {record_id}</source>
        <translation>{kind} {record_id}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="128"/>
        <source>{record} was changed by {actor} at {stamp} since you opened it; reload it to see the change</source>
        <translation>{record}: {actor} lo modificó el {stamp}, después de que usted lo abrió; vuelva a cargarlo para ver el cambio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="138"/>
        <source>{record} was changed by {actor} since you opened it; reload it to see the change</source>
        <translation>{record}: {actor} lo modificó después de que usted lo abrió; vuelva a cargarlo para ver el cambio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/errors.py" line="146"/>
        <source>{record} was changed by someone else since you opened it; reload it to see the change</source>
        <translation>{record}: otra persona lo modificó después de que usted lo abrió; vuelva a cargarlo para ver el cambio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/progress.py" line="35"/>
        <source>cancelled; nothing was changed</source>
        <translation>cancelado; no se modificó nada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/rules.py" line="46"/>
        <source>deferring a commitment needs a reason</source>
        <translation>para aplazar un compromiso se requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/rules.py" line="47"/>
        <source>dropping a commitment needs a reason</source>
        <translation>para descartar un compromiso se requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/rules.py" line="48"/>
        <source>referring a commitment needs a reason</source>
        <translation>para remitir un compromiso se requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/rules.py" line="121"/>
        <source>the due date it gave the commitment cannot be taken away by another update (updates set and move due dates); record a new update to move it instead</source>
        <translation>el plazo que esta actualización fijó al compromiso no puede suprimirse con otra actualización (las actualizaciones fijan y cambian plazos); registre una nueva actualización para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/rules.py" line="143"/>
        <source>moving the due date from {before} to {after} needs a reason</source>
        <translation>para cambiar el plazo del {before} al {after} se requiere un motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/text.py" line="15"/>
        <location filename="../../src/dialoguetracker/domain/text.py" line="26"/>
        <location filename="../../src/dialoguetracker/services/server_access.py" line="32"/>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="92"/>
        <source>must not be empty</source>
        <translation>no debe quedar en blanco</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/text.py" line="17"/>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="233"/>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, no {kind}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/text.py" line="19"/>
        <source>contains a NUL character</source>
        <translation>contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/text.py" line="24"/>
        <source>contains an unpaired surrogate character</source>
        <translation>contiene un carácter sustituto sin pareja</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="43"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="233"/>
        <source>cannot restore {path}: {reason}</source>
        <translation>no se puede restaurar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="33"/>
        <source>is not an iCalendar file ({reason})</source>
        <translation>no es un archivo iCalendar ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="42"/>
        <source>event {number}</source>
        <translation>evento {number}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="43"/>
        <source>has no UID, so it cannot be matched later</source>
        <translation>no tiene UID, por lo que no podrá reconocerse más adelante</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="47"/>
        <source>event {number} ({uid})</source>
        <translation>evento {number} ({uid})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="48"/>
        <source>has no start (DTSTART)</source>
        <translation>no tiene inicio (DTSTART)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/calendar_read.py" line="74"/>
        <source>is not a date or a time: {value!r}</source>
        <translation>no es una fecha ni una hora: {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="52"/>
        <source>an organization</source>
        <translation>una organización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="53"/>
        <source>a person of that party</source>
        <translation>una persona de esa parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="54"/>
        <source>a dialogue</source>
        <translation>un diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="55"/>
        <source>a topic</source>
        <translation>un tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="56"/>
        <source>a meeting on that day</source>
        <translation>una reunión en esa fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="57"/>
        <source>a participant</source>
        <translation>un participante</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="58"/>
        <source>an agenda item</source>
        <translation>un punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="59"/>
        <source>a commitment</source>
        <translation>un compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="60"/>
        <source>an update on that day</source>
        <translation>una actualización de avance en esa fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="68"/>
        <source>a {kind}</source>
        <translation>un documento de tipo «{kind}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="82"/>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="87"/>
        <source>not JSON (line {line}, column {column}: {reason})</source>
        <translation>no es JSON (línea {line}, columna {column}: {reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="95"/>
        <source>nested too deeply to be an interchange file</source>
        <translation>tiene demasiados niveles anidados para ser un archivo de intercambio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="99"/>
        <source>not a Dialogue Tracker interchange file (no top object)</source>
        <translation>no es un archivo de intercambio de Dialogue Tracker (no hay objeto principal)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="128"/>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="363"/>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="451"/>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="77"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="131"/>
        <source>not a Dialogue Tracker interchange file (format is {format})</source>
        <translation>no es un archivo de intercambio de Dialogue Tracker (el formato es {format})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="141"/>
        <source>not a format version: {value!r}</source>
        <translation>no es una versión del formato: {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="146"/>
        <source>{version} is newer than this program reads ({known}); update Dialogue Tracker</source>
        <translation>{version} es más reciente que la que este programa lee ({known}); actualice Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="167"/>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="396"/>
        <source>{kind} id {id!r} is used twice</source>
        <translation>el id «{id}» de {kind} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="177"/>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="284"/>
        <location filename="../../src/dialoguetracker/services/interchange_directory.py" line="119"/>
        <location filename="../../src/dialoguetracker/services/sides.py" line="16"/>
        <source>unknown party code {code!r}</source>
        <translation>código de parte desconocido: «{code}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="199"/>
        <source>not one of {allowed}: {value!r}</source>
        <translation>no es uno de {allowed}: {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="213"/>
        <source>{what} is listed twice: {value!r}</source>
        <translation>{what} figura dos veces: {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="226"/>
        <source>party code {code!r} is listed twice</source>
        <translation>el código de parte «{code}» figura dos veces</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="231"/>
        <source>not a usable party code: {code!r}</source>
        <translation>no es un código de parte utilizable: «{code}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="253"/>
        <source>organization {id!r} is not of party {party}</source>
        <translation>la organización «{id}» no es de la parte {party}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="278"/>
        <location filename="../../src/dialoguetracker/services/dialogues.py" line="35"/>
        <source>a dialogue needs at least two parties</source>
        <translation>un diálogo requiere al menos dos partes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="326"/>
        <source>not a party of the dialogue: {code!r}</source>
        <translation>no es parte del diálogo: «{code}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/interchange_read.py" line="469"/>
        <location filename="../../src/dialoguetracker/services/assessments.py" line="95"/>
        <source>&apos;{side}&apos; is not a side this commitment is assessed for ({sides})</source>
        <translation>«{side}» no es una parte para la que se evalúa este compromiso ({sides})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="66"/>
        <source>must be an object, not {kind}</source>
        <translation>debe ser un objeto, no {kind}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="100"/>
        <source>must be a list of texts, not {kind}</source>
        <translation>debe ser una lista de textos, no {kind}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="115"/>
        <source>not a score (-1, 0 or 1): {value}</source>
        <translation>no es una calificación (-1, 0 o 1): {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="130"/>
        <source>must be true or false, not {value}</source>
        <translation>debe ser true o false, no {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="143"/>
        <source>not a whole number of minutes: {value}</source>
        <translation>no es un número entero de minutos: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="150"/>
        <source>more than {limit} minutes: {value}</source>
        <translation>más de {limit} minutos: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="192"/>
        <source>must be a list, not {kind}</source>
        <translation>debe ser una lista, no {kind}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="208"/>
        <source>not one of {allowed}: {value}</source>
        <translation>no es uno de {allowed}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="243"/>
        <source>not a date: {value}</source>
        <translation>no es una fecha: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="280"/>
        <source>not a date or date and time: {value}</source>
        <translation>no es una fecha ni una fecha y hora: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="285"/>
        <source>a time needs a UTC offset, e.g. -06:00: {value}</source>
        <translation>una hora requiere su desfase respecto de UTC, p. ej. -06:00: {value}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="293"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="294"/>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="295"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="296"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="297"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/json_values.py" line="299"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/spreadsheet_read.py" line="47"/>
        <source>is not an Excel workbook (.xlsx) that can be read ({reason})</source>
        <translation>no es un libro de Excel (.xlsx) legible ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/spreadsheet_read.py" line="57"/>
        <source>holds no sheet</source>
        <translation>no contiene ninguna hoja</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/spreadsheet_read.py" line="100"/>
        <source>is not a CSV file that can be read ({reason})</source>
        <translation>no es un archivo CSV legible ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/spreadsheet_read.py" line="110"/>
        <source>is not a CSV file (it holds binary data)</source>
        <translation>no es un archivo CSV (contiene datos binarios)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/interop/spreadsheet_read.py" line="127"/>
        <source>holds no rows</source>
        <translation>no contiene filas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="73"/>
        <source>must be a whole number of minutes</source>
        <translation>debe ser un número entero de minutos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="76"/>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="322"/>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="329"/>
        <location filename="../../src/dialoguetracker/services/people_history.py" line="37"/>
        <location filename="../../src/dialoguetracker/services/people_history.py" line="39"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="80"/>
        <source>must not exceed {limit} minutes</source>
        <translation>no debe exceder de {limit} minutos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="140"/>
        <source>must be a whole number from 1 to {highest}</source>
        <translation>debe ser un número entero del 1 al {highest}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="186"/>
        <source>an agenda item cannot move to another meeting</source>
        <translation>un punto del orden del día no puede pasar a otra reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/agenda.py" line="236"/>
        <source>must list each of the meeting&apos;s items exactly once</source>
        <translation>debe incluir cada punto de la reunión exactamente una vez</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/attendance.py" line="55"/>
        <source>{name} is already listed for this meeting</source>
        <translation>{name} ya figura en esta reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/audit.py" line="44"/>
        <source>must be one of: {words}</source>
        <translation>debe ser uno de: {words}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/briefing_data.py" line="58"/>
        <source>the period ends before it begins</source>
        <translation>el periodo termina antes de comenzar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/briefing_data.py" line="69"/>
        <location filename="../../src/dialoguetracker/services/record_recipients.py" line="40"/>
        <source>{code!r} is not a party of this dialogue</source>
        <translation>«{code}» no es parte de este diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/briefing_data.py" line="142"/>
        <source>choose the dialogue to brief on</source>
        <translation>elija el diálogo sobre el que versará la nota informativa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitment_updates.py" line="202"/>
        <source>is not an update of commitment {commitment}</source>
        <translation>no es una actualización del compromiso {commitment}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="54"/>
        <source>must be a calendar date, not {value!r}</source>
        <translation>debe ser una fecha del calendario, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="99"/>
        <source>{owner!r} is not a party of this dialogue ({codes}) nor {joint!r}</source>
        <translation>«{owner}» no es parte de este diálogo ({codes}) ni «{joint}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="110"/>
        <source>is before the commitment was recorded ({recorded})</source>
        <translation>es anterior al registro del compromiso ({recorded})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="131"/>
        <source>the agenda item is not one of the meeting&apos;s</source>
        <translation>el punto no pertenece al orden del día de la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="264"/>
        <source>a commitment cannot move to another dialogue</source>
        <translation>un compromiso no puede pasar a otro diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="308"/>
        <source>{value!r} is not a value of the {sort} sort</source>
        <translation>{value!r} no es un valor del orden por «{sort}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="326"/>
        <source>must be from 1 to {most} months</source>
        <translation>debe estar entre 1 y {most} meses</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/commitments.py" line="332"/>
        <source>a page is either after one key or before one</source>
        <translation>una página va después de una clave o antes de una, no ambas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/delegations.py" line="40"/>
        <source>{name} is listed at other meetings too</source>
        <translation>{name} figura también en otras reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/dialogues.py" line="38"/>
        <source>a party is listed twice</source>
        <translation>una parte figura dos veces</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/dialogues.py" line="43"/>
        <source>a dialogue named {name!r} already exists</source>
        <translation>ya existe un diálogo llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/dialogues.py" line="129"/>
        <source>the dialogue already has a topic named {name!r}</source>
        <translation>el diálogo ya tiene un tema llamado «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/directory.py" line="37"/>
        <source>must be one word without spaces: {code!r}</source>
        <translation>debe ser una sola palabra sin espacios: «{code}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/directory.py" line="44"/>
        <source>party code {code!r} is already in use</source>
        <translation>el código de parte «{code}» ya está en uso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/directory.py" line="103"/>
        <source>{party} already has an organization named {name!r}</source>
        <translation>{party} ya tiene una organización llamada «{name}»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/directory.py" line="185"/>
        <location filename="../../src/dialoguetracker/services/interchange_directory.py" line="137"/>
        <source>{organization!r} does not belong to {party}</source>
        <translation>«{organization}» no pertenece a {party}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/documents.py" line="54"/>
        <source>must be a calendar date without a time</source>
        <translation>debe ser una fecha del calendario, sin hora</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/maintenance.py" line="86"/>
        <source>commitment {commitment}: stored as {stored} (due {stored_due}) but its history leads to {status} (due {due})</source>
        <translation>compromiso {commitment}: guardado como {stored} (plazo {stored_due}), pero su historial lleva a {status} (plazo {due})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/maintenance.py" line="102"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="47"/>
        <source>a time needs a UTC offset</source>
        <translation>una hora requiere su desfase respecto de UTC</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="50"/>
        <source>the UTC offset must be a whole number of minutes</source>
        <translation>el desfase respecto de UTC debe ser un número entero de minutos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="56"/>
        <source>must be a date, or a date and time with a UTC offset</source>
        <translation>debe ser una fecha, o una fecha y hora con su desfase respecto de UTC</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="77"/>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="89"/>
        <source>the meeting ends before it starts</source>
        <translation>la reunión termina antes de comenzar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="83"/>
        <source>ends on an earlier local date than it starts; give both in one time zone</source>
        <translation>termina en una fecha local anterior a la de inicio; indique ambas en un mismo huso horario</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="127"/>
        <source>{code} is not a party of this dialogue</source>
        <translation>{code} no es parte de este diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="192"/>
        <source>meeting &apos;{title}&apos; is final; reopen it to change it</source>
        <translation>la minuta de la reunión «{title}» es definitiva; reábrala para modificarla</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="204"/>
        <source>the record of meeting &apos;{title}&apos; is already final</source>
        <translation>la minuta de la reunión «{title}» ya es definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="218"/>
        <source>the record of meeting &apos;{title}&apos; is not final</source>
        <translation>la minuta de la reunión «{title}» no es definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/meetings.py" line="288"/>
        <source>a meeting cannot move to another dialogue</source>
        <translation>una reunión no puede pasar a otro diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/search.py" line="27"/>
        <source>is longer than {limit} characters</source>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/validation.py" line="49"/>
        <source>must be one of {words}, not {value!r}</source>
        <translation>debe ser uno de {words}, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/validation.py" line="68"/>
        <source>{kind} {named} belongs to another dialogue</source>
        <translation>{kind} {named}: pertenece a otro diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/settings.py" line="33"/>
        <source>--db: names no store (give a file path or a database URL)</source>
        <translation>--db: no indica ningún almacén (indique la ruta de un archivo o el URL de una base de datos)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="125"/>
        <source>today&apos;s automatic backup was not made</source>
        <translation>no se hizo la copia de seguridad automática de hoy</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="131"/>
        <source>no daily backup: {reason}</source>
        <translation>sin copia de seguridad diaria: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="136"/>
        <source>warning: {message}</source>
        <translation>advertencia: {message}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="152"/>
        <source>the store was not upgraded and is unchanged</source>
        <translation>el almacén no se actualizó y está sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="166"/>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="86"/>
        <source>nothing was restored and the store is unchanged</source>
        <translation>no se restauró nada y el almacén está sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="207"/>
        <source>cannot write a backup of {path}: {reason}</source>
        <translation>no se puede escribir una copia de seguridad de {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/backups.py" line="222"/>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="48"/>
        <source>cannot write the backup {path}: {reason}</source>
        <translation>no se puede escribir la copia de seguridad {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="85"/>
        <source>party {party}</source>
        <translation>parte {party}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="86"/>
        <source>party {party} ({code})</source>
        <translation>parte {party} ({code})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="104"/>
        <source>dialogue {dialogue}: has 1 party; a dialogue needs at least two</source>
        <translation>diálogo {dialogue}: tiene 1 parte; un diálogo requiere al menos dos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="109"/>
        <source>dialogue {dialogue}: has {count} parties; a dialogue needs at least two</source>
        <translation>diálogo {dialogue}: tiene {count} partes; un diálogo requiere al menos dos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="134"/>
        <source>meeting {meeting}: its host, {party}, is not one of dialogue {dialogue}&apos;s parties</source>
        <translation>reunión {meeting}: su anfitriona, {party}, no es una de las partes del diálogo {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="162"/>
        <source>agenda item {item} (meeting {meeting}): its topic {topic} belongs to dialogue {other}, not to the meeting&apos;s dialogue {dialogue}</source>
        <translation>punto {item} (reunión {meeting}): su tema {topic} pertenece al diálogo {other}, no al diálogo de la reunión, {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="196"/>
        <source>agenda item {item} (meeting {meeting}): its lead, {party}, is not one of dialogue {dialogue}&apos;s parties</source>
        <translation>punto {item} (reunión {meeting}): quien lo conduce, {party}, no es una de las partes del diálogo {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="233"/>
        <source>commitment {commitment}: its agenda item {item} belongs to meeting {other}, but the commitment names no meeting</source>
        <translation>compromiso {commitment}: su punto {item} pertenece a la reunión {other}, pero el compromiso no indica ninguna reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="242"/>
        <source>commitment {commitment}: its agenda item {item} belongs to meeting {other}, not to its meeting {meeting}</source>
        <translation>compromiso {commitment}: su punto {item} pertenece a la reunión {other}, no a su reunión, {meeting}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="270"/>
        <source>commitment {commitment}: its meeting {meeting} belongs to dialogue {other}, not to its dialogue {dialogue}</source>
        <translation>compromiso {commitment}: su reunión {meeting} pertenece al diálogo {other}, no a su diálogo, {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="298"/>
        <source>commitment {commitment}: its topic {topic} belongs to dialogue {other}, not to its dialogue {dialogue}</source>
        <translation>compromiso {commitment}: su tema {topic} pertenece al diálogo {other}, no a su diálogo, {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="326"/>
        <source>commitment {commitment}: its owner, {party}, is not one of dialogue {dialogue}&apos;s parties</source>
        <translation>compromiso {commitment}: su responsable, {party}, no es una de las partes del diálogo {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="355"/>
        <source>commitment {commitment}: its source document {document} (of meeting {meeting}) belongs to dialogue {other}, not to its dialogue {dialogue}</source>
        <translation>compromiso {commitment}: su documento de origen {document} (de la reunión {meeting}) pertenece al diálogo {other}, no a su diálogo, {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/consistency_queries.py" line="386"/>
        <source>update {update} of commitment {commitment}: its meeting {meeting} belongs to dialogue {other}, not to the commitment&apos;s dialogue {dialogue}</source>
        <translation>actualización {update} del compromiso {commitment}: su reunión {meeting} pertenece al diálogo {other}, no al diálogo del compromiso, {dialogue}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="91"/>
        <source>nothing could be read</source>
        <translation>no se pudo leer nada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="113"/>
        <location filename="../../src/dialoguetracker/store/engine.py" line="156"/>
        <source>{store}: {reason}</source>
        <translation>{store}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="143"/>
        <source>roles are for a store on a PostgreSQL server; a file is guarded by its file permissions</source>
        <translation>las funciones son para un almacén en un servidor PostgreSQL; un archivo lo protegen sus permisos de archivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="43"/>
        <source>{store}: the login {login} may not read this ({reason}); ask an administrator of the store</source>
        <translation>{store}: el usuario {login} no puede leer esto ({reason}); consulte a un administrador del almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="47"/>
        <source>{store}: the login {login} may not change this ({reason}); ask an administrator of the store</source>
        <translation>{store}: el usuario {login} no puede modificar esto ({reason}); consulte a un administrador del almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="51"/>
        <source>{store}: the login {login} may not hand out roles on this store ({reason}); only its owner and its administrators may</source>
        <translation>{store}: el usuario {login} no puede asignar funciones en este almacén ({reason}); solo pueden hacerlo su propietario y sus administradores</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="196"/>
        <location filename="../../src/dialoguetracker/store/location.py" line="167"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation>no se puede abrir {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="203"/>
        <source>{store} cannot be opened: the PostgreSQL driver is not installed (pip install &apos;dialoguetracker[postgresql]&apos;)</source>
        <translation>no se puede abrir {store}: el controlador de PostgreSQL no está instalado (pip install &apos;dialoguetracker[postgresql]&apos;)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="295"/>
        <source>other records still refer to this one; remove or change them first</source>
        <translation>otros registros aún remiten a este; elimínelos o modifíquelos primero</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="299"/>
        <source>a record with the same key already exists ({reason})</source>
        <translation>ya existe un registro con la misma clave ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/engine.py" line="302"/>
        <source>the store refused the change ({reason})</source>
        <translation>el almacén rechazó el cambio ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="72"/>
        <source>{scheme}://…: not a kind of store this program keeps; give a file path, sqlite:///PATH or {server}://USER@HOST/DATABASE</source>
        <translation>{scheme}://…: no es un tipo de almacén que este programa maneje; indique la ruta de un archivo, sqlite:///RUTA o {server}://USUARIO@SERVIDOR/BASE_DE_DATOS</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="98"/>
        <source>{path} is a folder, not a store file</source>
        <translation>{path} es una carpeta, no un archivo de almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="104"/>
        <source>cannot create a store at {path}: the folder {folder} does not exist</source>
        <translation>no se puede crear un almacén en {path}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="113"/>
        <source>cannot create a store at {path}: the folder is not writable</source>
        <translation>no se puede crear un almacén en {path}: no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="122"/>
        <source>{path} cannot be read (permission denied)</source>
        <translation>no se puede leer {path} (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="128"/>
        <source>{path} is not a Dialogue Tracker store (not a SQLite database)</source>
        <translation>{path} no es un almacén de Dialogue Tracker (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="136"/>
        <source>{path} cannot be written (permission denied)</source>
        <translation>no se puede escribir en {path} (permiso denegado)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="143"/>
        <source>the store cannot be opened and was left unchanged</source>
        <translation>no se puede abrir el almacén, que quedó sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="179"/>
        <source>{path} is a SQLite database but not a Dialogue Tracker store</source>
        <translation>{path} es una base de datos SQLite, pero no un almacén de Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="192"/>
        <source>{path} is damaged ({reason})</source>
        <translation>{path} está dañado ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/location.py" line="195"/>
        <source>{path} is not a Dialogue Tracker store ({reason})</source>
        <translation>{path} no es un almacén de Dialogue Tracker ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="27"/>
        <source>{path} already exists; choose another name for the backup</source>
        <translation>{path} ya existe; elija otro nombre para la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="33"/>
        <source>cannot write {path}: the folder does not exist</source>
        <translation>no se puede escribir {path}: la carpeta no existe</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="46"/>
        <source>no backup was written</source>
        <translation>no se escribió ninguna copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="73"/>
        <source>{path}: no such backup file</source>
        <translation>{path}: no existe ese archivo de copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="89"/>
        <source>cannot restore {source} into {target}: {reason}</source>
        <translation>no se puede restaurar {source} en {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="110"/>
        <source>database integrity: {verdict}</source>
        <translation>integridad de la base de datos: {verdict}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="116"/>
        <source>{table} row {row} refers to a missing {parent} row</source>
        <translation>la fila {row} de {table} remite a una fila de {parent} que no existe</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="132"/>
        <source>meeting {meeting}: agenda positions run {low}..{high} for {count} items</source>
        <translation>reunión {meeting}: las posiciones del orden del día van de {low} a {high} para {count} puntos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/maintenance.py" line="148"/>
        <source>{action} works on a store file; for a server store use the server&apos;s own tools (pg_dump / pg_restore)</source>
        <translation>{action} funciona con un archivo de almacén; para un almacén en un servidor, use las herramientas del propio servidor (pg_dump / pg_restore)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/migrate.py" line="58"/>
        <source>{store} was written by a newer version of Dialogue Tracker (schema {revision}); install that version to open it</source>
        <translation>{store} se escribió con una versión más reciente de Dialogue Tracker (esquema {revision}); instale esa versión para abrirlo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/migrate.py" line="104"/>
        <source>{store} must be upgraded to this version&apos;s schema ({current} to {head}) by one of its administrators; ask one to open it once with this version</source>
        <translation>{store} debe actualizarlo al esquema de esta versión ({current} a {head}) uno de sus administradores; pida a uno que lo abra una vez con esta versión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/migrate.py" line="118"/>
        <source>the database holds tables but is not a Dialogue Tracker store</source>
        <translation>la base de datos contiene tablas, pero no es un almacén de Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/search_index_bulk.py" line="82"/>
        <source>the search index trigger {trigger} could not be created again</source>
        <translation>no se pudo volver a crear el disparador {trigger} del índice de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="122"/>
        <source>{count} rows cannot be imported, so nothing was imported: {rows}</source>
        <translation>{count} filas no pueden importarse, así que no se importó nada: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="157"/>
        <source>no column holds {fields}; the headers are: {headers}</source>
        <translation>ninguna columna contiene {fields}; los encabezados son: {headers}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="116"/>
        <source>&apos;{value}&apos; is not a date; write it as 2026-03-31 or make the cell a date</source>
        <translation>«{value}» no es una fecha; escríbala como 2026-03-31 o dé a la celda formato de fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="141"/>
        <source>&apos;{value}&apos; is not a party of this dialogue ({codes}) nor Joint</source>
        <translation>«{value}» no es una parte de este diálogo ({codes}) ni Conjunto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="177"/>
        <source>&apos;{value}&apos; is not a status: {statuses}</source>
        <translation>«{value}» no es un estado: {statuses}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="183"/>
        <source>&apos;{value}&apos; is not a handling level: Internal, Counterpart, Public</source>
        <translation>«{value}» no es un nivel de difusión: Interno, Contraparte, Público</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/commands.py" line="116"/>
        <source>is a folder, not a file to import</source>
        <translation>es una carpeta, no un archivo que se pueda importar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/cli/compliance_commands.py" line="94"/>
        <source>{file}: compliance writes .csv or .xlsx files</source>
        <translation>{file}: compliance escribe archivos .csv o .xlsx</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/assessments.py" line="73"/>
        <location filename="../../src/dialoguetracker/services/interchange_commitments.py" line="253"/>
        <source>the dialogue has held no round yet, so no period can be assessed</source>
        <translation>el diálogo aún no ha celebrado ninguna ronda, así que no hay periodo que evaluar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/assessments.py" line="81"/>
        <source>{day} is before the dialogue&apos;s first round ({first})</source>
        <translation>{day} es anterior a la primera ronda del diálogo ({first})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/assessments.py" line="100"/>
        <source>must be -1, 0 or +1</source>
        <translation>debe ser -1, 0 o +1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/interchange_commitments.py" line="259"/>
        <source>{day} is not the date of a round that closes a period</source>
        <translation>{day} no es la fecha de una ronda que cierre un periodo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/server_roles.py" line="54"/>
        <source>the database&apos;s name is too long for its roles ({name}); give the store a database with a shorter name</source>
        <translation>el nombre de la base de datos es demasiado largo para sus funciones ({name}); use para el almacén una base de datos con un nombre más corto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/store/server_roles.py" line="351"/>
        <source>{login!r} is not a login of this server; an administrator of the server creates it first (CREATE ROLE … LOGIN)</source>
        <translation>{login!r} no es un usuario de este servidor; un administrador del servidor debe crearlo primero (CREATE ROLE … LOGIN)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="100"/>
        <source>Building the PDF</source>
        <translation>Generando el PDF</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="107"/>
        <source>Preview status</source>
        <translation>Estado de la vista previa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="110"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="118"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="121"/>
        <source>Save the PDF previewed and record it in the store, so it can be verified</source>
        <translation>Guardar el PDF de la vista previa y registrarlo en el almacén para que pueda verificarse</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="181"/>
        <source>must not be empty</source>
        <translation>no debe quedar en blanco</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="183"/>
        <source>must be a single line of text</source>
        <translation>debe ser una sola línea de texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="195"/>
        <source>Language of the labels</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="201"/>
        <source>Marking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="202"/>
        <source>The line at the head and foot of every page</source>
        <translation>Línea que figura en el encabezado y el pie de cada página</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="205"/>
        <source>Audience</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="213"/>
        <source>Counterpart and public leave out all internal material: our preparation (purpose, objectives, points to make, press line) and every note, outcome or update marked internal.</source>
        <translation>Las versiones para la contraparte y para el público omiten todo el material interno: nuestra preparación (propósito, objetivos, puntos a tratar, línea de prensa) y toda nota, resultado o actualización marcados como internos.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="221"/>
        <source>Include notes of agenda items</source>
        <translation>Incluir notas de los puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="223"/>
        <source>Include notes</source>
        <translation>Incluir notas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="233"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="234"/>
        <source>&amp;Marking:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="235"/>
        <source>&amp;Audience:</source>
        <translation>De&amp;stinatarios:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="271"/>
        <source>Options changed; the preview will update…</source>
        <translation>Opciones modificadas; la vista previa se actualizará…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="297"/>
        <source>Building the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="310"/>
        <source>%n page</source>
        <translation>%n página</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="310"/>
        <source>%n pages</source>
        <translation>%n páginas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="319"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="320"/>
        <source>The PDF cannot be built: %1</source>
        <translation>No se puede generar el PDF: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="330"/>
        <source>Save the PDF, or a Word draft</source>
        <translation>Guardar el PDF o un borrador de Word</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="354"/>
        <source>Saved %1 and recorded it in the store</source>
        <translation>Se guardó %1 y quedó registrado en el almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="365"/>
        <source>%1: only %2 files can be saved</source>
        <translation>%1: solo pueden guardarse archivos %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="379"/>
        <source>Saved %1, an editable Word draft; the PDF, not this file, is the record</source>
        <translation>Se guardó %1, un borrador editable de Word; el registro es el PDF, no este archivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/dialog.py" line="387"/>
        <source>The PDF was not saved: %1</source>
        <translation>No se guardó el PDF: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/saving.py" line="36"/>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/saving.py" line="42"/>
        <source>PDF files (*.pdf);;Word documents, editable drafts (*.docx);;All files (*)</source>
        <translation>Archivos PDF (*.pdf);;Documentos de Word, borradores editables (*.docx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="56"/>
        <source>Search commitment text</source>
        <translation>Buscar en el texto de los compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="57"/>
        <source>Search commitment text…</source>
        <translation>Buscar en el texto de los compromisos…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="62"/>
        <source>Dialogue filter</source>
        <translation>Filtro de diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="65"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="66"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="67"/>
        <source>Open (not closed)</source>
        <translation>Pendientes (sin cerrar)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="69"/>
        <source>Owner side filter</source>
        <translation>Filtro de parte responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="70"/>
        <source>Topic filter</source>
        <translation>Filtro de tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="73"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Solo vencidos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="75"/>
        <source>&amp;Stale only</source>
        <translation>Solo sin &amp;novedades</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="77"/>
        <source>&amp;Not yet assessed</source>
        <translation>Sin e&amp;valuar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="81"/>
        <source>Commitments to be scored for the current period (since the last round held) that some side has no score for yet</source>
        <translation>Compromisos por evaluar en el periodo actual (desde la última ronda celebrada) a los que algún lado aún no tiene puntuación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="85"/>
        <source>Due &amp;within</source>
        <translation>&amp;Vencen en</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="89"/>
        <source>Number of days</source>
        <translation>Número de días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="92"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="94"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="96"/>
        <source>E&amp;xport as shown…</source>
        <translation>E&amp;xportar lo mostrado…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="99"/>
        <source>The commitments the filters let through, in this order, as XLSX or CSV</source>
        <translation>Los compromisos que dejan pasar los filtros, en este orden, como XLSX o CSV</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="103"/>
        <source>Number of commitments shown</source>
        <translation>Número de compromisos mostrados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="165"/>
        <source>All sides</source>
        <translation>Todas las partes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="167"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="181"/>
        <source>All dialogues</source>
        <translation>Todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="201"/>
        <source>Open commitments with no progress update for %n month</source>
        <translation>Compromisos pendientes sin actualizaciones de avance desde hace %n mes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="202"/>
        <source>Open commitments with no progress update for %n months</source>
        <translation>Compromisos pendientes sin actualizaciones de avance desde hace %n meses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="263"/>
        <source>%Ln commitment</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/commitments/filter_bar.py" line="265"/>
        <source>%Ln commitments</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="30"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="31"/>
        <source>Agenda items</source>
        <translation>Puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="32"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="33"/>
        <source>Progress updates</source>
        <translation>Actualizaciones de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="34"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="35"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="49"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="53"/>
        <source>Words in titles, notes, outcomes, commitments, updates…</source>
        <translation>Palabras en títulos, notas, resultados, compromisos, actualizaciones…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="55"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="59"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="102"/>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="104"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/find_dialog.py" line="106"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/form_dialog.py" line="34"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/group_page.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/group_page.py" line="35"/>
        <source>Select a person to see their details and meeting history, or add one.</source>
        <translation>Seleccione una persona para ver sus datos y su historial de reuniones, o agregue una.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/group_page.py" line="43"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/group_page.py" line="44"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="40"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="41"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="42"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="43"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="44"/>
        <source>Presence</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/history.py" line="45"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="39"/>
        <source>{count} meetings created</source>
        <translation>{count} reuniones creadas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="40"/>
        <source>{count} updated</source>
        <translation>{count} actualizadas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="41"/>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="45"/>
        <source>{count} left as held or cancelled ({titles})</source>
        <translation>{count} se dejaron como celebradas o canceladas ({titles})</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="52"/>
        <source>first occurrence only of recurring {titles}</source>
        <translation>solo la primera ocurrencia de las periódicas {titles}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/calendar_import.py" line="58"/>
        <source>attendees not in the store: {names}</source>
        <translation>asistentes que no están en el almacén: {names}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="23"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="24"/>
        <source>added {added}; {kept} already in the store</source>
        <translation>se agregó: {added}; {kept} ya estaban en el almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="57"/>
        <source>{count} {things}</source>
        <translation>{count} {things}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="73"/>
        <source>1 commitment would be imported</source>
        <translation>Se importaría 1 compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="75"/>
        <source>{count} commitments would be imported</source>
        <translation>Se importarían {count} compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="81"/>
        <source>1 commitment imported</source>
        <translation>1 compromiso importado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="83"/>
        <source>{count} commitments imported</source>
        <translation>{count} compromisos importados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="88"/>
        <source>rows refused: {rows}</source>
        <translation>filas rechazadas: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="92"/>
        <source>rows already in the dialogue: {rows}</source>
        <translation>filas que el diálogo ya tiene: {rows}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="98"/>
        <source>new topics: {topics}</source>
        <translation>temas nuevos: {topics}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_import.py" line="104"/>
        <source>no meeting titled {titles} in the dialogue, so those came in without one</source>
        <translation>el diálogo no tiene ninguna reunión titulada {titles}, así que esos compromisos se importaron sin reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="38"/>
        <source>row {row}, {column}: {problem}</source>
        <translation>fila {row}, {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/spreadsheet_rows.py" line="179"/>
        <source>Proposed, Agreed, In progress, Completed, Deferred, Dropped, Referred</source>
        <translation>Propuesto, Acordado, En curso, Cumplido, Aplazado, Descartado, Remitido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="40"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="41"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="42"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="43"/>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="44"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="45"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="46"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="47"/>
        <source>Latest update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/register_columns.py" line="48"/>
        <source>Latest update on</source>
        <translation>Fecha de la última actualización</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="26"/>
        <source>%n party</source>
        <translation>%n parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="27"/>
        <source>%n parties</source>
        <translation>%n partes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="30"/>
        <source>%n organization</source>
        <translation>%n organización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="31"/>
        <source>%n organizations</source>
        <translation>%n organizaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="34"/>
        <source>%n person</source>
        <translation>%n persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="35"/>
        <source>%n people</source>
        <translation>%n personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="38"/>
        <source>%n dialogue</source>
        <translation>%n diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="39"/>
        <source>%n dialogues</source>
        <translation>%n diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="42"/>
        <source>%n topic</source>
        <translation>%n tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="43"/>
        <source>%n topics</source>
        <translation>%n temas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="46"/>
        <source>%n meeting</source>
        <translation>%n reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="47"/>
        <source>%n meetings</source>
        <translation>%n reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="50"/>
        <source>%n brief</source>
        <translation>%n ficha de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="51"/>
        <source>%n briefs</source>
        <translation>%n fichas de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="54"/>
        <source>%n delegation member</source>
        <translation>%n integrante de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="55"/>
        <source>%n delegation members</source>
        <translation>%n integrantes de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="58"/>
        <source>%n agenda item</source>
        <translation>%n punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="59"/>
        <source>%n agenda items</source>
        <translation>%n puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="62"/>
        <source>%n document</source>
        <translation>%n documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="63"/>
        <source>%n documents</source>
        <translation>%n documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="66"/>
        <source>%n commitment</source>
        <translation>%n compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="67"/>
        <source>%n commitments</source>
        <translation>%n compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="70"/>
        <source>%n progress update</source>
        <translation>%n actualización de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="71"/>
        <source>%n progress updates</source>
        <translation>%n actualizaciones de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="91"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="94"/>
        <source>%n record</source>
        <translation>%n registro</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="95"/>
        <source>%n records</source>
        <translation>%n registros</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="98"/>
        <source>Added %1; %2 already in the store</source>
        <translation>Se agregó: %1; %2 ya estaban en el almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="108"/>
        <source>%n meeting created</source>
        <translation>%n reunión creada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="109"/>
        <source>%n meetings created</source>
        <translation>%n reuniones creadas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="113"/>
        <source>%n meeting updated</source>
        <translation>%n reunión actualizada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="114"/>
        <source>%n meetings updated</source>
        <translation>%n reuniones actualizadas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="118"/>
        <source>%n meeting unchanged</source>
        <translation>%n reunión sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="119"/>
        <source>%n meetings unchanged</source>
        <translation>%n reuniones sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="125"/>
        <source>left as held or cancelled: %1</source>
        <translation>se dejaron como celebradas o canceladas: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="132"/>
        <source>first occurrence only of %1</source>
        <translation>solo la primera ocurrencia de %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/import_words.py" line="139"/>
        <source>attendees not in the store: %1</source>
        <translation>asistentes que no están en el almacén: %1</translation>
    </message>
</context>
<context>
    <name>ItemPreparation</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="157"/>
        <source>Preparation for agenda item %1</source>
        <translation>Preparación del punto del orden del día %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="160"/>
        <source>Lead: %1</source>
        <translation>Conduce: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="162"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>LengthWarning</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/length_warning.py" line="18"/>
        <source>Length warning</source>
        <translation>Aviso de extensión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/length_warning.py" line="29"/>
        <source>“%1” runs to %2 pages: a read-ahead keeps the points to make to one page.</source>
        <translation>«%1» ocupa %2 páginas: una nota previa limita los puntos a tratar a una página.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/length_warning.py" line="33"/>
        <source>“%1” runs to %2 pages: a read-ahead keeps the background to two pages.</source>
        <translation>«%1» ocupa %2 páginas: una nota previa limita los antecedentes a dos páginas.</translation>
    </message>
</context>
<context>
    <name>LineListEdit</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/text_fields.py" line="96"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/long_task.py" line="55"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/long_task.py" line="58"/>
        <source>This cannot be cancelled.</source>
        <translation>Esta operación no puede cancelarse.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/long_task.py" line="62"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Operación cancelada; no se modificó nada.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/long_task.py" line="82"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/long_task.py" line="114"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="37"/>
        <source>&amp;New store…</source>
        <translation>&amp;Nuevo almacén…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="44"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="49"/>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="54"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="57"/>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="63"/>
        <source>&amp;Import interchange JSON…</source>
        <translation>&amp;Importar JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="69"/>
        <source>&amp;Export interchange JSON…</source>
        <translation>&amp;Exportar JSON de intercambio…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="72"/>
        <source>&amp;Check store…</source>
        <translation>&amp;Verificar almacén…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="79"/>
        <source>Export &amp;briefing PDF…</source>
        <translation>Exportar nota in&amp;formativa en PDF…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="84"/>
        <source>Export &amp;calendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="90"/>
        <source>Import calendar invitations…</source>
        <translation>Importar invitaciones de calendario…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="96"/>
        <source>Import commitments from a spreadsheet…</source>
        <translation>Importar compromisos desde una hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="104"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="110"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="112"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="124"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="131"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="138"/>
        <source>New &amp;meeting…</source>
        <translation>Nueva re&amp;unión…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="145"/>
        <source>New &amp;commitment…</source>
        <translation>Nuevo &amp;compromiso…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="157"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="160"/>
        <source>&amp;Next view</source>
        <translation>Vista &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="164"/>
        <source>&amp;Previous view</source>
        <translation>Vista &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="170"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_menus.py" line="172"/>
        <source>&amp;About Dialogue Tracker</source>
        <translation>&amp;Acerca de Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_window.py" line="117"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_window.py" line="197"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_window.py" line="432"/>
        <source>Dialogue Tracker</source>
        <translation>Dialogue Tracker</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/main_window.py" line="462"/>
        <source>Opening the store…</source>
        <translation>Abriendo el almacén…</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="80"/>
        <source>Finalize record</source>
        <translation>Finalizar minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="83"/>
        <source>Lock the record: every tab becomes read-only until it is reopened</source>
        <translation>Bloquear la minuta: todas las pestañas quedan en solo lectura hasta que se reabra</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="86"/>
        <source>Reopen record…</source>
        <translation>Reabrir minuta…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="89"/>
        <source>Unlock the final record for changes; the audit trail records it</source>
        <translation>Desbloquear la minuta definitiva para modificarla; el historial de cambios lo registra</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="92"/>
        <source>New meeting from previous round</source>
        <translation>Nueva reunión a partir de la ronda anterior</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="96"/>
        <source>Start a new draft meeting whose agenda repeats this meeting&apos;s item titles, topics and leads (not its notes or outcomes)</source>
        <translation>Crear un borrador de reunión cuyo orden del día repite los títulos, temas y partes que conducen los puntos de esta reunión (no sus notas ni resultados)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="101"/>
        <source>Export meeting record…</source>
        <translation>Exportar minuta…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="104"/>
        <source>The record of this meeting as a PDF, previewed before it is saved</source>
        <translation>La minuta de esta reunión en PDF, con vista previa antes de guardarla</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="107"/>
        <source>Send record…</source>
        <translation>Enviar minuta…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="111"/>
        <source>An e-mail draft to the participants with the record attached as a PDF, opened in your mail program; nothing is sent by this program</source>
        <translation>Un borrador de correo a los participantes con la minuta adjunta en PDF, que se abre en su programa de correo; este programa no envía nada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="116"/>
        <source>Delete meeting…</source>
        <translation>Eliminar reunión…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="143"/>
        <source>Internal: our side&apos;s preparation, never shared</source>
        <translation>Interno: preparación de nuestra parte, nunca se comparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="145"/>
        <source>Parts of the meeting</source>
        <translation>Secciones de la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="155"/>
        <source>No meeting is open. Open one from the Meetings view or the navigator, or press Ctrl+Shift+M for a new one.</source>
        <translation>No hay ninguna reunión abierta. Abra una desde la vista Reuniones o el navegador, o presione Ctrl+Shift+M para crear una nueva.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="227"/>
        <source>Reopen the record to delete the meeting</source>
        <translation>Reabra la minuta para eliminar la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="229"/>
        <source>Delete the meeting with its brief, delegations, agenda and documents</source>
        <translation>Eliminar la reunión con su ficha de preparación, delegaciones, orden del día y documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="246"/>
        <source>Finalize record of meeting “%1”</source>
        <translation>Finalizar la minuta de la reunión «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="260"/>
        <source>Reopen the record?</source>
        <translation>¿Reabrir la minuta?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="262"/>
        <source>Reopen the final record of “%1” for changes?</source>
        <translation>¿Reabrir la minuta definitiva de «%1» para modificarla?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="266"/>
        <source>Briefings already printed from it will no longer match once it changes. The reopening is recorded in the audit trail with your name.</source>
        <translation>Las notas informativas ya impresas a partir de ella dejarán de coincidir en cuanto se modifique. La reapertura queda registrada en el historial de cambios con su nombre.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="270"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meeting_editor.py" line="296"/>
        <source>Reopen record of meeting “%1”</source>
        <translation>Reabrir la minuta de la reunión «%1»</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/header.py" line="39"/>
        <source>FINAL RECORD — locked. Every tab is read-only; reopen the record to change it (reopening is recorded in the audit trail).</source>
        <translation>MINUTA DEFINITIVA — bloqueada. Todas las pestañas son de solo lectura; reabra la minuta para modificarla (la reapertura queda registrada en el historial de cambios).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/header.py" line="43"/>
        <source>This record is final and locked</source>
        <translation>Esta minuta es definitiva y está bloqueada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/header.py" line="65"/>
        <source>hosted by %1</source>
        <translation>anfitrión: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/header.py" line="69"/>
        <source>Final record</source>
        <translation>Minuta definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/header.py" line="69"/>
        <source>Draft record</source>
        <translation>Borrador de minuta</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="34"/>
        <source>Next meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="37"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="37"/>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="37"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="76"/>
        <source>No meeting is planned in any dialogue.</source>
        <translation>No hay ninguna reunión prevista en ningún diálogo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/portfolio/meeting_list.py" line="80"/>
        <source>Showing %1 of %2; each dialogue&apos;s Meetings view lists them all.</source>
        <translation>Se muestran %1 de %2; la vista Reuniones de cada diálogo las presenta todas.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="46"/>
        <source>Planned, date passed</source>
        <translation>Prevista, fecha ya pasada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="57"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="58"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="60"/>
        <source>Record</source>
        <translation>Minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="61"/>
        <source>Format</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="62"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="63"/>
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/meeting_list_model.py" line="179"/>
        <source>Final (locked)</source>
        <translation>Definitiva (bloqueada)</translation>
    </message>
</context>
<context>
    <name>MeetingRecordExportDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="34"/>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="35"/>
        <source>Export meeting record</source>
        <translation>Exportar minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="40"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="41"/>
        <source>Meeting:</source>
        <translation>Reunión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="43"/>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="47"/>
        <source>Save the PDF previewed, recorded in the store, and open an e-mail draft to the participants the audience allows, with it attached, in your mail program</source>
        <translation>Guarda el PDF de la vista previa, registrado en el almacén, y abre en su programa de correo un borrador para los participantes que permite el destinatario, con el PDF adjunto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="80"/>
        <source>no meeting to export</source>
        <translation>no hay ninguna reunión que exportar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="99"/>
        <source>Save the record to send</source>
        <translation>Guardar la minuta que se enviará</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="107"/>
        <source>%1: the e-mail carries the PDF record; name a .pdf file</source>
        <translation>%1: el correo lleva la minuta en PDF; indique un archivo .pdf</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="124"/>
        <source>Saved %1 and wrote the e-mail draft %2 to %3</source>
        <translation>Se guardó %1 y se escribió el borrador de correo %2 para %3</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="127"/>
        <source>%n recipient</source>
        <translation>%n destinatario</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="127"/>
        <source>%n recipients</source>
        <translation>%n destinatarios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="132"/>
        <source>No e-mail address on file for %1</source>
        <translation>No hay dirección de correo registrada para %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="134"/>
        <source>Open %1 in your mail program to send it</source>
        <translation>Abra %1 en su programa de correo para enviarlo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/record_dialog.py" line="140"/>
        <source>The e-mail draft was not written: %1</source>
        <translation>No se escribió el borrador de correo: %1</translation>
    </message>
</context>
<context>
    <name>MeetingRemoval</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="35"/>
        <source>%n delegation member</source>
        <translation>%n integrante de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="36"/>
        <source>%n delegation members</source>
        <translation>%n integrantes de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="40"/>
        <source>%n agenda item</source>
        <translation>%n punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="41"/>
        <source>%n agenda items</source>
        <translation>%n puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="45"/>
        <source>%n document</source>
        <translation>%n documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="46"/>
        <source>%n documents</source>
        <translation>%n documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="50"/>
        <source>its brief</source>
        <translation>su ficha de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="52"/>
        <source>Delete the meeting “%1” with %2?</source>
        <translation>¿Eliminar la reunión «%1» con %2?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="59"/>
        <source>%n commitment keeps its text but no longer names the meeting.</source>
        <translation>%n compromiso conserva su texto, pero deja de hacer referencia a la reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="62"/>
        <source>%n commitments keep their text but no longer name the meeting.</source>
        <translation>%n compromisos conservan su texto, pero dejan de hacer referencia a la reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="69"/>
        <source>Undo (Ctrl+Z) brings everything back.</source>
        <translation>Deshacer (Ctrl+Z) lo restablece todo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="89"/>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="120"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/removal.py" line="113"/>
        <source>Delete meeting “%1”</source>
        <translation>Eliminar reunión «%1»</translation>
    </message>
</context>
<context>
    <name>MeetingRounds</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/rounds.py" line="20"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/rounds.py" line="25"/>
        <source>Create meeting from previous round “%1”</source>
        <translation>Crear reunión a partir de la ronda anterior «%1»</translation>
    </message>
</context>
<context>
    <name>MeetingTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/history_tab.py" line="18"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/agenda_tab.py" line="51"/>
        <source>A&amp;genda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/attendance_tab.py" line="44"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/details_tab.py" line="61"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/documents_tab.py" line="52"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="174"/>
        <source>Preparation (internal)</source>
        <translation>Preparación (interna)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="45"/>
        <source>Review of open commitments</source>
        <translation>Revisión de compromisos pendientes</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="61"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="64"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="68"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="70"/>
        <source>A planned draft meeting dated today (Ctrl+Shift+M)</source>
        <translation>Reunión prevista, con minuta en borrador, con fecha de hoy (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="72"/>
        <source>New meeting from previous &amp;round</source>
        <translation>Nueva reunión a partir de la ronda &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="76"/>
        <source>A draft meeting whose agenda repeats the titles, topics and leads of the selected meeting, or of the newest one</source>
        <translation>Reunión con minuta en borrador cuyo orden del día repite los títulos, los temas y la parte que conduce cada punto de la reunión seleccionada o, si no hay ninguna seleccionada, de la más reciente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="91"/>
        <source>Meetings of the dialogue, newest first</source>
        <translation>Reuniones del diálogo, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="133"/>
        <source>All meetings</source>
        <translation>Todas las reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="134"/>
        <source>Upcoming</source>
        <translation>Próximas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="135"/>
        <source>Past</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="175"/>
        <source>Meetings: %1</source>
        <translation>Reuniones: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="181"/>
        <source>Choose a dialogue in the navigator.</source>
        <translation>Elija un diálogo en el navegador.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="183"/>
        <source>No meetings in this period. Press Ctrl+Shift+M to log one.</source>
        <translation>No hay reuniones en este periodo. Presione Ctrl+Shift+M para registrar una.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="206"/>
        <source>Choose a dialogue first.</source>
        <translation>Elija primero un diálogo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="210"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/meetings_view.py" line="216"/>
        <source>Create meeting “%1”</source>
        <translation>Crear la reunión «%1»</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/navigator.py" line="47"/>
        <source>Dialogues and meetings</source>
        <translation>Diálogos y reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/navigator.py" line="86"/>
        <source>All dialogues</source>
        <translation>Todos los diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/navigator.py" line="87"/>
        <source>Every dialogue at a glance, and their commitments</source>
        <translation>Todos los diálogos de un vistazo, y sus compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/navigator.py" line="98"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPersonForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="31"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="36"/>
        <source>Name of the new person</source>
        <translation>Nombre de la nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="40"/>
        <source>Party of the new person</source>
        <translation>Parte de la nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="44"/>
        <source>Organization of the new person</source>
        <translation>Organización de la nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="47"/>
        <source>Title of the new person</source>
        <translation>Cargo de la nueva persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="48"/>
        <source>e.g. Director for Cyber Policy</source>
        <translation>p. ej., Director de Política Cibernética</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="50"/>
        <source>Add ne&amp;w person to the delegation</source>
        <translation>Agregar persona nue&amp;va a la delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="66"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="67"/>
        <source>Part&amp;y:</source>
        <translation>Pa&amp;rte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="68"/>
        <source>Organi&amp;zation:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="69"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/person_form.py" line="92"/>
        <source>No organization</source>
        <translation>Sin organización</translation>
    </message>
</context>
<context>
    <name>NextMeetingPanel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="81"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="94"/>
        <source>Open meeting</source>
        <translation>Abrir reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="100"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="101"/>
        <source>Agenda item</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="102"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="103"/>
        <source>Lead</source>
        <translation>Conduce</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="104"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="112"/>
        <source>Planned minutes</source>
        <translation>Minutos previstos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="114"/>
        <source>Agenda of the next meeting</source>
        <translation>Orden del día de la próxima reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="120"/>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="132"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="122"/>
        <source>Open the last meeting held</source>
        <translation>Abrir la última reunión celebrada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="135"/>
        <source>Open the planned meeting whose date has passed</source>
        <translation>Abrir la reunión prevista cuya fecha ya pasó</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="197"/>
        <source>No meeting is planned ahead. Log the next round with New meeting (Ctrl+Shift+M).</source>
        <translation>No hay ninguna reunión prevista en adelante. Registre la próxima ronda con Nueva reunión (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="204"/>
        <source>No meeting is planned. Log the next round with New meeting (Ctrl+Shift+M).</source>
        <translation>No hay ninguna reunión prevista. Registre la próxima ronda con Nueva reunión (Ctrl+Shift+M).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="208"/>
        <source>The agenda of this meeting is still empty.</source>
        <translation>El orden del día de esta reunión todavía está vacío.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="211"/>
        <source>No meeting has been held yet.</source>
        <translation>Todavía no se ha celebrado ninguna reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="214"/>
        <source>Last held: %1, %2</source>
        <translation>Última celebrada: %1, %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="225"/>
        <source>hosted by %1</source>
        <translation>organizada por %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="237"/>
        <source>“%1” was planned for %2, now past: mark it held or cancelled.</source>
        <translation>«%1» estaba prevista para el %2, fecha ya pasada: márquela como celebrada o cancelada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/overview/panels.py" line="243"/>
        <source>%n more planned meeting(s) have passed too (see Meetings ▸ Past).</source>
        <translation>
            <numerusform>También ya pasó la fecha de %n reunión prevista más (véase Reuniones ▸ Pasadas).</numerusform>
            <numerusform>También ya pasó la fecha de otras %n reuniones previstas (véase Reuniones ▸ Pasadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenCommitmentsModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="48"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="50"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="51"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="52"/>
        <source>Latest update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="141"/>
        <source>INTERNAL · </source>
        <translation>INTERNO · </translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="151"/>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="158"/>
        <source>No update yet</source>
        <translation>Todavía sin actualizaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/open_commitments_model.py" line="162"/>
        <source> · at this meeting</source>
        <translation> · en esta reunión</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="22"/>
        <source>%n day late</source>
        <translation>%n día de retraso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="23"/>
        <source>%n days late</source>
        <translation>%n días de retraso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="30"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="33"/>
        <source>in %n day</source>
        <translation>vence en %n día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="34"/>
        <source>in %n days</source>
        <translation>vence en %n días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="43"/>
        <source>no progress update in %n month</source>
        <translation>sin actualizaciones de avance en %n mes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/overview/wording.py" line="44"/>
        <source>no progress update in %n months</source>
        <translation>sin actualizaciones de avance en %n meses</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="100"/>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="101"/>
        <source>Open commitments</source>
        <translation>Compromisos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="102"/>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="117"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="103"/>
        <source>Stale</source>
        <translation>Sin novedades</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="110"/>
        <source>Commitments by owner and status</source>
        <translation>Compromisos por responsable y estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="119"/>
        <source>Due within 30 days</source>
        <translation>Por vencer en 30 días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="184"/>
        <source>Choose a dialogue in the navigator to see its overview.</source>
        <translation>Elija un diálogo en el navegador para ver su resumen general.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="187"/>
        <source>This store holds no dialogue yet.

Import one with File ▸ Import interchange JSON…, or load the sample dialogue with the command “dialoguetracker demo”.</source>
        <translation>Este almacén aún no contiene ningún diálogo.

Importe uno con Archivo ▸ Importar JSON de intercambio…, o cargue el diálogo de ejemplo con la instrucción «dialoguetracker demo».</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="202"/>
        <source>status: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="215"/>
        <source>No commitments recorded yet. Add one with New commitment (Ctrl+Shift+C).</source>
        <translation>Aún no hay compromisos registrados. Agregue uno con Nuevo compromiso (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="223"/>
        <source>Nothing is overdue.</source>
        <translation>No hay compromisos vencidos.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="227"/>
        <source>Due within %n day</source>
        <translation>Por vencer en %n día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="227"/>
        <source>Due within %n days</source>
        <translation>Por vencer en %n días</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="236"/>
        <source>Nothing falls due in the next %n day.</source>
        <translation>Ningún compromiso vence en el próximo %n día.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="237"/>
        <source>Nothing falls due in the next %n days.</source>
        <translation>Ningún compromiso vence en los próximos %n días.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="246"/>
        <source>None held yet</source>
        <translation>Ninguna celebrada aún</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="249"/>
        <source>Last held %1</source>
        <translation>Última celebrada el %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="253"/>
        <source>%n planned</source>
        <comment>one meeting</comment>
        <translation>%n prevista</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="254"/>
        <source>%n planned</source>
        <comment>several meetings</comment>
        <translation>%n previstas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="260"/>
        <source>of %1 recorded</source>
        <translation>de %1 registrados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/overview.py" line="265"/>
        <source>%1 due within %2 days</source>
        <translation>%1 por vencer en %2 días</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/export/preview.py" line="26"/>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
</context>
<context>
    <name>PeopleRemoval</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="72"/>
        <source>Delete the party “%1”?</source>
        <translation>¿Eliminar la parte «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="73"/>
        <source>Delete the organization “%1”?</source>
        <translation>¿Eliminar la organización «%1»?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="76"/>
        <source>Delete “%1” from the directory?</source>
        <translation>¿Eliminar a «%1» del directorio?</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="81"/>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Puede recuperarse con Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="86"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="114"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/removing.py" line="121"/>
        <source>“%1” was not deleted: %2</source>
        <translation>No se eliminó «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PeopleRenaming</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/renaming.py" line="24"/>
        <source>Rename %1 to %2</source>
        <translation>Cambiar el nombre de %1 a %2</translation>
    </message>
</context>
<context>
    <name>PeopleTree</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/tree.py" line="29"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/tree.py" line="30"/>
        <source>%1 people</source>
        <translation>%1 personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/tree.py" line="40"/>
        <source>Parties, organizations and people</source>
        <translation>Partes, organizaciones y personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/tree.py" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/tree.py" line="45"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="72"/>
        <source>People actions</source>
        <translation>Acciones de personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="74"/>
        <source>Add p&amp;arty…</source>
        <translation>Agregar &amp;parte…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="76"/>
        <source>Add o&amp;rganization…</source>
        <translation>Agregar &amp;organización…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="78"/>
        <source>Add &amp;person…</source>
        <translation>Agregar pe&amp;rsona…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="79"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="166"/>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="255"/>
        <source>Meeting history</source>
        <translation>Historial de reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="167"/>
        <source>Not listed for any meeting yet.</source>
        <translation>Todavía no figura en ninguna reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="228"/>
        <source>No parties yet.

Add the parties at the table first (Add party…), then their organizations and the people who attend.</source>
        <translation>Todavía no hay partes.

Agregue primero las partes que participan en el diálogo (Agregar parte…) y después sus organizaciones y las personas que asisten.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="232"/>
        <source>No people yet. Add the first with Add person… (Ctrl+Shift+P).</source>
        <translation>Todavía no hay personas. Agregue la primera con Agregar persona… (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="234"/>
        <source>Select a person to see their details and meeting history.</source>
        <translation>Seleccione una persona para ver sus datos y su historial de reuniones.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="253"/>
        <source>Meeting history (%1)</source>
        <translation>Historial de reuniones (%1)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="292"/>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/people_view.py" line="295"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="103"/>
        <source>E-mail, telephone, office</source>
        <translation>Correo electrónico, teléfono, oficina</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="105"/>
        <source>e.g. ah-LEH-hahn-dro</source>
        <translation>p. ej., MÁI-kol</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="108"/>
        <source>A few sentences for the briefing</source>
        <translation>Unas cuantas frases para la nota informativa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="112"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="113"/>
        <source>Pa&amp;rty:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="114"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="115"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="116"/>
        <source>&amp;Contact:</source>
        <translation>Con&amp;tacto:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="117"/>
        <source>Pron&amp;unciation:</source>
        <translation>Pron&amp;unciación:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="118"/>
        <source>&amp;Biography:</source>
        <translation>&amp;Biografía:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/people/person_form.py" line="192"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="99"/>
        <source>Open commitments</source>
        <translation>Compromisos pendientes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="100"/>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="108"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="101"/>
        <source>Stale</source>
        <translation>Sin novedades</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="160"/>
        <source>This store holds no dialogue yet.

Import one with File ▸ Import interchange JSON…, or load the sample dialogue with the command “dialoguetracker demo”.</source>
        <translation>Este almacén aún no contiene ningún diálogo.

Importe uno con Archivo ▸ Importar JSON de intercambio…, o cargue el diálogo de ejemplo con el comando «dialoguetracker demo».</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="171"/>
        <source>%n dialogue</source>
        <translation>%n diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="171"/>
        <source>%n dialogues</source>
        <translation>%n diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="172"/>
        <source>as of %1</source>
        <translation>al %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="185"/>
        <source>Nothing is overdue in any dialogue.</source>
        <translation>No hay compromisos vencidos en ningún diálogo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="195"/>
        <source>in %n dialogue</source>
        <translation>en %n diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="195"/>
        <source>in %n dialogues</source>
        <translation>en %n diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/portfolio_view.py" line="200"/>
        <source>%1 due within %2 days</source>
        <translation>%1 por vencer en %2 días</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="35"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="38"/>
        <source>As the system is set</source>
        <translation>Como esté configurado el sistema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="46"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="49"/>
        <source>An open commitment with no progress update for this long is flagged stale in the register, the overviews and the briefing.</source>
        <translation>Un compromiso pendiente sin actualizaciones de avance durante este tiempo se marca como sin novedades en el registro, los resúmenes y la nota informativa.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="54"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="55"/>
        <source>Stale after no &amp;news for:</source>
        <translation>Sin &amp;novedades tras:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/preferences_dialog.py" line="56"/>
        <source>A new language applies from the next start.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie el programa.</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="41"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="42"/>
        <source>the purpose</source>
        <translation>el propósito</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="45"/>
        <source>&amp;Our objectives:</source>
        <translation>Nuestros &amp;objetivos:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="46"/>
        <source>our objectives</source>
        <translation>nuestros objetivos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="49"/>
        <source>&amp;Their expected objectives:</source>
        <translation>Objetivos previstos de la &amp;contraparte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="50"/>
        <source>their expected objectives</source>
        <translation>los objetivos previstos de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="53"/>
        <source>Their likely &amp;asks:</source>
        <translation>&amp;Solicitudes probables de la contraparte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="54"/>
        <source>their likely asks</source>
        <translation>las solicitudes probables de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="57"/>
        <source>P&amp;ress line:</source>
        <translation>&amp;Línea de prensa:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="58"/>
        <source>the press line</source>
        <translation>la línea de prensa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="63"/>
        <source>Points to make:</source>
        <translation>Puntos a tratar:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="64"/>
        <source>the points to make</source>
        <translation>los puntos a tratar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="67"/>
        <source>Their likely position:</source>
        <translation>Posición probable de la contraparte:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="68"/>
        <source>their likely position</source>
        <translation>la posición probable de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="71"/>
        <source>Our response:</source>
        <translation>Nuestra respuesta:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="72"/>
        <source>our response</source>
        <translation>nuestra respuesta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="77"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="78"/>
        <source>Our objectives</source>
        <translation>Nuestros objetivos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="79"/>
        <source>Their expected objectives</source>
        <translation>Objetivos previstos de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="80"/>
        <source>Their likely asks</source>
        <translation>Solicitudes probables de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="81"/>
        <source>Press line</source>
        <translation>Línea de prensa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="82"/>
        <source>Points to make</source>
        <translation>Puntos a tratar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="83"/>
        <source>Their likely position</source>
        <translation>Posición probable de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="84"/>
        <source>Our response</source>
        <translation>Nuestra respuesta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="185"/>
        <source>INTERNAL — our side&apos;s preparation. Never shared: every counterpart or public briefing and export leaves it out.</source>
        <translation>INTERNO — preparación de nuestra parte. Nunca se comparte: ninguna nota informativa ni exportación para la contraparte o para el público la incluye.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="189"/>
        <source>Internal material</source>
        <translation>Material interno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="193"/>
        <source>The meeting&apos;s record is final, so its preparation is read-only.</source>
        <translation>La minuta de la reunión es definitiva, por lo que su preparación es de solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="199"/>
        <source>Meeting brief</source>
        <translation>Ficha de preparación de la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="214"/>
        <source>Agenda: points to make</source>
        <translation>Orden del día: puntos a tratar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="218"/>
        <source>The meeting has no agenda items yet; add them on the Agenda tab.</source>
        <translation>La reunión todavía no tiene puntos en el orden del día; agréguelos en la pestaña Orden del día.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="315"/>
        <source>Edit %1 in the brief</source>
        <translation>Editar %1 en la ficha de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/preparation_tab.py" line="345"/>
        <source>Edit %1 for agenda item “%2”</source>
        <translation>Editar %1 del punto del orden del día «%2»</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/reason_dialog.py" line="22"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/reason_dialog.py" line="23"/>
        <source>Why, in a few words</source>
        <translation>Por qué, en pocas palabras</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="31"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="39"/>
        <source>dialogue</source>
        <translation>diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="32"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="41"/>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="33"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="44"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="34"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="35"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="45"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="36"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="46"/>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="37"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="47"/>
        <source>update</source>
        <translation>actualización de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="38"/>
        <source>commitment update</source>
        <translation>actualización de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="39"/>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="40"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="33"/>
        <source>party</source>
        <translation>parte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="41"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="35"/>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="42"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="38"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="43"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="40"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="44"/>
        <source>meeting brief</source>
        <translation>ficha de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="45"/>
        <source>brief for the meeting</source>
        <translation>ficha de preparación de la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="46"/>
        <source>briefing export</source>
        <translation>nota informativa exportada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="47"/>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="48"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="48"/>
        <source>joint statement</source>
        <translation>declaración conjunta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="49"/>
        <source>readout</source>
        <translation>comunicado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="50"/>
        <source>fact sheet</source>
        <translation>hoja informativa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/record_kinds.py" line="51"/>
        <source>minutes</source>
        <translation>minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="33"/>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="36"/>
        <source>organizations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="38"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="39"/>
        <source>dialogues</source>
        <translation>diálogos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="40"/>
        <source>topics</source>
        <translation>temas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="41"/>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="42"/>
        <source>brief</source>
        <translation>ficha de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="42"/>
        <source>briefs</source>
        <translation>fichas de preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="43"/>
        <source>participant</source>
        <translation>integrante de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="43"/>
        <source>participants</source>
        <translation>integrantes de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="44"/>
        <source>agenda items</source>
        <translation>puntos del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="45"/>
        <source>documents</source>
        <translation>documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="46"/>
        <source>commitments</source>
        <translation>compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="47"/>
        <source>updates</source>
        <translation>actualizaciones de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="48"/>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="49"/>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/services/import_report.py" line="49"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="43"/>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="158"/>
        <source>Select a commitment to record its progress.</source>
        <translation>Seleccione un compromiso para registrar su avance.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="61"/>
        <source>What was said or done about it</source>
        <translation>Lo que se dijo o se hizo al respecto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="65"/>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="68"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="81"/>
        <source>&amp;Record update</source>
        <translation>&amp;Registrar actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="84"/>
        <source>Record the update, linked to this meeting (Ctrl+Return)</source>
        <translation>Registrar la actualización, vinculada a esta reunión (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="104"/>
        <source>Progress note</source>
        <translation>Nota de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="105"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="106"/>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="114"/>
        <source>New due date</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="107"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="108"/>
        <source>Date of the update</source>
        <translation>Fecha de la actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="109"/>
        <source>Handling of the update</source>
        <translation>Difusión de la actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="113"/>
        <source>Change the due date</source>
        <translation>Cambiar el plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="117"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="118"/>
        <source>New &amp;status:</source>
        <translation>Nuevo e&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="119"/>
        <source>New d&amp;ue date:</source>
        <translation>Nuevo &amp;plazo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="120"/>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="123"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="165"/>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="167"/>
        <source>due: %1</source>
        <translation>plazo: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="168"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="175"/>
        <source>Latest update: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="176"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="207"/>
        <source>Required: %1.</source>
        <translation>Obligatorio: %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="210"/>
        <source>Why (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_form.py" line="210"/>
        <source>Why (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="57"/>
        <source>The meeting&apos;s record is final. Progress updates can be linked to a meeting only while its record is a draft: reopen the record to add one, or record the update in the Commitments view.</source>
        <translation>La minuta de la reunión es definitiva. Las actualizaciones de avance solo pueden vincularse a una reunión mientras su minuta sea un borrador: reabra la minuta para agregar una, o registre la actualización en la vista Compromisos.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="66"/>
        <source>Open commitments of the dialogue</source>
        <translation>Compromisos pendientes del diálogo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="111"/>
        <source>No meeting.</source>
        <translation>Sin reunión.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="113"/>
        <source>The dialogue has no open commitments.</source>
        <translation>El diálogo no tiene compromisos pendientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="115"/>
        <source>%n open commitment(s) of the dialogue.</source>
        <translation>
            <numerusform>%n compromiso pendiente del diálogo.</numerusform>
            <numerusform>%n compromisos pendientes del diálogo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="119"/>
        <source>%n open commitment(s) of the dialogue. Select one to record its progress; the update is linked to this meeting.</source>
        <translation>
            <numerusform>%n compromiso pendiente del diálogo. Selecciónelo para registrar su avance; la actualización quedará vinculada a esta reunión.</numerusform>
            <numerusform>%n compromisos pendientes del diálogo. Seleccione uno para registrar su avance; la actualización quedará vinculada a esta reunión.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="200"/>
        <source>Record progress on commitment “%1”</source>
        <translation>Registrar avance del compromiso «%1»</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/meeting/review_tab.py" line="210"/>
        <source>Update recorded. Undo appends a correcting update.</source>
        <translation>Actualización registrada. Al deshacer se agrega una actualización correctiva.</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/undo.py" line="49"/>
        <source>Could not redo “%1”: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/undo.py" line="52"/>
        <source>Could not undo “%1”: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/status_delegate.py" line="44"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="33"/>
        <source>Interchange JSON (*.json);;All files (*)</source>
        <translation>JSON de intercambio (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="34"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="53"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="74"/>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="171"/>
        <location filename="../../src/dialoguetracker/gui/spreadsheet_import_action.py" line="91"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="77"/>
        <source>Import cancelled: the store was left exactly as it was.</source>
        <translation>Importación cancelada: el almacén quedó exactamente como estaba.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="89"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="113"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="152"/>
        <source>Choose the dialogue the meetings belong to.</source>
        <translation>Elija el diálogo al que pertenecen las reuniones.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="153"/>
        <source>Import calendar invitations</source>
        <translation>Importar invitaciones de calendario</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="181"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="187"/>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/interchange_actions.py" line="190"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="37"/>
        <source>Dialogue Tracker stores (*.db *.sqlite);;All files (*)</source>
        <translation>Almacenes de Dialogue Tracker (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="48"/>
        <source>New store</source>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="57"/>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="67"/>
        <source>Open store</source>
        <translation>Abrir almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="82"/>
        <source>No recent stores</source>
        <translation>No hay almacenes recientes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="92"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="102"/>
        <source>Backup written to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="107"/>
        <source>Writing the backup %1…</source>
        <translation>Guardando la copia de seguridad %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="110"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Copia de seguridad cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="134"/>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="137"/>
        <source>Check cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="144"/>
        <source>Check store</source>
        <translation>Verificar almacén</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="151"/>
        <source>The check found %n problem in %1.</source>
        <translation>La verificación encontró %n problema en %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="152"/>
        <source>The check found %n problems in %1.</source>
        <translation>La verificación encontró %n problemas en %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="160"/>
        <source>Nothing was changed. Restore a backup from before the problem, or ask whoever changed the store outside this program; the details list each record.</source>
        <translation>No se modificó nada. Restaure una copia de seguridad anterior al problema o consulte a quien haya modificado el almacén fuera de este programa; los detalles indican cada registro.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="171"/>
        <source>%1 passed every check; no problems found.</source>
        <translation>%1 superó todas las verificaciones; no se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="188"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="214"/>
        <source>Replace the store %1 with the backup %2?

The store as it is now will be kept as a backup beside it.</source>
        <translation>¿Reemplazar el almacén %1 por la copia de seguridad %2?

El almacén en su estado actual se conservará como copia de seguridad junto a él.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="242"/>
        <source>Restored %1.</source>
        <translation>Se restauró %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="248"/>
        <source>The store it replaced is kept as %1.</source>
        <translation>El almacén reemplazado se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="260"/>
        <source>Restoring %1…</source>
        <translation>Restaurando %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="270"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/store_actions.py" line="272"/>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;The record of a bilateral dialogue: meetings, delegations, agenda topics and commitments, and briefings printed from it.&lt;/p&gt;&lt;p&gt;Store: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;El registro de un diálogo bilateral: reuniones, delegaciones, temas del orden del día y compromisos, y las notas informativas que se imprimen a partir de él.&lt;/p&gt;&lt;p&gt;Almacén: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/spreadsheet_import_action.py" line="29"/>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/spreadsheet_import_action.py" line="44"/>
        <source>Choose the dialogue the commitments belong to.</source>
        <translation>Elija el diálogo al que pertenecen los compromisos.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/spreadsheet_import_action.py" line="47"/>
        <source>Import commitments from a spreadsheet</source>
        <translation>Importar compromisos desde una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/spreadsheet_import_action.py" line="59"/>
        <source>%1: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>%1: elija un libro de Excel (.xlsx) o un archivo CSV.</translation>
    </message>
</context>
<context>
    <name>Trail</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="41"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="42"/>
        <source>Agenda item</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="43"/>
        <source>Delegation member</source>
        <translation>Integrante de la delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="44"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="45"/>
        <source>Brief</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="46"/>
        <source>Exported PDF</source>
        <translation>PDF exportado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="47"/>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="48"/>
        <source>Progress update</source>
        <translation>Actualización de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="49"/>
        <source>Compliance assessment</source>
        <translation>Evaluación de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="52"/>
        <source>Created</source>
        <translation>Creación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="53"/>
        <source>Changed</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="54"/>
        <source>Deleted</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="55"/>
        <source>Moved</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="56"/>
        <source>Finalized</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="57"/>
        <source>Reopened</source>
        <translation>Reapertura</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="58"/>
        <source>Imported</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="59"/>
        <source>Exported again</source>
        <translation>Nueva exportación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="62"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="63"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="64"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="65"/>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="66"/>
        <source>format</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="67"/>
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="68"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="69"/>
        <source>record</source>
        <translation>minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="70"/>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="71"/>
        <source>handling of the summary</source>
        <translation>difusión del resumen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="72"/>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="73"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="74"/>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="75"/>
        <source>points to make</source>
        <translation>puntos a tratar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="76"/>
        <source>their position</source>
        <translation>posición de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="77"/>
        <source>our response</source>
        <translation>nuestra respuesta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="78"/>
        <source>planned minutes</source>
        <translation>minutos previstos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="79"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="80"/>
        <source>lead</source>
        <translation>parte que conduce</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="81"/>
        <source>leads</source>
        <translation>encargados</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="82"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="83"/>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="84"/>
        <source>due date</source>
        <translation>plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="85"/>
        <source>handling</source>
        <translation>difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="86"/>
        <source>source clause</source>
        <translation>cláusula de origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="87"/>
        <source>source document</source>
        <translation>documento de origen</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="88"/>
        <source>agenda item</source>
        <translation>punto del orden del día</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="89"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="90"/>
        <source>presence</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="91"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="92"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="93"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="94"/>
        <source>address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="95"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="96"/>
        <source>purpose</source>
        <translation>propósito</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="97"/>
        <source>press line</source>
        <translation>línea de prensa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="98"/>
        <source>objectives</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="99"/>
        <source>their objectives</source>
        <translation>objetivos de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="100"/>
        <source>their asks</source>
        <translation>peticiones de la contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/words.py" line="101"/>
        <source>file name</source>
        <translation>nombre de archivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="80"/>
        <source>%1 %2</source>
        <comment>what was done, then the field it was done to: Changed title</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TrailModel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="37"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="38"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="39"/>
        <source>Part</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="40"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="41"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/model.py" line="42"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>TrailPanel</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="41"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="64"/>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="72"/>
        <source>Filter by person, part or value</source>
        <translation>Filtrar por persona, elemento o valor</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="73"/>
        <source>Filter the change history</source>
        <translation>Filtrar el historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="92"/>
        <source>Export as CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="96"/>
        <source>Save this history as a CSV file, for a spreadsheet or an archive. It holds every change, our preparation included: handle the file as internal.</source>
        <translation>Guarda este historial como archivo CSV, para abrirlo en una hoja de cálculo o archivarlo. Contiene todos los cambios, incluida nuestra preparación: trate el archivo como de difusión interna.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="127"/>
        <source>No changes recorded.</source>
        <translation>No hay cambios registrados.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="132"/>
        <source>%n change recorded; the newest by %1. Read-only.</source>
        <translation>%n cambio registrado; el más reciente, por %1. Solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="133"/>
        <source>%n changes recorded; the newest by %1. Read-only.</source>
        <translation>%n cambios registrados; el más reciente, por %1. Solo lectura.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="148"/>
        <source>Export change history</source>
        <translation>Exportar historial de cambios</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="171"/>
        <source>Saving the change history to %1…</source>
        <translation>Guardando el historial de cambios en %1…</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="174"/>
        <source>Cancelled; no file was written.</source>
        <translation>Operación cancelada; no se guardó ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="180"/>
        <source>Saved the change history to %1</source>
        <translation>Historial de cambios guardado en %1</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/trail/panel.py" line="188"/>
        <source>The history was not saved: %1</source>
        <translation>No se guardó el historial: %1</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="67"/>
        <source>New progress update</source>
        <translation>Nueva actualización de avance</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="75"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="77"/>
        <source>What happened, in a sentence or two</source>
        <translation>Qué ocurrió, en una o dos frases</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="78"/>
        <source>Date of the update</source>
        <translation>Fecha de la actualización</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="79"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="83"/>
        <source>Move the due date</source>
        <translation>Modificar el plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="83"/>
        <source>Set a due date</source>
        <translation>Fijar un plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="88"/>
        <source>New due date</source>
        <translation>Nuevo plazo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="95"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="99"/>
        <source>Reviewed at meeting</source>
        <translation>Revisada en la reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="100"/>
        <source>Not reviewed at a meeting</source>
        <translation>No revisada en una reunión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="101"/>
        <source>Handling</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="109"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="110"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="111"/>
        <source>New &amp;status:</source>
        <translation>Nuevo &amp;estado:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="112"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Plazo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="113"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="115"/>
        <source>Reviewed at &amp;meeting:</source>
        <translation>Revisada en la &amp;reunión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="116"/>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="165"/>
        <source>Needed</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/commitments/update_dialog.py" line="165"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="14"/>
        <source>Overview</source>
        <translation>Resumen general</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="15"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="16"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="17"/>
        <source>People &amp; delegations</source>
        <translation>Personas y delegaciones</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="18"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/views/names.py" line="22"/>
        <source>All dialogues</source>
        <translation>Todos los diálogos</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="39"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="40"/>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="41"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="44"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="45"/>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="46"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="47"/>
        <source>Completed</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="48"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="49"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="50"/>
        <source>Referred</source>
        <translation>Remitido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="53"/>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="54"/>
        <source>agreed</source>
        <translation>acordado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="55"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="56"/>
        <source>completed</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="57"/>
        <source>deferred</source>
        <translation>aplazado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="58"/>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="59"/>
        <source>referred</source>
        <translation>remitido</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="62"/>
        <source>Joint statement</source>
        <translation>Declaración conjunta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="63"/>
        <source>Readout</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="64"/>
        <source>Fact sheet</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="65"/>
        <source>Minutes</source>
        <translation>Minuta</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="68"/>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="69"/>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="70"/>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="73"/>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="74"/>
        <source>virtual</source>
        <translation>virtual</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="75"/>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="78"/>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="79"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="80"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="83"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="84"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="87"/>
        <source>Head of delegation</source>
        <translation>Jefatura de delegación</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="88"/>
        <source>Member</source>
        <translation>Integrante</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="89"/>
        <source>Observer</source>
        <translation>Observador/a</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="90"/>
        <source>Copied for information</source>
        <translation>Con copia para conocimiento</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="93"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="94"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="95"/>
        <source>Excused</source>
        <translation>Ausencia justificada</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="96"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="98"/>
        <source>Joint</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/vocabulary.py" line="171"/>
        <source>Planned for %1, now past: mark it held or cancelled.</source>
        <translation>Prevista para el %1, fecha ya pasada: márquela como celebrada o cancelada.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="77"/>
        <source>Set</source>
        <translation>Indicar</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="88"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="112"/>
        <source>%1 is set</source>
        <translation>%1: indicado</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="113"/>
        <source>%1 date</source>
        <translation>%1: fecha</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="114"/>
        <source>%1 has a time</source>
        <translation>%1: con hora</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="115"/>
        <source>%1 time</source>
        <translation>%1: hora</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/gui/widgets/when_edit.py" line="116"/>
        <source>%1 UTC offset or time zone</source>
        <translation>%1: desfase UTC o zona horaria</translation>
    </message>
</context>
<context>
    <name>WindowOpener</name>
    <message>
        <location filename="../../src/dialoguetracker/gui/app.py" line="107"/>
        <source>The store was upgraded; the previous file is kept as %1</source>
        <translation>El almacén se actualizó; el archivo anterior se conserva como %1</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../src/dialoguetracker/domain/words.py" line="93"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}; {later}</translation>
    </message>
    <message>
        <location filename="../../src/dialoguetracker/domain/words.py" line="95"/>
        <source>{earlier}, {later}</source>
        <translation>{earlier}, {later}</translation>
    </message>
</context>
</TS>
