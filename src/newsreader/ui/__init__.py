"""The Textual app. Import ``newsreader.ui.app.make_app``; nothing here is imported by the CLI at start."""
