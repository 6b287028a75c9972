"""Benchmarks for the foundation issue: cold start, keystroke re-filter and memory.

Run them with one command from the repository root: ``python -m benchmarks``. See README.md.
"""

# The line a child program prints its JSON result after, on stdout.
REPORT_PREFIX = "BENCH "

# The benchmark register's administrator (benchmarks/fixture.py makes it, encrypted); the
# app's children log in with it. Here, not in fixture.py, so logging in imports nothing more.
ADMIN_NAME = "Benchmark Admin"
ADMIN_PASSWORD = "benchmark password"
