"""Model objects -> Markdown and W3C Web Annotation JSON (pure), and writing them safely (files.py)."""
