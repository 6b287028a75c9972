"""Settings the letters follow: Connexions ages (councils differ), letters to pupils aged 16
or over, and where the address sits for the envelope's window."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from desc_desktop.domain.errors import Problem, ValidationFailed
from desc_desktop.domain.letters.connexions import DEFAULT_AGES, ConnexionsAges
from desc_desktop.domain.staff import Role
from desc_desktop.services.audit import diff_fields
from desc_desktop.services.context import ServiceContext
from desc_desktop.store.tables import Setting

_KEY = "letters.settings"


@dataclass(frozen=True)
class LetterSettings:
    ages: ConnexionsAges = DEFAULT_AGES
    pupils_16_get_own: bool = True
    window_left_mm: float = 20
    window_top_mm: float = 50


def letter_settings(ctx: ServiceContext) -> LetterSettings:
    with ctx.reading() as session:
        row = session.get(Setting, _KEY)
    if row is None:
        return LetterSettings()
    data = json.loads(row.value)
    return LetterSettings(ages=ConnexionsAges(**data.pop("ages")), **data)


def save_letter_settings(ctx: ServiceContext, settings: LetterSettings) -> None:
    ctx.require(Role.ADMIN, "change the letter settings")
    _check(settings)
    value = json.dumps(asdict(settings))
    with ctx.unit_of_work("letters.settings_saved", "setting") as uow:
        row = uow.session.get(Setting, _KEY)
        before = None if row is None else row.value
        if row is None:
            uow.session.add(Setting(key=_KEY, value=value))
        else:
            row.value = value
        uow.unchanged = before == value
        old = {} if before is None else _flat(json.loads(before))
        uow.record(summary="Letter settings saved",
                   changes=diff_fields(old, _flat(asdict(settings))))


def _flat(values: dict, prefix: str = "") -> dict:
    """{"ages": {"youngest": 13}} as {"ages.youngest": 13}, so each setting is one field."""
    flat: dict = {}
    for name, value in values.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{name}."))
        else:
            flat[f"{prefix}{name}"] = value
    return flat


def _check(settings: LetterSettings) -> None:
    ages, problems = settings.ages, []
    if not 10 <= ages.youngest <= ages.oldest <= ages.oldest_with_ldd <= 25:
        problems.append(Problem("ages", "Connexions ages must run youngest ≤ oldest ≤ oldest "
                                        "with a learning difficulty, between 10 and 25."))
    if not (5 <= settings.window_left_mm <= 60 and 20 <= settings.window_top_mm <= 120):
        problems.append(Problem("window", "The address position must be 5–60 mm from the left "
                                          "and 20–120 mm from the top of the page."))
    if problems:
        raise ValidationFailed(problems)
