"""`optout` and `status`, as the office's IT support would run them."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta

import pytest

from desc_desktop.cli import main
from desc_desktop.domain.register import Address, CarerInput, CarerLinkInput, PupilInput
from desc_desktop.services import carers, letter_runs, letters, pupils

# The command line works on the real today: every date here is counted from it.
TODAY = date.today()
ISSUE = TODAY - timedelta(days=40)
REPLY_BY = ISSUE + timedelta(days=28)  # handed out: received the day they were issued
TAMSIN_UPN, EWAN_UPN = "C919200112001", "F919200112003"  # fictional, valid
HOME = Address(line1="12 Larkspur Row", town="Hemel Hempstead", postcode="HP1 1AA")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def years_ago(years: int, days: int = 30) -> date:
    return TODAY.replace(year=TODAY.year - years, day=1) - timedelta(days=days)


@pytest.fixture
def school(tmp_path, new_register, open_logged_in) -> dict:
    """Two sisters (14 and 11) with two parents, and a pupil of 15 with one: letters issued
    40 days ago, marked as sent."""
    db = new_register(tmp_path / "school.sqlite")
    ctx = open_logged_in(db)
    try:
        def pupil(forename, surname, dob, upn, address=HOME):
            return pupils.create_pupil(ctx, PupilInput(
                legal_surname=surname, legal_forename=forename, dob=dob, gender="F",
                year_group="9", reg_group="9A", upn=upn, admission_date=date(2019, 9, 4),
                address=address))

        tamsin = pupil("Tamsin", "Quillfeather", years_ago(14), TAMSIN_UPN)
        ada = pupil("Ada", "Quillfeather", years_ago(11), "R919200112002")
        ewan = pupil("Ewan", "Trelawney", years_ago(15), EWAN_UPN,
                     Address(line1="3 Orchard Close", town="Tring", postcode="HP23 5AB"))
        mother = carers.add_carer(ctx, tamsin, CarerInput(surname="Quillfeather",
                                                          forename="Morwenna", title="Ms"),
                                  CarerLinkInput("Mother"))
        carers.add_carer(ctx, tamsin, CarerInput(surname="Quillfeather", forename="Piran",
                                                 title="Mr"), CarerLinkInput("Father"))
        carers.link_carer(ctx, ada, mother, CarerLinkInput("Mother"))
        carers.add_carer(ctx, ewan, CarerInput(surname="Trelawney", forename="Gwen"),
                         CarerLinkInput("Mother"))
        plan = letters.plan_run(ctx, ISSUE)
        letter_runs.mark_sent(ctx, plan, 0)
        slips = {c.pupil_id: f"{letter.reference}-1" for letter in plan.letters
                 for c in letter.children if c.covered}  # one covered child a letter
        return {"db": str(db), "tamsin_slip": slips[tamsin], "ewan_slip": slips[ewan]}
    finally:
        ctx.engine.dispose()


def statuses(capsys, db: str, as_of: date) -> dict[str, dict]:
    code, out, _ = run(capsys, "--db", db, "status", "--as-of", as_of.isoformat(),
                       "--format", "json")
    assert code == 0
    return {row["legal_forename"]: row for row in json.loads(out)}


def test_a_scanned_slip_recorded_in_time(school, capsys):
    code, out, err = run(capsys, "--db", school["db"], "optout", "--letter",
                         school["tamsin_slip"].lower(), "--by", "parent", "--carer", "piran",
                         "--received", REPLY_BY.isoformat())
    assert code == 0, err
    assert f"In time: the reply-by date is {REPLY_BY:%d/%m/%Y}." in out
    tamsin = statuses(capsys, school["db"], TODAY)["Tamsin"]
    assert (tamsin["status"], tamsin["opted_out_on"], tamsin["opted_out_by"], tamsin["late"]) == (
        "opted_out", REPLY_BY.isoformat(), "parent", False)
    assert tamsin["reply_by"] == REPLY_BY.isoformat() and tamsin["upn"] == TAMSIN_UPN


def test_two_parents_need_carer_and_a_late_reply_is_marked_late(school, capsys):
    late = (REPLY_BY + timedelta(days=1)).isoformat()
    code, _out, err = run(capsys, "--db", school["db"], "optout", "--upn", TAMSIN_UPN.lower(),
                          "--by", "parent", "--received", late, "--method", "email")
    assert code == 1
    assert err.startswith("desc-desktop: ") and "choose which one" in err
    assert err.count("\n") == 1
    code, out, err = run(capsys, "--db", school["db"], "optout", "--upn", TAMSIN_UPN,
                         "--by", "parent", "--carer", "Ms Morwenna Quillfeather",
                         "--received", late, "--method", "email")
    assert code == 0, err
    assert "Late: received 1 day after the reply-by date" in out
    assert statuses(capsys, school["db"], TODAY)["Tamsin"]["late"] is True


def test_a_pupil_under_16_is_refused_saying_why(school, capsys):
    code, out, err = run(capsys, "--db", school["db"], "optout", "--letter",
                         school["ewan_slip"], "--by", "pupil",
                         "--received", (ISSUE + timedelta(days=3)).isoformat())
    assert code == 1 and out == ""
    assert "under 16 on that date" in err
    assert statuses(capsys, school["db"], TODAY)["Ewan"]["status"] == "may_share"


def test_refusals_of_dates_and_names(school, capsys):
    db = school["db"]
    future = (TODAY + timedelta(days=1)).isoformat()
    code, _, err = run(capsys, "--db", db, "optout", "--upn", EWAN_UPN, "--by",
                       "parent", "--received", future)
    assert code == 1 and "in the future" in err
    code, _, err = run(capsys, "--db", db, "optout", "--letter", school["ewan_slip"], "--by",
                       "parent", "--received", (ISSUE - timedelta(days=1)).isoformat())
    assert code == 1 and "before the letter was issued" in err
    code, _, err = run(capsys, "--db", db, "optout", "--upn", EWAN_UPN, "--by",
                       "pupil", "--carer", "Gwen", "--received", TODAY.isoformat())
    assert code == 1 and "leave it out with --by pupil" in err
    code, _, err = run(capsys, "--db", db, "optout", "--upn", "Z919200112099", "--by",
                       "parent", "--received", TODAY.isoformat())
    assert code == 1 and "has that UPN" in err and "Z919" not in err
    household = school["tamsin_slip"].rsplit("-", 1)[0]
    code, _, err = run(capsys, "--db", db, "optout", "--letter", household, "--by", "parent",
                       "--carer", "Piran", "--received", TODAY.isoformat())
    assert code == 0  # Ada, 11, is on the letter but not covered: Tamsin is the one child


def test_letter_or_upn_is_required_not_both(school, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", school["db"], "optout", "--letter", "R001-0001-1", "--upn", "X",
              "--by", "parent", "--received", TODAY.isoformat()])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_status_csv_has_the_columns_and_five_words(school, capsys):
    code, out, _ = run(capsys, "--db", school["db"], "status", "--as-of", TODAY.isoformat())
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[:10] == ["upn", "legal_surname", "legal_forename", "dob", "age",
                                  "status", "reply_by", "opted_out_on", "opted_out_by", "late"]
    by_name = {row["legal_forename"]: row for row in rows}
    assert by_name["Ada"]["status"] == "not_in_scope" and by_name["Ada"]["age"] == "11"
    assert by_name["Tamsin"]["status"] == "may_share"
    assert by_name["Tamsin"]["late"] == "" and by_name["Tamsin"]["opted_out_on"] == ""
    before = statuses(capsys, school["db"], ISSUE - timedelta(days=1))
    assert before["Tamsin"]["status"] == "not_issued" and before["Tamsin"]["reply_by"] is None
    inside = statuses(capsys, school["db"], ISSUE + timedelta(days=3))
    assert inside["Tamsin"]["status"] == "awaiting_reply"


def test_the_demo_with_history_has_statuses_to_list(tmp_path, capsys, new_register):
    db = str(new_register(tmp_path / "demo.sqlite"))
    code, _, err = run(capsys, "--db", db, "demo", "--pupils", "60", "--history")
    assert code == 0, err
    found = {row["status"] for row in statuses(capsys, db, TODAY).values()}
    assert {"awaiting_reply", "opted_out", "may_share"} <= found
