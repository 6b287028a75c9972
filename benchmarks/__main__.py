"""``python -m benchmarks``: run every benchmark and print the table."""

from benchmarks.run import main

raise SystemExit(main())
