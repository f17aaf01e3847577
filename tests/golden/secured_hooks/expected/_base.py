# generated from tests/golden/secured_hooks/spec.yaml — do not edit
"""The base class of every generated model: strict, spec-exact validation.

* ``strict=True``: no lax coercion (``"5"`` and ``true`` are not integers);
* optional fields default to ``MISSING`` and are left out of dumps; only a
  nullable field accepts ``None``;
* ``uniqueItems`` arrays reject duplicates (JSON equality: ``1`` and ``true`` differ); only
  models with such a field run the check;
* fields accept their Python name or their wire alias, and dump by alias;
* validators are built on first use (``defer_build``), so importing a large
  package stays fast.

``ResponseModel`` is the base of the client's response views (``responses.py``): the same
strict types, but unknown properties are kept (``extra="allow"``); ``StrictModel`` is unchanged.
``lazy_exports`` lets ``models`` and ``responses`` build their classes on first use.
"""

import importlib
import json
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

__all__ = ["ResponseModel", "StrictModel", "lazy_exports"]


def lazy_exports(
    namespace: dict[str, Any], source: str, names: Iterable[str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A module's ``__getattr__`` and ``__dir__`` serving ``names`` from the sibling module ``source``.

    The sibling is imported on the first attribute asked for (its classes are built then), and
    every name is copied into ``namespace`` so later lookups are plain module attributes.
    """
    exported = frozenset(names)
    module_name = namespace["__name__"]

    def __getattr__(name: str) -> object:
        if name.startswith("__") and name not in exported:  # probes such as __path__: no need to build
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}")
        module = importlib.import_module(source, namespace["__package__"])
        namespace.update({n: getattr(module, n) for n in exported})
        try:
            return getattr(module, name)  # the classes, and what the sibling imports (StrictModel, ...)
        except AttributeError:
            raise AttributeError(f"module {module_name!r} has no attribute {name!r}") from None

    def __dir__() -> list[str]:
        return sorted({*namespace, *exported})

    return __getattr__, __dir__


def _json_key(item: object) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json(by_alias=True)
    return json.dumps(item, sort_keys=True, default=str)


class StrictModel(BaseModel):
    """Strict Pydantic v2 model for Secured hooks."""

    model_config = ConfigDict(
        strict=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
    )
    __unique_fields__: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__unique_fields__ = tuple(
            name
            for name, info in cls.model_fields.items()
            if isinstance(info.json_schema_extra, dict) and info.json_schema_extra.get("x-unique-items") is True
        )
        if not cls.__unique_fields__:  # nothing to check: its validator (built later, on first use) leaves it out
            cls.__pydantic_decorators__.model_validators.pop("_unique_items", None)

    @model_validator(mode="after")
    def _unique_items(self) -> "StrictModel":
        for name in self.__unique_fields__:
            value = getattr(self, name)
            if isinstance(value, list) and len({_json_key(v) for v in value}) != len(value):
                raise PydanticCustomError("unique_items", "{field} must not contain duplicate items", {"field": name})
        return self


class ResponseModel(BaseModel):
    """Base of the client's response views for Secured hooks: strict types, unknown fields kept."""

    model_config = ConfigDict(
        strict=True,
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
    )
