"""Config loading: YAML, ``${env:NAME}`` expansion, and typed decoding into frozen dataclasses.

Decoding walks the whole tree and keeps going past failures, so a user sees every problem at once, each
prefixed with its ``::``-joined key path (the collector's ``confmap`` convention)::

    processors::batch: timeout must be > 0, got -1s
    exporters::otlp: unknown key "endpont" (did you mean "endpoint"?)
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

import yaml

T = TypeVar("T")

_ENV_REF = re.compile(r"\$\$|\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_DURATION = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s|m|h)?\s*$")
_DURATION_UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB|KB|MB|GB|k|K|M|G)?\s*$")
_SIZE_UNITS = {
    None: 1, "B": 1, "KiB": 1024, "MiB": 1024**2, "GiB": 1024**3, "k": 1024, "K": 1024, "M": 1024**2,
    "G": 1024**3, "KB": 1000, "MB": 1000**2, "GB": 1000**3,
}


class Duration(float):
    """Seconds, written in YAML as ``200ms``, ``5s``, ``1m`` or a bare number of seconds.

    Keeps the text it was written as, so messages can quote the user's own spelling.
    """

    text: str

    def __new__(cls, value: float | str) -> Duration:
        if isinstance(value, str):
            m = _DURATION.match(value)
            if m is None:
                raise ValueError(f"{value!r} is not a duration (use e.g. 200ms, 5s, 1m)")
            seconds = float(m.group(1)) * _DURATION_UNITS[m.group(2)]
            obj = super().__new__(cls, seconds)
            obj.text = value.strip()
        else:
            obj = super().__new__(cls, float(value))
            obj.text = _format_seconds(float(value))
        return obj

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text


def _format_seconds(seconds: float) -> str:
    if seconds != 0 and abs(seconds) < 1:
        return f"{seconds * 1000:g}ms"
    return f"{seconds:g}s"


class ByteSize(int):
    """Bytes, written as ``4MiB``, ``512KiB``, ``20971520`` …"""

    text: str

    def __new__(cls, value: int | str) -> ByteSize:
        if isinstance(value, str):
            m = _SIZE.match(value)
            if m is None:
                raise ValueError(f"{value!r} is not a size (use e.g. 512KiB, 4MiB, 1GiB)")
            obj = super().__new__(cls, int(float(m.group(1)) * _SIZE_UNITS[m.group(2)]))
            obj.text = value.strip()
        else:
            obj = super().__new__(cls, int(value))
            obj.text = str(int(value))
        return obj

    def __str__(self) -> str:
        return self.text


# --------------------------------------------------------------------------------------------------------------
# YAML and environment expansion


def expand_env(node: Any, env: Mapping[str, str], problems: list[str], path: str = "") -> Any:
    """Expand ``${env:NAME}`` / ``${env:NAME:-default}`` in every string; ``$$`` escapes a dollar.

    A string that is exactly one reference is re-parsed as a YAML scalar, so ``port: ${env:PORT}`` yields an
    int, as in the collector. An unset variable without a default is a problem, not a silent empty string.
    """
    if isinstance(node, dict):
        return {k: expand_env(v, env, problems, _join(path, str(k))) for k, v in node.items()}
    if isinstance(node, list):
        return [expand_env(v, env, problems, _join(path, f"[{i}]")) for i, v in enumerate(node)]
    if not isinstance(node, str) or "$" not in node:
        return node

    whole = _ENV_REF.fullmatch(node)

    def repl(m: re.Match[str]) -> str:
        if m.group(0) == "$$":
            return "$"
        name, default = m.group(1), m.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        problems.append(f"{path or '<root>'}: environment variable {name} is not set "
                        f"(set it, or give a default with ${{env:{name}:-value}})")
        return ""

    expanded = _ENV_REF.sub(repl, node)
    if whole is not None and whole.group(0) != "$$":
        try:
            return safe_load(expanded) if expanded.strip() else expanded
        except yaml.YAMLError:
            return expanded
    return expanded


class UniqueKeyLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses a mapping holding one key twice. PyYAML keeps the last value silently,
    so a pasted line (a second ``score:`` under a pattern, a repeated ``endpoint:``) would win unseen."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if isinstance(key, typing.Hashable):
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark,
                    f"key {key!r} appears twice (first on line {seen[key]}); remove one of them",
                    key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` that refuses duplicate keys (:class:`UniqueKeyLoader`)."""
    return yaml.load(text, Loader=UniqueKeyLoader)  # a SafeLoader subclass: safe


def load_yaml(text: str, *, source: str = "<config>") -> dict[str, Any]:
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"{source}: not valid YAML: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{source}: the top level must be a mapping, got {type(data).__name__}")
    return data


# --------------------------------------------------------------------------------------------------------------
# Typed decoding


def _join(path: str, key: str) -> str:
    if not path:
        return key
    if key.startswith("["):
        return path + key
    return f"{path}::{key}"


def _type_name(tp: Any) -> str:
    if tp is bool:
        return "a boolean"
    if tp is int:
        return "an integer"
    if tp is float:
        return "a number"
    if tp is str:
        return "a string"
    if tp is Duration:
        return "a duration (e.g. 200ms, 5s)"
    if tp is ByteSize:
        return "a size (e.g. 4MiB)"
    origin = get_origin(tp)
    if origin in (list, tuple):
        return "a list"
    if origin in (dict, Mapping) or dataclasses.is_dataclass(tp):
        return "a mapping"
    return str(tp)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def decode(cls: type[T], data: Any, path: str, problems: list[str]) -> T | None:
    """Decode ``data`` into dataclass ``cls``; append every problem found (with its path) to ``problems``.

    Returns None when the value could not be built at all. After building, ``validate()`` (if the dataclass has
    one) contributes range and cross-field problems.
    """
    value = _decode_value(cls, data, path, problems)
    return typing.cast("T | None", value)


def _decode_dataclass(cls: type[Any], data: Any, path: str, problems: list[str]) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        problems.append(f"{path or '<root>'}: must be a mapping, got {_show(data)}")
        return None
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    kwargs: dict[str, Any] = {}
    ok = True
    for key, raw in data.items():
        if key not in fields:
            hint = difflib.get_close_matches(str(key), list(fields), n=1)
            suggestion = f' (did you mean "{hint[0]}"?)' if hint else f" (known keys: {', '.join(sorted(fields))})"
            problems.append(f'{path or "<root>"}: unknown key "{key}"{suggestion}')
            ok = False
            continue
        before = len(problems)
        value = _decode_value(hints[key], raw, _join(path, str(key)), problems)
        if len(problems) > before:
            ok = False
            continue
        kwargs[key] = value
    missing = [
        name for name, f in fields.items()
        if name not in kwargs and name not in data
        and f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    for name in missing:
        problems.append(f'{path or "<root>"}: missing required key "{name}"')
        ok = False
    if not ok:
        return None
    try:
        obj = cls(**kwargs)
    except (TypeError, ValueError) as exc:
        problems.append(f"{path or '<root>'}: {exc}")
        return None
    validate = getattr(obj, "validate", None)
    if callable(validate):
        problems.extend(f"{path or '<root>'}: {p}" for p in validate())
    return obj


def _decode_value(tp: Any, raw: Any, path: str, problems: list[str]) -> Any:
    origin = get_origin(tp)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _decode_dataclass(tp, raw, path, problems)
    if origin in (typing.Union, types.UnionType):
        args = get_args(tp)
        if raw is None and type(None) in args:
            # A key written with no value (``grpc:``) turns a section on with its defaults, as in the collector.
            sections = [a for a in args if dataclasses.is_dataclass(a)]
            if sections:
                return _decode_value(sections[0], {}, path, problems)
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return _decode_value(non_none[0], raw, path, problems)
        for arg in non_none:
            trial: list[str] = []
            value = _decode_value(arg, raw, path, trial)
            if not trial:
                return value
        problems.append(f"{path}: must be one of {', '.join(_type_name(a) for a in non_none)}, got {_show(raw)}")
        return None
    if origin is Literal:
        choices = get_args(tp)
        if raw not in choices:
            problems.append(f"{path}: must be one of {', '.join(str(c) for c in choices)}, got {_show(raw)}")
            return None
        return raw
    if origin in (list, tuple):
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            problems.append(f"{path}: must be a list, got {_show(raw)}")
            return None
        (item_tp, *_rest) = get_args(tp) or (Any,)
        items = [_decode_value(item_tp, v, f"{path}[{i}]", problems) for i, v in enumerate(raw)]
        return tuple(items) if origin is tuple else items
    if origin in (dict, Mapping):
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            problems.append(f"{path}: must be a mapping, got {_show(raw)}")
            return None
        _key_tp, value_tp = get_args(tp) or (str, Any)
        return {str(k): _decode_value(value_tp, v, _join(path, str(k)), problems) for k, v in raw.items()}
    if tp is Any:
        return raw
    converter = _SCALARS.get(tp)
    if converter is not None:
        try:
            return converter(raw)
        except (TypeError, ValueError) as exc:
            detail = str(exc) if tp in (Duration, ByteSize) and isinstance(raw, str) else ""
            problems.append(f"{path}: must be {_type_name(tp)}, got {_show(raw)}" + (f": {detail}" if detail else ""))
            return None
    problems.append(f"{path}: unsupported config type {tp!r}")
    return None


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    raise TypeError


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise TypeError
    return raw


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise TypeError
    return float(raw)


def _to_str(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # YAML turns ``version: 1.0`` or a bare port into numbers; a string field accepts them as written.
        return str(raw)
    raise TypeError


def _to_duration(raw: Any) -> Duration:
    if isinstance(raw, bool):
        raise TypeError
    if isinstance(raw, int | float | str):
        return Duration(raw)
    raise TypeError


def _to_size(raw: Any) -> ByteSize:
    if isinstance(raw, bool):
        raise TypeError
    if isinstance(raw, int | str):
        return ByteSize(raw)
    raise TypeError


_SCALARS: dict[Any, Callable[[Any], Any]] = {
    bool: _to_bool,
    int: _to_int,
    float: _to_float,
    str: _to_str,
    Duration: _to_duration,
    ByteSize: _to_size,
}


def default_of(cls: type[T]) -> T:
    """The config's defaults (every dataclass config must be constructible with no arguments)."""
    return cls()
