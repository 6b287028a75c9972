"""The register as plain dictionaries, for the command line's `pupils` listing."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlmodel import Session, col, func, or_, select

from desc_desktop.domain.register import Address
from desc_desktop.services.context import ServiceContext
from desc_desktop.services.mapping import address_of, carer_input
from desc_desktop.services.records import carer_display_name
from desc_desktop.store.tables import Carer, Pupil, PupilCarer

CSV_COLUMNS = ["upn", "legal_surname", "legal_forename", "preferred_forename", "dob", "gender",
               "year_group", "reg_group", "sen_status", "ldd", "address_lines", "town",
               "postcode", "carers"]


def pupils_on_roll(ctx: ServiceContext) -> list[dict[str, Any]]:
    """Pupils on roll today with their carers; recorded in the audit trail as a listing."""
    today = ctx.today()
    with ctx.unit_of_work("register.list") as uow:
        pupils = uow.session.exec(select(Pupil).where(or_(
            col(Pupil.leaving_date).is_(None), col(Pupil.leaving_date) > today))
            .order_by(func.desc_fold(Pupil.legal_surname),
                      func.desc_fold(Pupil.legal_forename))).all()
        carers = _carers_by_pupil(uow.session)
        listing = [_pupil_dict(p, carers.get(p.id, [])) for p in pupils]
        uow.record(summary=f"Register listed ({len(listing)} pupils on roll)")
    return listing


def _carers_by_pupil(session: Session) -> dict[int, list[tuple[PupilCarer, Carer]]]:
    grouped: dict[int, list[tuple[PupilCarer, Carer]]] = defaultdict(list)
    rows = session.exec(select(PupilCarer, Carer).join(Carer)
                        .order_by(PupilCarer.priority, Carer.surname)).all()
    for link, carer in rows:
        grouped[link.pupil_id].append((link, carer))
    return grouped


def _address_dict(address: Address) -> dict[str, Any]:
    return {"lines": [v for v in (address.line1, address.line2, address.line3) if v],
            "town": address.town, "county": address.county, "postcode": address.postcode}


def _pupil_dict(pupil: Pupil, carers: list[tuple[PupilCarer, Carer]]) -> dict[str, Any]:
    home = address_of(pupil)
    return {
        "upn": pupil.upn or "", "legal_surname": pupil.legal_surname,
        "legal_forename": pupil.legal_forename, "preferred_forename": pupil.preferred_forename,
        "preferred_surname": pupil.preferred_surname, "dob": pupil.dob.isoformat(),
        "gender": pupil.gender, "year_group": pupil.year_group, "reg_group": pupil.reg_group,
        "admission_date": pupil.admission_date.isoformat() if pupil.admission_date else None,
        "sen_status": pupil.sen_status, "ldd": pupil.ldd, "address": _address_dict(home),
        "carers": [{
            "name": carer_display_name(carer_input(carer)), "relationship": link.relationship,
            "parental_responsibility": link.parental_responsibility,
            "correspondence": link.receives_correspondence, "priority": link.priority,
            "no_contact": link.no_contact or None,
            "address": _address_dict(home if carer.same_address_as_pupil else address_of(carer)),
        } for link, carer in carers],
    }


def csv_row(pupil: dict[str, Any]) -> dict[str, Any]:
    row = {k: pupil[k] for k in CSV_COLUMNS if k in pupil}
    row["ldd"] = "Y" if pupil["ldd"] else "N"
    row["address_lines"] = ", ".join(pupil["address"]["lines"])
    row["town"] = pupil["address"]["town"]
    row["postcode"] = pupil["address"]["postcode"]
    row["carers"] = "; ".join(
        f"{c['name']} ({c['relationship'] or 'carer'}"
        f"{', PR' if c['parental_responsibility'] else ''}"
        f"{', no contact' if c['no_contact'] else ''})" for c in pupil["carers"])
    return row
