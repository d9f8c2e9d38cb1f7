"""Exporting PDFs from the application: the briefing and a meeting's record.

Each dialog shows the options beside a live preview (Qt's ``QPdfView``). The PDF is built off
the GUI thread (:mod:`.builder`), and the bytes saved are exactly the bytes previewed, written
whole and recorded in the store so that ``dialoguetracker verify`` recognises the file.

Import the dialogs from their modules (:mod:`.briefing_dialog`, :mod:`.record_dialog`): the
package itself imports nothing, so that a widget needing only :mod:`.saving` does not bring
in the PDF builders.
"""
