# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""Response views of Secured hooks 1.0: what the client returns.

Each class mirrors the model of the same name in ``models`` (field names, aliases, types,
constraints), made tolerant for reading answers:

* an optional field the server leaves out is ``None`` (``if room.topic:``, ``room.topic or "-"``);
* an enum value the spec does not list is kept as a plain string (typed ``Literal[...] | str``);
* unknown properties are kept: ``view.model_extra`` (and attribute access) has them.

Requests are built with the strict ``models`` classes (or keyword arguments). The classes
live in ``_responses`` and are created on first use, so importing the client stays fast.
"""

import typing as _typing

__all__ = []


if _typing.TYPE_CHECKING:
    pass
else:
    from ._base import lazy_exports as _lazy_exports

    __getattr__, __dir__ = _lazy_exports(globals(), "._responses", __all__)
