"""A faster __init__ for the frozen dataclasses made in hot loops (a figure's view, a name's mention, a frame)."""
from __future__ import annotations

import dataclasses


def quick_init(cls):
    """Give a frozen dataclass an __init__ that fills the new instance's __dict__ in one update, rather than
    through object.__setattr__ once a field (what frozen=True makes its own __init__ do): the same parameters,
    defaults and attributes, a few times faster. For classes without __post_init__, InitVar fields, default
    factories or slots (asserted). Used as the outer decorator: `@quick_init` above `@dataclass(frozen=True)`."""
    fields = dataclasses.fields(cls)
    assert len(fields) == len(cls.__dataclass_fields__), "no InitVar or ClassVar fields"
    assert not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
    params, namespace = [], {}
    for f in fields:
        assert f.init and f.default_factory is dataclasses.MISSING
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    exec(f"def __init__(self, {', '.join(params)}):\n    self.__dict__.update({{{body}}})\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = "(see factcheck.quickinit)"
    cls.__init__ = init
    return cls
