"""The privacy notice's words, with placeholders filled per letter.

The default text is ours, written from the facts the school's data protection policy states;
the school edits it in the app (the letters issue adds versions and the editor).
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS = {
    "school_name": "the school's name",
    "school_phone": "the school's telephone number",
    "school_email": "the school's email address",
    "head_teacher": "the head teacher's name",
    "data_protection_lead": "the data protection lead's name",
    "recipient": "who the letter is addressed to",
    "pupils": "the children the letter is about",
    "issue_date": "the date on the letter",
    "reply_by": "the last day to opt out",
}


class UnknownPlaceholder(ValueError):
    """The text names a placeholder that does not exist; nothing is printed until fixed."""


@dataclass(frozen=True)
class Section:
    title: str
    body: str


@dataclass(frozen=True)
class LetterTemplate:
    salutation: str
    sections: tuple[Section, ...]
    connexions: Section
    """Printed only in letters covering a child of Connexions age."""
    sign_off: str


DEFAULT_TEMPLATE = LetterTemplate(
    salutation="Dear {recipient},",
    sections=(
        Section("How {school_name} uses information about pupils", (
            "Each year we write to every family to explain what information we keep about "
            "pupils, why we keep it, and who we may pass it to. This letter is about {pupils}.\n"
            "We keep information to support each pupil's teaching and learning, to follow and "
            "report on their progress, to look after their welfare, and to see how well the "
            "school as a whole is doing. It includes contact details, national curriculum "
            "assessment results, attendance, characteristics such as ethnic group, special "
            "educational needs, and any relevant medical information. We are registered with "
            "the Information Commissioner's Office and use this information only for purposes "
            "the law allows.")),
        Section("Who we pass information to", (
            "The local authority uses information about the children it serves for its own "
            "duties, such as assessing special educational needs, and works with partners in "
            "health and youth justice to improve children's well-being.\n"
            "The Department for Education uses it to produce statistics that inform decisions "
            "on school funding and to assess school performance and set targets; no child can "
            "be identified from those statistics. It may match it with other information it "
            "holds to follow pupils' progress through education, use contact details to invite "
            "families to take part in surveys (taking part is usually voluntary), and share it "
            "with other government departments and agencies, including the Office for National "
            "Statistics, for statistics and research only. Individual records may go to "
            "independent researchers with a genuine need, case by case. All of this is approved "
            "and controlled by the Department's Chief Statistician.\n"
            "Ofsted uses information about pupils' progress and performance when inspecting "
            "schools; inspection reports do not identify individual pupils.\n"
            "The Information Sharing Index helps people who work with children see which "
            "services are involved with a child. It holds basic identifying details of the "
            "child and their parent or carer, and contact details of services such as the "
            "school and GP practice. It does not record a child's needs, academic performance, "
            "attendance or any clinical observations.\n"
            "Where it helps, information may also be shared with colleges and other providers "
            "of education after 16, to make applying for a course simpler.")),
    ),
    connexions=Section("Connexions and your right to opt out", (
        "Connexions is the government's support service for young people aged 13 to 19 in "
        "England, and up to 25 for young people with a learning difficulty or disability. Its "
        "personal advisers offer careers advice and, where needed, more specialist help.\n"
        "For pupils aged 13 and over, the law requires us to give Connexions the name and "
        "address of the pupil and of their parent or carer when asked, together with other "
        "information relevant to its work. A parent or carer, or the pupil if aged 16 or over, "
        "can ask us to pass on nothing beyond name and address.\n"
        "If you want to opt out, return the slip below, or tell the school in writing, by "
        "{reply_by}. If we have not heard from you by then, further information may be "
        "passed to Connexions when it asks for it. You can still opt out after that date; it "
        "applies from the day we receive it.")),
    sign_off="Yours sincerely,\n\n{head_teacher}\nHead teacher, {school_name}",
)


def placeholders_in(text: str) -> set[str]:
    """The {names} in `text`; raises UnknownPlaceholder for a brace that is not one."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise UnknownPlaceholder(
            "A '{' or '}' is not part of a placeholder. Placeholders look like {reply_by}; "
            "to print a brace itself, type it twice.") from None
    names = set()
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not name or spec or conversion:
            raise UnknownPlaceholder(f"'{{{name}{'!' + conversion if conversion else ''}"
                                     f"{':' + spec if spec else ''}}}' is not a placeholder; "
                                     "use just the name in braces, e.g. {reply_by}.")
        names.add(name)
    return names


def check_template(template: LetterTemplate) -> None:
    """Refuse a template naming a placeholder that does not exist, saying which."""
    texts = [template.salutation, template.sign_off, template.connexions.title,
             template.connexions.body]
    for section in template.sections:
        texts += [section.title, section.body]
    unknown = sorted(set().union(*(placeholders_in(t) for t in texts)) - set(PLACEHOLDERS))
    if unknown:
        raise UnknownPlaceholder(
            "The letter uses placeholders that do not exist: "
            + ", ".join("{" + name + "}" for name in unknown)
            + ". Use one of: " + ", ".join("{" + n + "}" for n in PLACEHOLDERS) + ".")


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with its placeholders filled; every value is used exactly as given."""
    return string.Formatter().vformat(text, (), dict(values))


def to_json(template: LetterTemplate) -> str:
    return json.dumps({
        "salutation": template.salutation,
        "sections": [{"title": s.title, "body": s.body} for s in template.sections],
        "connexions": {"title": template.connexions.title, "body": template.connexions.body},
        "sign_off": template.sign_off}, ensure_ascii=False)


def from_json(text: str) -> LetterTemplate:
    data = json.loads(text)
    return LetterTemplate(
        salutation=data["salutation"],
        sections=tuple(Section(s["title"], s["body"]) for s in data["sections"]),
        connexions=Section(data["connexions"]["title"], data["connexions"]["body"]),
        sign_off=data["sign_off"])
