"""A framework rebuilt from its JSON form (the framework cache) without pydantic.

:func:`from_json` turns ``dataclasses.asdict`` of a validated model object, dumped as JSON, back
into the frozen dataclasses of :mod:`.model`, checking only the shape: the data was validated when
it was written. Converters are made once per type.
"""

from __future__ import annotations

import dataclasses
import types
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a model object from its JSON form (``dataclasses.asdict`` dumped as JSON).

    Nothing is validated beyond the shape: this is for data that was validated when it was
    written (the framework cache). A wrong shape raises TypeError, KeyError or ValueError.
    """
    built: T = _converter(cls)(data)
    return built


_Convert = Callable[[Any], Any]
_converters: dict[Any, _Convert] = {}
_TEXT = {str}


def _converter(tp: Any) -> _Convert:
    """A function turning the JSON form of a ``tp`` into a ``tp``, made once per type."""
    convert = _converters.get(tp)
    if convert is None:
        convert = _converters[tp] = _make_converter(tp)
    return convert


def _expect(kind: type, value: Any) -> None:
    if type(value) is not kind:  # JSON gives exactly dict, list, str, int, float, bool or None
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")


def _make_converter(tp: Any) -> _Convert:
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:  # the metadata is for validation
        return _converter(args[0])
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_converter(tp)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _converter(args[0])

        def to_tuple(value: Any) -> tuple[Any, ...]:
            _expect(list, value)
            return tuple(map(item, value))

        return to_tuple
    if origin is dict and args == (str, str):

        def to_texts(value: Any) -> dict[str, str]:
            _expect(dict, value)
            if not _TEXT.issuperset(map(type, value.values())):
                raise TypeError("expected a mapping of texts")
            texts: dict[str, str] = value
            return texts

        return to_texts
    if origin is dict and len(args) == 2:
        key, val = _key_converter(args[0]), _converter(args[1])

        def to_dict(value: Any) -> dict[Any, Any]:
            _expect(dict, value)
            return {key(k): val(v) for k, v in value.items()}

        return to_dict
    if origin in (Union, types.UnionType) and len(args) == 2 and type(None) in args:
        inner = _converter(next(a for a in args if a is not type(None)))
        return lambda value: None if value is None else inner(value)
    if tp is float:

        def to_float(value: Any) -> float:
            if type(value) is not int:
                _expect(float, value)
            return float(value)

        return to_float
    if tp in (str, int, bool):

        def same(value: Any) -> Any:
            _expect(tp, value)
            return value

        return same
    raise TypeError(f"from_json does not support {tp!r}")


def _key_converter(tp: Any) -> _Convert:
    """JSON object keys are strings: ``"1"`` → 1 for ``dict[int, …]``."""
    if tp is str:
        return _converter(str)
    if tp is int:

        def to_int(key: str) -> int:
            if not (key.isascii() and key.isdigit()):
                raise ValueError(f"not an integer key: {key!r}")
            return int(key)

        return to_int
    raise TypeError(f"from_json does not support keys of {tp!r}")


def _dataclass_converter(cls: type) -> _Convert:
    hints = get_type_hints(cls, include_extras=True)
    fields = {f.name: _converter(hints[f.name]) for f in dataclasses.fields(cls) if f.init}

    def build(value: Any) -> Any:
        _expect(dict, value)
        return cls(**{name: fields[name](item) for name, item in value.items()})

    return build
