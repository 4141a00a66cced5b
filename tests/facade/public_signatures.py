"""Print, as JSON, every generated model named in a public signature of ``ory_facade`` and where.

Run in its own interpreter by ``test_types.py``: it configures Django (the Django integration's modules
need settings to import) and loads every model, neither of which the test process should inherit.

Public: every module of ``ory_facade`` whose dotted name has no part starting with ``_``; in each, the
names of ``__all__`` (else the public names it defines). A function's parameter and return annotations
count; for a class, those of its public methods, properties and attributes, its generic bases
(``Login(FlowAPI["LoginFlow"])``) and its model bases, and the facade classes they name in turn
(``OryClient.login`` -> ``Login``). Annotations imported under ``TYPE_CHECKING`` are resolved by running
those import blocks.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from types import ModuleType
from typing import Any

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "ory_facade.contrib.django"],
    ORY={"PUBLIC_URL": "http://127.0.0.1:9"},
)
django.setup()

import ory_kratos_api.models as models  # noqa: E402

import ory_facade  # noqa: E402

MODELS = {name: getattr(models, name) for name in models.__all__}
_namespaces: dict[str, dict[str, Any]] = {}


def is_model(value: object) -> bool:
    return isinstance(value, type) and value.__module__.startswith("ory_kratos_api.models.")


def is_facade_class(value: object) -> bool:
    return isinstance(value, type) and value.__module__.startswith("ory_facade")


def namespace(module_name: str) -> dict[str, Any]:
    """The module's globals plus what its ``if TYPE_CHECKING:`` blocks import."""
    if module_name not in _namespaces:
        module = sys.modules[module_name]
        ns = {**MODELS, **vars(module)}
        for node in ast.parse(inspect.getsource(module)).body:
            if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
                code = compile(ast.Module(body=node.body, type_ignores=[]), module.__file__ or "", "exec")
                exec(code, ns)
        _namespaces[module_name] = ns
    return _namespaces[module_name]


def public_modules() -> list[ModuleType]:
    found = [ory_facade]
    for info in pkgutil.walk_packages(ory_facade.__path__, "ory_facade."):
        if info.name == "ory_facade.types" or any(p.startswith("_") for p in info.name.split(".")):
            continue
        found.append(importlib.import_module(info.name))
    return found


class Walker:
    def __init__(self) -> None:
        self.found: dict[str, str] = {}
        self.seen: set[int] = set()

    def annotation(self, tp: Any, where: str, module_name: str) -> None:
        if isinstance(tp, str):
            tp = eval(tp, namespace(module_name))
        elif isinstance(tp, typing.ForwardRef):
            tp = eval(tp.__forward_arg__, namespace(module_name))
        if typing.get_origin(tp) is typing.Literal:
            return
        if isinstance(tp, typing.TypeVar):
            for bound in (tp.__bound__, *tp.__constraints__):
                if bound is not None:
                    self.annotation(bound, where, module_name)
            return
        if is_model(tp):
            self.found.setdefault(tp.__name__, where)
        elif is_facade_class(tp):
            self.cls(tp, where)
        for arg in typing.get_args(tp):
            self.annotation(arg, where, module_name)

    def function(self, fn: Any, where: str, owner: type | None = None) -> None:
        fn = inspect.unwrap(fn)
        if id(fn) in self.seen or not hasattr(fn, "__module__") or fn.__module__ not in sys.modules:
            return
        self.seen.add(id(fn))
        globalns = namespace(fn.__module__)
        if owner is not None:
            # A method made by @dataclass on a subclass carries its bases' annotations, written in their
            # modules: read them with every module of the class's lineage.
            globalns = {
                **{k: v for c in reversed(owner.__mro__) if c.__module__.startswith("ory_facade")
                   for k, v in namespace(c.__module__).items()},
                **globalns,
            }  # fmt: skip
        hints = typing.get_type_hints(fn, globalns=globalns)
        for name, hint in hints.items():
            self.annotation(hint, f"{where}({name})", fn.__module__)

    def cls(self, cls: type, where: str) -> None:
        if id(cls) in self.seen:
            return
        self.seen.add(id(cls))
        for klass in cls.__mro__:
            if is_model(klass):
                self.found.setdefault(klass.__name__, f"{where} (base)")
            if not is_facade_class(klass):
                continue
            for base in getattr(klass, "__orig_bases__", ()):
                for arg in typing.get_args(base):
                    self.annotation(arg, f"{where} (base)", klass.__module__)
            for name, hint in vars(klass).get("__annotations__", {}).items():
                if not name.startswith("_"):
                    self.annotation(hint, f"{where}.{name}", klass.__module__)
            for name, member in vars(klass).items():
                if name.startswith("_") and name not in ("__init__", "__call__", "__enter__", "__iter__"):
                    continue
                if isinstance(member, property):
                    member = member.fget
                elif isinstance(member, (staticmethod, classmethod)):
                    member = member.__func__
                if inspect.isfunction(member):
                    self.function(member, f"{where}.{name}", owner=cls)


def main() -> None:
    walker = Walker()
    for module in public_modules():
        names = getattr(module, "__all__", None)
        if names is None:
            names = [
                n for n, v in vars(module).items() if not n.startswith("_") and inspect.getmodule(v) is module
            ]
        for name in names:
            value = getattr(module, name)
            where = f"{module.__name__}.{name}"
            if inspect.isclass(value) and is_facade_class(value):
                walker.cls(value, where)
            elif inspect.isfunction(value) and value.__module__.startswith("ory_facade"):
                walker.function(value, where)
            elif is_model(value):
                walker.found.setdefault(value.__name__, where)
    print(json.dumps(walker.found, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
