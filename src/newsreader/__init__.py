"""newsreader: a terminal news reader for close reading."""

__version__ = "0.1.0"
