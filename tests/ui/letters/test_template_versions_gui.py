"""Letters > Template > Earlier versions: the saved versions listed (number, when, by whom),
an old one read with its preview and nothing editable, the way back, and starting from it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from letters_gui_support import WAIT_MS, click
from PySide6.QtWidgets import QMessageBox

from desc_desktop.domain.letters.template import DEFAULT_TEMPLATE
from desc_desktop.services import letter_runs
from desc_desktop.ui.letters_page import TEMPLATE_TAB

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
V1 = replace(DEFAULT_TEMPLATE, salutation="Dear {recipient}, from the first version,")
V2 = replace(DEFAULT_TEMPLATE, salutation="Dear {recipient}, from the second version,")


def wait_for_preview(qtbot, editor, text: str) -> None:
    def shows() -> bool:
        document = editor.preview.document
        return (not editor.preview_busy and not editor._timer.isActive()
                and text in "\n".join(document.getAllText(n).text()
                                      for n in range(document.pageCount())))

    qtbot.waitUntil(shows, timeout=WAIT_MS)


@pytest.fixture
def editor(qtbot, demo_ctx, page):
    letter_runs.save_template(demo_ctx, V1)
    letter_runs.save_template(demo_ctx, V2)
    page.ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    editor = page.template_editor
    editor.load()
    wait_for_preview(qtbot, editor, "from the second version")
    return editor


def table_text(panel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_list_shows_each_saved_version_and_who_saved_it(qtbot, editor):
    panel = editor.ui.versions_panel
    assert panel.isHidden()
    click(qtbot, editor.ui.show_versions)
    assert panel.isVisible()
    rows = table_text(panel)
    assert [row[0] for row in rows] == ["2 (in use)", "1"]
    assert all(row[2] == "Office" for row in rows)
    assert all(len(row[1]) == len("28/11/2026 20:25") for row in rows)
    # The current version is chosen: nothing old is shown, so nothing to go back from.
    assert editor.viewing is None and not panel.ui.back_to_current.isEnabled()


def test_an_old_version_is_read_only_with_its_preview_and_the_way_back(qtbot, demo_ctx,
                                                                      page, editor):
    ui = editor.ui
    ui.text.setPlainText("Dear {recipient}, words not saved yet,")  # the opening line
    assert editor.dirty
    click(qtbot, ui.show_versions)
    ui.versions_panel.select_version(1)
    assert editor.viewing.version == 1
    assert ui.text.toPlainText() == V1.salutation and ui.text.isReadOnly()
    assert ui.heading.isReadOnly()
    assert not ui.save.isEnabled() and not ui.revert.isEnabled()
    assert not ui.add_section.isEnabled() and not ui.placeholders.isEnabled()
    assert ui.version_label.text().startswith("Version 1, saved ")
    assert "read only. The letters use version 2." in ui.version_label.text()
    wait_for_preview(qtbot, editor, "from the first version")
    assert ui.preview_status.text().startswith("Version 1's words in a sample letter")
    # Typing into the old text changes nothing, and saving is refused.
    ui.text.setFocus()
    qtbot.keyClicks(ui.text, "typed over")
    assert ui.text.toPlainText() == V1.salutation
    assert editor.save() is None and letter_runs.current_template(demo_ctx)[0] == 2
    # The run still says which text the letters use: the unsaved edit is still pending.
    assert page.run.unsaved_template()

    click(qtbot, ui.versions_panel.ui.back_to_current)
    assert editor.viewing is None and not ui.text.isReadOnly()
    assert ui.text.toPlainText() == "Dear {recipient}, words not saved yet,"
    assert editor.dirty and "Changed, not saved yet" in ui.version_label.text()
    wait_for_preview(qtbot, editor, "words not saved yet")


def test_choosing_the_version_in_use_or_hiding_the_list_goes_back_too(qtbot, editor):
    ui = editor.ui
    click(qtbot, ui.show_versions)
    ui.versions_panel.select_version(1)
    ui.versions_panel.select_version(2)
    assert editor.viewing is None and ui.text.toPlainText() == V2.salutation
    ui.versions_panel.select_version(1)
    click(qtbot, ui.show_versions)  # hide the list
    assert ui.versions_panel.isHidden() and editor.viewing is None
    assert not ui.text.isReadOnly() and ui.save.isEnabled() is False  # nothing changed


def test_starting_from_an_old_version_loads_it_unsaved(qtbot, demo_ctx, window, editor,
                                                      answer_messages):
    ui = editor.ui
    ui.text.setPlainText("Dear {recipient}, my own words,")
    click(qtbot, ui.show_versions)
    ui.versions_panel.select_version(1)
    shown = answer_messages(NO)
    click(qtbot, ui.versions_panel.ui.start_from)
    assert "changes not saved" in shown[0]
    assert editor.viewing.version == 1  # still reading it; the own words still wait

    answer_messages(YES)
    click(qtbot, ui.versions_panel.ui.start_from)
    assert editor.viewing is None and not ui.text.isReadOnly()
    assert editor.template() == V1 and editor.dirty
    assert ui.version_label.text() == ("Template version 2: the letters use this version."
                                       "   Changed, not saved yet.")
    assert "Version 1's words are in the editor, not saved" in (
        window.statusBar().currentMessage())
    assert letter_runs.current_template(demo_ctx)[0] == 2  # nothing saved by it
    click(qtbot, ui.save)
    assert letter_runs.current_template(demo_ctx) == (3, V1)
    assert [row[0] for row in table_text(ui.versions_panel)] == ["3 (in use)", "2", "1"]


def test_before_any_version_is_saved_the_list_says_so(qtbot, page):
    page.ui.tabs.setCurrentIndex(TEMPLATE_TAB)
    panel = page.template_editor.ui.versions_panel
    click(qtbot, page.template_editor.ui.show_versions)
    assert panel.ui.no_versions.isVisible() and panel.ui.versions.isHidden()
    assert not panel.ui.start_from.isEnabled()


def test_an_immediate_preview_does_not_drop_the_typing_delay_for_good(qtbot, editor):
    from desc_desktop.ui.letter_template_editor import PREVIEW_DELAY_MS

    editor.schedule_preview(now=True)  # as after the school's details changed
    assert editor._timer.interval() == PREVIEW_DELAY_MS
    editor.schedule_preview()
    assert editor._timer.isActive() and editor._timer.interval() == PREVIEW_DELAY_MS
