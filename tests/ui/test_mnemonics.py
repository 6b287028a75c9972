"""Alt+letter keys: within what is on screen together, each letter is used once.

Two controls sharing a letter make Alt+letter cycle focus instead of acting, so a button
would no longer press. A tab page's own controls are checked with the tabs, apart from the
other pages (hidden controls do not take Alt+letter).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from desc_desktop.ui.compile_forms import FORMS

MAIN_MENUS = ["&File", "&Edit", "&Go", "&Help"]
_MNEMONIC = re.compile(r"&([^&\s])")


def _custom_forms() -> dict[str, str]:
    """Custom widget class -> its own .ui file, for widgets promoted inside other forms."""
    return {ET.parse(path).getroot().findtext("class"): path.name
            for path in FORMS.glob("*.ui")}


def _texts(element: ET.Element, skip: set[str]) -> list[str]:
    texts: list[str] = []
    for child in element:
        if child.tag == "widget":
            if child.get("name") in skip:
                texts += [a.findtext("string") for a in child.findall("attribute")
                          if a.get("name") == "title"]
                continue
            embedded = _custom_forms().get(child.get("class"))
            if embedded:
                texts += _texts(ET.parse(FORMS / embedded).getroot(), skip)
        if child.tag in ("property", "attribute") and child.get("name") in ("text", "title"):
            texts.append(child.findtext("string") or "")
        texts += _texts(child, skip)
    return texts


def _letters(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if t for m in _MNEMONIC.finditer(t)]


SCOPES = {
    "pupil editor, Details tab": ("pupil_editor.ui",
                                  {"carers_tab", "optouts_tab", "history_tab"}, []),
    "pupil editor, Carers tab": ("pupil_editor.ui",
                                 {"details_tab", "optouts_tab", "history_tab"}, []),
    "pupil editor, Letters & opt-outs tab": ("pupil_editor.ui",
                                             {"details_tab", "carers_tab", "history_tab"}, []),
    "carer dialog": ("carer_dialog.ui", set(), []),
    "link carer dialog": ("link_carer_dialog.ui", set(), []),
    "pupils page in the main window": ("pupils_page.ui", set(), MAIN_MENUS),
    "admin page, School and settings tab": ("admin_page.ui",
                                            {"audit_tab", "backups_tab", "staff_tab"},
                                            MAIN_MENUS),
    "admin page, Audit trail tab": ("admin_page.ui", {"school_tab", "backups_tab", "staff_tab"},
                                    MAIN_MENUS),
    "admin page, Backups tab": ("admin_page.ui", {"school_tab", "audit_tab", "staff_tab"},
                                MAIN_MENUS),
    "admin page, Staff tab": ("admin_page.ui", {"school_tab", "audit_tab", "backups_tab"},
                              MAIN_MENUS),
    "login dialog": ("login_dialog.ui", set(), []),
    "recovery key dialog": ("recovery_key_dialog.ui", set(), []),
    "forgotten password dialog": ("recover_dialog.ui", set(), []),
    "staff account dialog": ("staff_account_dialog.ui", set(), []),
    "first run": ("first_run_dialog.ui", set(), []),
    "import page in the main window": ("import_page.ui", set(), MAIN_MENUS),
    # Letters: each tab apart, and each step of a run apart (one step shows at a time).
    "letters, Template tab": ("letters_page.ui", {"run_tab", "sent_tab"}, MAIN_MENUS),
    "letters, new run: choose": ("letters_page.ui",
                                 {"template_tab", "sent_tab", "review_step", "made_step"},
                                 MAIN_MENUS),
    "letters, new run: review": ("letters_page.ui",
                                 {"template_tab", "sent_tab", "choose_step", "made_step"},
                                 MAIN_MENUS),
    "letters, new run: print and mark as sent": (
        "letters_page.ui", {"template_tab", "sent_tab", "choose_step", "review_step"},
        MAIN_MENUS),
    "letters, Sent letters tab": ("letters_page.ui", {"run_tab", "template_tab"}, MAIN_MENUS),
    "reprint dialog": ("reprint_dialog.ui", set(), []),
    # Opt-outs: the areas (the returned slip's fields are embedded), and their dialogs.
    "today page in the main window": ("today_page.ui", set(), MAIN_MENUS),
    "opt-outs page in the main window": ("optouts_page.ui", set(), MAIN_MENUS),
    "calendar page in the main window": ("calendar_page.ui", set(), MAIN_MENUS),
    "record opt-out dialog": ("record_optout_dialog.ui", set(), []),
    "withdraw opt-out dialog": ("withdraw_dialog.ui", set(), []),
}


@pytest.mark.parametrize("scope", SCOPES)
def test_each_alt_letter_is_used_once(scope):
    form, skip, extra = SCOPES[scope]
    letters = _letters(_texts(ET.parse(FORMS / form).getroot(), skip) + extra)
    assert len(letters) >= 3
    clashes = {letter for letter, n in Counter(letters).items() if n > 1}
    assert not clashes, f"{scope}: Alt+{', Alt+'.join(sorted(clashes))} used more than once"


def test_the_check_finds_a_clash():
    assert _letters(["&Save", "&Surname", "Na&me"]) == ["s", "s", "m"]


def test_embedded_forms_are_included():
    letters = _letters(_texts(ET.parse(FORMS / "pupil_editor.ui").getroot(), {"carers_tab"}))
    assert {"a", "w", "c", "o"} <= set(letters)  # the address fields' Address, Town, County...
