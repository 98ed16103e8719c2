// The `dataclasses` module, written in Python and compiled on first import (see `makePythonModule`):
// dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, MISSING and
// KW_ONLY. CPython generates `__init__` and friends as source text and execs it; Monty has no exec, so
// the generated methods here are generic closures over the class's field list. Not supported: InitVar,
// ClassVar detection, `slots=True` (accepted and ignored), `match_args=False`, `weakref_slot`.

extension Interpreter {
  static let dataclassesSource = #"""
class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type) + ",default=" + repr(self.default)
                + ",default_factory=" + repr(self.default_factory) + ",init=" + repr(self.init)
                + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash) + ",compare=" + repr(self.compare)
                + ",metadata=" + repr(self.metadata) + ",kw_only=" + repr(self.kw_only) + ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def _copy_value(value, convert):
    if _is_dataclass_instance(value):
        return convert(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_copy_value(v, convert) for v in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_value(v, convert) for v in value)
    if isinstance(value, dict):
        return type(value)((_copy_value(k, convert), _copy_value(v, convert)) for k, v in value.items())
    return value


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def convert(o):
        return dict_factory([(f.name, _copy_value(getattr(o, f.name), convert)) for f in fields(o)])

    return convert(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def convert(o):
        return tuple_factory([_copy_value(getattr(o, f.name), convert) for f in fields(o)])

    return convert(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def _names_text(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, init_fields, frozen, has_post_init):
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    required_positional = [f for f in positional if f.default is MISSING and f.default_factory is MISSING]
    by_name = {f.name: f for f in init_fields}
    prefix = cls.__qualname__ + ".__init__()"

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            count = len(positional) + 1
            required = len(required_positional) + 1
            takes = str(count) if required == count else "from " + str(required) + " to " + str(count)
            given = len(args) + 1
            raise TypeError(prefix + " takes " + takes + " positional argument" + ("" if count == 1 else "s")
                            + " but " + str(given) + (" was" if given == 1 else " were") + " given")
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for name, value in kwargs.items():
            if name not in by_name:
                raise TypeError(prefix + " got an unexpected keyword argument " + repr(name))
            if name in values:
                raise TypeError(prefix + " got multiple values for argument " + repr(name))
            values[name] = value
        for group, kind in ((positional, "positional"), (keyword_only, "keyword-only")):
            missing = [f.name for f in group
                       if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
            if missing:
                raise TypeError(prefix + " missing " + str(len(missing)) + " required " + kind + " argument"
                                + ("" if len(missing) == 1 else "s") + ": " + _names_text(missing))
        for f in init_fields:
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                value = f.default
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        for f in cls.__dataclass_fields__.values():
            if not f.init and f.default_factory is not MISSING:
                object.__setattr__(self, f.name, f.default_factory())
        if has_post_init:
            self.__post_init__()

    __init__.__qualname__ = cls.__qualname__ + ".__init__"
    return __init__


def _make_repr(shown):
    def __repr__(self):
        parts = [f.name + "=" + repr(getattr(self, f.name)) for f in shown]
        return type(self).__qualname__ + "(" + ", ".join(parts) + ")"
    return __repr__


def _make_eq(compared):
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, f.name) for f in compared) == tuple(getattr(other, f.name) for f in compared)
    return __eq__


def _make_order(compared, name):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        mine = tuple(getattr(self, f.name) for f in compared)
        theirs = tuple(getattr(other, f.name) for f in compared)
        if name == "__lt__":
            return mine < theirs
        if name == "__le__":
            return mine <= theirs
        if name == "__gt__":
            return mine > theirs
        return mine >= theirs
    compare.__name__ = name
    return compare


def _make_hash(hashed):
    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))
    return __hash__


def _make_frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field " + repr(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field " + repr(name))
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value_name = getattr(value, "__name__", None)
    if value_name is not None and value_name != name:
        value.__name__ = name
    if hasattr(value, "__qualname__"):
        value.__qualname__ = cls.__qualname__ + "." + name
    setattr(cls, name, value)
    return False


def _process_class(cls, init, make_repr, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dict__.get("__dataclass_frozen__", False):
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    field_kw_only = kw_only
    for name, type_ in annotations.items():
        if type_ is KW_ONLY or type_ == "KW_ONLY" or type_ == "dataclasses.KW_ONLY":
            field_kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        if f.kw_only is MISSING:
            f.kw_only = field_kw_only
        if f.default_factory is MISSING and isinstance(f.default, (list, dict, set)):
            raise ValueError("mutable default " + str(type(f.default)) + " for field " + name
                             + " is not allowed: use default_factory")
        own_fields.append(f)

    for f in own_fields:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr(name) + " is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_frozen__ = frozen
    field_list = list(all_fields.values())
    init_fields = [f for f in field_list if f.init]

    if init:
        seen_default = None
        for f in init_fields:
            if f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = f
            elif seen_default is not None:
                raise TypeError("non-default argument " + repr(f.name) + " follows default argument")
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__", _make_init(cls, init_fields, frozen, has_post_init))

    if make_repr:
        _set_new_attribute(cls, "__repr__", _make_repr([f for f in field_list if f.repr]))

    compared = [f for f in field_list if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_eq(compared))

    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name in ("__lt__", "__le__", "__gt__", "__ge__"):
            if _set_new_attribute(cls, name, _make_order(compared, name)):
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__
                                + ". Consider using functools.total_ordering")

    if frozen:
        setter, deleter = _make_frozen_methods(cls, tuple(all_fields))
        for name, method in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, method):
                raise TypeError("Cannot overwrite attribute " + name + " in class " + cls.__name__)

    has_explicit_hash = "__hash__" in cls.__dict__ and not (eq and cls.__dict__["__hash__"] is None)
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)
        cls.__hash__ = _make_hash(hashed)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hashed)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)
"""#
}
