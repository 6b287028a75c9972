"""Benchmarks for the foundation issue: cold start, keystroke re-filter and memory.

Run them with one command from the repository root: ``python -m benchmarks``. See README.md.
"""

# The line a child program prints its JSON result after, on stdout.
REPORT_PREFIX = "BENCH "
