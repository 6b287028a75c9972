"""The generated form modules match forms/*.ui, and the UI uses them by composition."""

from __future__ import annotations

import pytest

from desc_desktop.ui.compile_forms import FORMS, HEADER, compile_form, target_for

FORM_FILES = sorted(FORMS.glob("*.ui"))


def test_there_are_forms():
    assert len(FORM_FILES) >= 10


@pytest.mark.parametrize("form", FORM_FILES, ids=lambda p: p.name)
def test_generated_module_is_fresh(form):
    target = target_for(form)
    assert target.exists(), f"run: python -m desc_desktop.ui.compile_forms ({target.name})"
    assert target.read_text(encoding="utf-8") == compile_form(form), (
        f"{target.name} is stale: run python -m desc_desktop.ui.compile_forms")
    assert target.read_text(encoding="utf-8").startswith(HEADER.format(name=form.name))
