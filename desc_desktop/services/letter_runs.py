"""Templates and runs that are kept: the letter's versions, and runs marked as sent.

Generating a PDF starts no clock. Marking a run as sent records, in one transaction, every
letter (who it went to, which children it covered, the template version, the issue and
reply-by dates, its reference): only then do the 28-day deadlines exist.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from desc_desktop.domain.ages import age_on
from desc_desktop.domain.letters.connexions import covered
from desc_desktop.domain.letters.delivery import Delivery, reply_by
from desc_desktop.domain.letters.recipients import PUPIL_OPTS_OUT_AT
from desc_desktop.domain.letters.references import parse_reference
from desc_desktop.domain.letters.template import (
    DEFAULT_TEMPLATE,
    LetterTemplate,
    check_template,
    from_json,
    to_json,
)
from desc_desktop.domain.staff import Role
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.errors import NotFound, Refused
from desc_desktop.services.generated_runs import close_when_sent
from desc_desktop.services.letter_settings import letter_settings
from desc_desktop.services.letters import LetterContent, RunPlan, SlipChild, check_received
from desc_desktop.store.tables import (
    Letter,
    LetterPupil,
    LetterRun,
    LetterTemplateVersion,
    Pupil,
)


def current_template(ctx: ServiceContext) -> tuple[int, LetterTemplate]:
    """The latest saved version, or (0, the default text) before any is saved."""
    with ctx.reading() as session:
        row = session.exec(select(LetterTemplateVersion).order_by(
            col(LetterTemplateVersion.version).desc())).first()
        return (0, DEFAULT_TEMPLATE) if row is None else (row.version, from_json(row.content))


@dataclass(frozen=True)
class TemplateVersion:
    version: int
    created_at: datetime
    staff_name: str
    template: LetterTemplate


def template_versions(ctx: ServiceContext) -> list[TemplateVersion]:
    """Every saved version, newest first: old ones stay viewable for the letters they made."""
    with ctx.reading() as session:
        rows = session.exec(select(LetterTemplateVersion).order_by(
            col(LetterTemplateVersion.version).desc())).all()
        return [TemplateVersion(r.version, r.created_at, r.staff_name, from_json(r.content))
                for r in rows]


def save_template(ctx: ServiceContext, template: LetterTemplate) -> int:
    """A new version; earlier versions stay as they were, for the letters that used them."""
    ctx.require(Role.ADMIN, "change the letter template")
    check_template(template)
    with ctx.unit_of_work("letters.template_saved", "letter_template") as uow:
        version = _save_version(uow.session, template, ctx.actor.name)
        uow.record(entity_id=version, summary=f"Letter template version {version} saved")
        return version


def _save_version(session: Session, template: LetterTemplate, staff_name: str) -> int:
    latest = session.exec(select(func.max(LetterTemplateVersion.version))).one() or 0
    session.add(LetterTemplateVersion(version=latest + 1, content=to_json(template),
                                      staff_name=staff_name))
    session.flush()
    return latest + 1


def mark_sent(ctx: ServiceContext, plan: RunPlan, template_version: int) -> int:
    """Record every letter of the run as sent; returns the run's number."""
    with ctx.unit_of_work("letters.run_sent", "letter_run") as uow:
        session = uow.session
        expected = (session.exec(select(func.max(LetterRun.id))).one() or 0) + 1
        if plan.run_number != expected:
            raise Refused("Another letter run was recorded after these letters were made, so "
                          "their references are no longer unique. Make the letters again.")
        if template_version == 0:  # the default text, never saved: keep it as a version
            saved = session.exec(select(LetterTemplateVersion.version).where(
                LetterTemplateVersion.content == to_json(DEFAULT_TEMPLATE))).first()
            template_version = saved or _save_version(session, DEFAULT_TEMPLATE,
                                                      ctx.actor.name)
        session.add(LetterRun(id=plan.run_number, issue_date=plan.issue_date,
                              delivery=plan.delivery.value, received_on=plan.received,
                              reply_by=plan.reply_by, template_version=template_version,
                              staff_name=ctx.actor.name))
        session.flush()
        for letter in plan.letters:
            row = Letter(run_id=plan.run_number, reference=letter.reference,
                         to_pupil=letter.to_pupil, addressees="\n".join(letter.addressees),
                         address=json.dumps(letter.address_lines, ensure_ascii=False),
                         issue_date=plan.issue_date, reply_by=plan.reply_by,
                         reissue_of=letter.reissue_of)
            session.add(row)
            session.flush()
            slips = 0
            for child in letter.children:
                slips += child.covered
                session.add(LetterPupil(letter_id=row.id, pupil_id=child.pupil_id,
                                        covered=child.covered,
                                        slip=f"{letter.reference}-{slips}" if child.covered
                                        else ""))
        close_when_sent(session, plan.run_number, ctx.actor.name)  # off the Today list
        uow.record(entity_id=plan.run_number, summary=(
            f"Letter run {plan.run_number} marked as sent: {len(plan.letters)} letters, "
            f"{plan.pupils_covered} pupils covered, reply by {plan.reply_by:%d/%m/%Y}"),
            changes={"letters": len(plan.letters), "pupils_covered": plan.pupils_covered,
                     "issue_date": plan.issue_date, "reply_by": plan.reply_by,
                     "template_version": template_version})
        return plan.run_number


def plan_reissue(ctx: ServiceContext, reference: str, issue_date: date,
                 delivery: Delivery = Delivery.HAND, received: date | None = None) -> RunPlan:
    """A lost letter printed again, to the same people at the same address, for the same
    children: a run of one letter, with its own (later) reply-by date once marked as sent.
    `received` as for a run: the office's own date, else worked out from the delivery."""
    received = check_received(issue_date, delivery, received)
    settings = letter_settings(ctx)
    with ctx.reading() as session:
        parsed = parse_reference(reference)
        original = None if parsed is None else session.exec(
            select(Letter).where(Letter.reference == parsed.letter)).first()
        if original is None:
            raise NotFound(f"No letter marked as sent has the reference {reference.strip()}.")
        rows = session.exec(select(LetterPupil, Pupil).join(Pupil).where(
            LetterPupil.letter_id == original.id)).all()
        run_number = (session.exec(select(func.max(LetterRun.id))).one() or 0) + 1
        children = tuple(SlipChild(
            pupil.id, f"{pupil.legal_forename} {pupil.legal_surname}", pupil.reg_group,
            covered(pupil.dob, pupil.ldd, issue_date, settings.ages),
            age_on(pupil.dob, issue_date) >= PUPIL_OPTS_OUT_AT) for _link, pupil in rows)
        letter = LetterContent(
            reference=f"R{run_number:03d}-0001", addressees=tuple(
                original.addressees.split("\n")),
            address_lines=tuple(json.loads(original.address)), children=children,
            to_pupil=original.to_pupil, sort_key=(), reissue_of=original.id)
    return RunPlan(run_number, issue_date, delivery, received, reply_by(received), [letter],
                   [], (settings.window_left_mm, settings.window_top_mm))


def record_printed(ctx: ServiceContext, plan: RunPlan, pages: int, printer: str) -> None:
    """Letters sent to a printer: paper copies of personal data, so the audit trail says
    which run, how many pages and on which printer (whether or not the run is sent yet)."""
    sent = "" if plan.letters and plan.letters[0].reissue_of is None else " (a reprint)"
    with ctx.unit_of_work("letters.printed", "letter_run") as uow:
        uow.record(entity_id=plan.run_number, summary=(
            f"Letters of run {plan.run_number}{sent} printed: {pages:,} "
            f"page{'' if pages == 1 else 's'} on {printer or 'the printer'}"),
            changes={"pages": pages, "printer": printer, "letters": len(plan.letters),
                     "issue_date": plan.issue_date})
