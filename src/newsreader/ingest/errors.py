"""The one error ingestion raises: a thing that could not be read, and why, on one line."""

from __future__ import annotations

from os import PathLike


class IngestError(Exception):
    """``str(error) == f"{path}: {reason}"``: names the thing and the reason, one line."""

    def __init__(self, path: str | PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.path}: {self.reason}")
