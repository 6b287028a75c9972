"""The database tables. Column changes need an Alembic revision (see store/migrations)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(UTC)


class School(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    address_line1: str = ""
    address_line2: str = ""
    town: str = ""
    postcode: str = ""
    phone: str = ""
    email: str = ""
    head_teacher: str = ""
    data_protection_lead: str = ""
    ico_registration: str = ""
    logo: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str


class StaffMember(SQLModel, table=True):
    __tablename__ = "staff_member"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    role: str = "office"
    active: bool = True


class AddressColumns(SQLModel):
    address_line1: str = ""
    address_line2: str = ""
    address_line3: str = ""
    town: str = ""
    county: str = ""
    postcode: str = ""


class Pupil(AddressColumns, table=True):
    __table_args__ = (Index("ix_pupil_names_dob", "legal_surname", "legal_forename", "dob"),)
    id: int | None = Field(default=None, primary_key=True)
    upn: str | None = Field(default=None, unique=True)
    legal_surname: str
    legal_forename: str
    preferred_surname: str = ""
    preferred_forename: str = ""
    dob: date
    gender: str
    year_group: str
    reg_group: str = ""
    admission_date: date | None = None
    leaving_date: date | None = None
    sen_status: str = "N"
    ldd: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class Carer(AddressColumns, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    forename: str = ""
    surname: str
    same_address_as_pupil: bool = True
    phone_home: str = ""
    phone_mobile: str = ""
    phone_work: str = ""
    email: str = ""


class PupilCarer(SQLModel, table=True):
    __tablename__ = "pupil_carer"
    pupil_id: int = Field(sa_column=Column(Integer, ForeignKey("pupil.id", ondelete="CASCADE"),
                                           primary_key=True))
    carer_id: int = Field(sa_column=Column(Integer, ForeignKey("carer.id", ondelete="RESTRICT"),
                                           primary_key=True, index=True))
    relationship: str = ""
    parental_responsibility: bool = True
    receives_correspondence: bool = True
    priority: int = 1
    no_contact: str = ""
    no_contact_note: str = ""


class AuditEntry(SQLModel, table=True):
    """One entry per unit of work; personal data stays inside the database, never in logs."""

    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff_member.id")
    staff_name: str
    action: str = Field(index=True)
    entity: str = ""
    entity_id: int | None = None
    pupil_id: int | None = Field(default=None, index=True)
    summary: str = ""
    changes: str = "{}"
    """{field: [before, after]} as JSON; a created record has None before, a deleted one
    None after."""
    hash: str = ""
    """SHA-256 of this entry and the previous entry's hash (domain/audit_chain.py)."""


class LetterTemplateVersion(SQLModel, table=True):
    """Every saved version of the letter's text; letters record the version they used."""

    __tablename__ = "letter_template"
    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(unique=True)
    content: str
    """The template as JSON (salutation, sections, Connexions section, sign-off)."""
    created_at: datetime = Field(default_factory=utc_now)
    staff_name: str = ""


class LetterRun(SQLModel, table=True):
    """A run marked as sent: only then do its letters' reply-by dates exist."""

    __tablename__ = "letter_run"
    id: int | None = Field(default=None, primary_key=True)
    issue_date: date
    delivery: str
    received_on: date
    reply_by: date
    template_version: int
    sent_at: datetime = Field(default_factory=utc_now)
    staff_name: str = ""


class Letter(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(sa_column=Column(Integer, ForeignKey("letter_run.id",
                                                             ondelete="RESTRICT"),
                                         nullable=False, index=True))
    reference: str = Field(unique=True)
    to_pupil: bool = False
    addressees: str
    """As printed, one per line: what was sent matters, even if names change later."""
    address: str
    issue_date: date
    reply_by: date
    reissue_of: int | None = Field(default=None, foreign_key="letter.id")


class LetterPupil(SQLModel, table=True):
    """A child a letter was about; `covered` when it carried their Connexions slip."""

    __tablename__ = "letter_pupil"
    letter_id: int = Field(sa_column=Column(Integer, ForeignKey("letter.id", ondelete="CASCADE"),
                                            primary_key=True))
    pupil_id: int = Field(sa_column=Column(Integer, ForeignKey("pupil.id", ondelete="CASCADE"),
                                           primary_key=True, index=True))
    covered: bool = False
    slip: str = ""
    """The slip's barcode text, e.g. R001-0007-1, so a returned slip finds child and letter."""


class GeneratedRun(SQLModel, table=True):
    """A letter run whose PDF was made: open until marked as sent or discarded, so the Today
    view can list letters that may be in families' hands with no deadline recorded."""

    __tablename__ = "generated_run"
    id: int | None = Field(default=None, primary_key=True)
    run_number: int = Field(index=True)
    """The number the run will have once marked as sent (its references carry it)."""
    issue_date: date
    reply_by: date
    letters: int
    pupils_covered: int
    generated_at: datetime = Field(default_factory=utc_now)
    staff_name: str = ""
    closed_at: datetime | None = None
    closed_as: str = ""
    """"" while open; "sent" or "discarded"."""
    closed_by: str = ""


class OptOut(SQLModel, table=True):
    """An opt-out as received. Rows are only ever added: a change of mind is a withdrawal."""

    __tablename__ = "opt_out"
    id: int | None = Field(default=None, primary_key=True)
    pupil_id: int = Field(sa_column=Column(Integer, ForeignKey("pupil.id", ondelete="CASCADE"),
                                           nullable=False, index=True))
    letter_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("letter.id", ondelete="RESTRICT"), nullable=True))
    by: str
    """"parent" or "pupil"."""
    carer_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("carer.id", ondelete="SET NULL"), nullable=True))
    carer_name: str = ""
    """As recorded: the carer may change their name or be unlinked later."""
    received: date
    method: str
    """slip, letter, email, phone or in-person."""
    notes: str = ""
    reply_by: date | None = None
    """The reply-by date it was judged against (none: no covering letter yet)."""
    late: bool = False
    recorded_at: datetime = Field(default_factory=utc_now)
    staff_name: str = ""


class OptOutWithdrawal(SQLModel, table=True):
    """A parent or pupil changing their mind: the opt-out stays, this row ends it."""

    __tablename__ = "opt_out_withdrawal"
    id: int | None = Field(default=None, primary_key=True)
    opt_out_id: int = Field(sa_column=Column(Integer, ForeignKey("opt_out.id",
                                                                 ondelete="CASCADE"),
                                             nullable=False, unique=True))
    withdrawn_on: date
    by: str
    carer_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("carer.id", ondelete="SET NULL"), nullable=True))
    carer_name: str = ""
    notes: str = ""
    recorded_at: datetime = Field(default_factory=utc_now)
    staff_name: str = ""


class Disclosure(SQLModel, table=True):
    """A file that left the school (an export): when, by whom, to whom, why, which fields,
    and the file's name and SHA-256. Written in the same transaction as its audit entry;
    the database refuses to change or delete it (migration 0005)."""

    __tablename__ = "disclosure"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, index=True)
    staff_id: int | None = Field(default=None, foreign_key="staff_member.id")
    staff_name: str
    kind: str = Field(index=True)
    """"optout_list" or "connexions_return"."""
    recipient: str
    purpose: str
    as_of: date
    file_name: str
    """The name only: a folder path can hold a person's user name."""
    file_format: str
    sha256: str
    fields: str = "[]"
    """The file's columns, as a JSON list."""
    pupils: int = 0


class DisclosurePupil(SQLModel, table=True):
    """A pupil in a disclosure, with what was passed on about them. Kept when the pupil is
    deleted (pupil_id then empty, the name as disclosed stays)."""

    __tablename__ = "disclosure_pupil"
    id: int | None = Field(default=None, primary_key=True)
    disclosure_id: int = Field(sa_column=Column(Integer, ForeignKey(
        "disclosure.id", ondelete="RESTRICT"), nullable=False, index=True))
    pupil_id: int | None = Field(default=None, sa_column=Column(
        Integer, ForeignKey("pupil.id", ondelete="SET NULL"), nullable=True, index=True))
    pupil_name: str
    """Legal forename and surname as they were when disclosed."""
    fields: str = "[]"
    """What was passed on about this pupil, as a JSON list (domain/exports field names)."""
