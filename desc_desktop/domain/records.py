"""Frozen records made in bulk: an import makes about ten for every row of its file."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")

_new = object.__new__


def make(cls: type[T], values: dict[str, Any]) -> T:
    """`cls(**values)` for a frozen dataclass (without `__post_init__`), given every field.

    Built as `copy.copy` builds one: the dataclass's own `__init__` sets each field through
    `object.__setattr__` (frozen), about 1.5 µs a record, a fifth of an import's checking.
    """
    if values.keys() != cls.__dataclass_fields__.keys():
        expected = cls.__dataclass_fields__.keys()
        raise TypeError(f"{cls.__name__} needs exactly its fields: missing "
                        f"{sorted(expected - values.keys())}, unknown "
                        f"{sorted(values.keys() - expected)}")
    record = _new(cls)
    record.__dict__.update(values)
    return record
