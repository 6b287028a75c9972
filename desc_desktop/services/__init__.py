"""Use cases: one call is one user action, one transaction and one audit entry.

The use-case modules load on first use (importlib's LazyLoader), so the window can show the
register before SQLAlchemy and sqlmodel are imported: together they cost more at start-up
than Qt itself. `from desc_desktop.services import pupils` is cheap; `pupils.list_pupils`
then loads it. `errors`, `records` and `snapshot` are light and load as usual.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_LAZY = frozenset({"access", "audit", "audit_export", "audit_search", "carers", "context",
                   "demo", "backups", "restore",
                   "disclosures", "export_files", "export_register", "exports", "generated_runs",
                   "import_files", "importing", "letter_runs", "letter_settings", "letters",
                   "letters_pdf", "letters_split", "mapping", "optouts", "pupils", "school",
                   "sent_letters", "staff", "statuses"})


def __getattr__(name: str) -> ModuleType:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    fullname = f"{__name__}.{name}"
    module = sys.modules.get(fullname)
    if module is None:
        spec = importlib.util.find_spec(fullname)
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[fullname] = module
        loader.exec_module(module)
    globals()[name] = module
    return module
