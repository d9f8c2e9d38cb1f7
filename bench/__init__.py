"""Benchmarks and the large-data generator (run by hand or ``make bench``, never by CI)."""
