"""Unit conversion through pint: a number and an already extracted unit expression in, canonical value out.

pint is imported on first use only (start-up stays fast), one registry per process, and every unit
expression is resolved once (cached), so conversion costs a dictionary lookup per claim.
"""
from __future__ import annotations

import functools
from importlib import resources

_OFFSET = {"degree_Celsius", "degree_Fahrenheit", "kelvin"}
# Units whose size depends on what fills them: pint's bag is the 94 lb bag of cement, but a bag of coffee holds
# 60 kg, of sugar 50 kg, of rice 25 kg. A figure in them stays in them ("61.5 million bags" is 61.5 million
# bag), never converted to a mass pint would get wrong.
_OWN_SIZE = {"bag"}


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    defs = resources.files("factcheck") / "data" / "pint_units.txt"
    for line in defs.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ureg.define(line)
    return ureg


@functools.lru_cache(maxsize=None)
def resolve(expr: str, canonical: tuple[str, ...]) -> tuple[str, str, float]:
    """(written unit name, canonical unit name, factor) for a pint unit expression."""
    ureg = registry()
    unit = ureg.Unit(expr)
    written = str(unit)
    if written in _OWN_SIZE:
        return written, written, 1.0
    root = ureg.get_root_units(unit)[1]
    if " * " in written and "newton" in written:
        canonical = ("newton * meter", *canonical)  # a force times a length (N·m, kN·m) is a torque, not energy
    elif " * " in written and "ampere" in written and "hour" in written:
        canonical = ("milliampere * hour", *canonical)  # a charge (A·h), kept as Ah and mAh are
    for cand in canonical:
        cu = ureg.Unit(cand)
        # the same root units, not only the same dimensionality: pint calls bytes, bits, degrees and radians
        # all dimensionless, but an angle never converts into bytes
        if ureg.get_root_units(cu)[1] == root:
            if written in _OFFSET or str(cu) in _OFFSET:
                return written, str(cu), float("nan")
            return written, str(cu), float(ureg.Quantity(1.0, unit).to(cu).magnitude)
    return written, written, 1.0


def convert(value: float, expr: str, canonical: tuple[str, ...]) -> tuple[float, str, str]:
    """(canonical value, canonical unit, written unit) for `value` in `expr`."""
    written, canon, factor = resolve(expr, canonical)
    if factor != factor and written == canon:
        return value, canon, written
    if factor != factor:  # offset units (temperatures) convert point by point
        ureg = registry()
        v = float(ureg.Quantity(value, ureg.Unit(written)).to(ureg.Unit(canon)).magnitude)
        return round(v, 9), canon, written  # 32 °F is 0 °C, not the 5.7e-14 that float offsets leave
    return value * factor, canon, written


_IRREGULAR = {"foot": ("feet",), "millennium": ("millennia",), "inch": ("inches",)}


def _spelt_as(name: str, word: str) -> bool:
    """Is `word` the unit `name` (or its plural) as written, not a prefix reading of another word
    (pint reads "amps" as attometer per second and "units" as micronit)?"""
    forms = {name, name + "s", name + "es", *_IRREGULAR.get(name, ())}
    if name.endswith("y"):
        forms.add(name[:-1] + "ies")  # century -> centuries
    return word.replace(" ", "_") in forms


@functools.lru_cache(maxsize=4096)
def unit_word(word: str, not_units: frozenset[str]) -> str | None:
    """The pint unit a written word names (furlongs, light years, kilonewtons, microns), or None: the word must
    be that unit's name or plural, not a common noun pint happens to know (points, hands, quarters), and not
    dimensionless unless it counts information (gigabits)."""
    if word in not_units:
        return None
    if "metre" in word or "litre" in word:
        word = word.replace("metre", "meter").replace("litre", "liter")  # pint spells picometres, megalitres so
    ureg = registry()
    try:
        name = ureg.get_name(word.replace(" ", "_"))
        unit = ureg.Unit(name)
    except Exception:
        return None
    if not _spelt_as(name, word) or name in not_units:
        return None
    if unit.dimensionless and str(ureg.get_root_units(unit)[1]) not in ("bit", "radian"):
        return None  # decade (a logarithmic ratio), percent (angles count: arcminutes, gradians, turns)
    return name
