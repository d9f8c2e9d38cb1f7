"""Files shipped with the program (sample dialogue, fonts, icons, translations).

This folder is installed as the package ``dialoguetracker.resources``; read its files with
``importlib.resources.files("dialoguetracker.resources")``, never by building paths.
"""
