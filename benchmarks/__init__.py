"""Benchmarks for the numbers promised in BENCHMARKS.md (`make bench`, `make bench-quick`); not part of `make test`."""
