"""`letters --pupils` and `letters --received`, as the office's IT support would run them."""

from __future__ import annotations

from sqlmodel import Session, select

from desc_desktop.cli import main
from desc_desktop.store.tables import LetterPupil, LetterRun, Pupil


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _two_upns(ctx) -> list[tuple[int, str]]:
    with Session(ctx.engine) as session:
        rows = session.exec(select(Pupil).where(Pupil.upn.is_not(None))
                            .order_by(Pupil.id)).all()
        return [(p.id, p.upn) for p in rows[:2]]


def test_letters_for_chosen_pupils_by_upn(tmp_path, capsys, new_register,
                                                      open_logged_in):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "20", "--seed", "3")
    chosen = _two_upns(open_logged_in(db))
    code, text, _ = run(capsys, "--db", str(db), "letters", "--issue-date", "2026-11-30",
                        "--pupils", ",".join(upn.lower() for _id, upn in chosen),
                        "--out", str(tmp_path / "two.pdf"), "--mark-sent")
    assert code == 0, text
    with Session(open_logged_in(db).engine) as session:
        written_about = {link.pupil_id for link in session.exec(select(LetterPupil))}
    assert written_about == {pupil_id for pupil_id, _upn in chosen}


def test_an_unknown_upn_is_refused_before_anything_is_made(tmp_path, capsys, new_register,
                                                      open_logged_in):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "5")
    [(_id, upn), *_] = _two_upns(open_logged_in(db))
    code, _out, err = run(capsys, "--db", str(db), "letters", "--issue-date", "2026-11-30",
                          "--pupils", f"{upn},X000000000000", "--out",
                          str(tmp_path / "x.pdf"))
    assert code == 1
    assert "1 of the 2 UPNs given match no pupil" in err and "number 2" in err
    assert "X000000000000" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_date_received_sets_the_reply_by_date(tmp_path, capsys, new_register,
                                                      open_logged_in):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "10")
    code, text, _ = run(capsys, "--db", str(db), "letters", "--issue-date", "2026-11-30",
                        "--delivery", "second", "--received", "2026-12-07",
                        "--out", str(tmp_path / "l.pdf"), "--mark-sent")
    assert code == 0 and "reply by 2027-01-04" in text
    with Session(open_logged_in(db).engine) as session:
        recorded = session.exec(select(LetterRun)).one()
        assert str(recorded.received_on) == "2026-12-07"


def test_a_date_received_before_the_issue_date_is_refused(tmp_path, capsys, new_register,
                                                      open_logged_in):
    db = new_register(tmp_path / "school.sqlite")
    run(capsys, "--db", str(db), "demo", "--pupils", "5")
    code, _out, err = run(capsys, "--db", str(db), "letters", "--issue-date", "2026-11-30",
                          "--received", "2026-11-27", "--out", str(tmp_path / "l.pdf"))
    assert code == 1 and "cannot be before the issue date" in err
    assert not (tmp_path / "l.pdf").exists()
