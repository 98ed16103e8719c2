REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


def with_defaults(**defaults):
    def decorator(cls):
        original_init = cls.__init__

        def __init__(self, *args, **kwargs):
            for k, v in defaults.items():
                setattr(self, k, v)
            original_init(self, *args, **kwargs)
        cls.__init__ = __init__
        return cls
    return decorator


@register
@add_repr
@with_defaults(active=True, role="user")
class Account:
    def __init__(self, name):
        self.name = name


@register
class Admin(Account):
    def __init__(self, name):
        super().__init__(name)
        self.role = "admin"


print(sorted(REGISTRY))
print(Account("ann"))
print(REGISTRY["admin"]("root"))
print(REGISTRY["account"] is Account)
