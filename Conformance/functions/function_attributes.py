def handler(event, context=None):
    """Handle an incoming event."""
    return event


print(handler.__name__)
print(handler.__doc__)
print(handler.__defaults__)
print(handler.__code__.co_argcount)
print(callable(handler), callable(3))

handler.retries = 3
handler.tags = ["a", "b"]
print(handler.retries, handler.tags)
print(sorted(k for k in vars(handler)))


def no_doc():
    pass


print(no_doc.__doc__)

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@register
def alpha():
    return "A"


@register
def beta():
    return "B"


print(sorted(registry))
print([registry[k]() for k in sorted(registry)])

f = handler
print(f is handler, f.__name__)
print(type(handler).__name__)
print(repr(no_doc.__qualname__))
print(handler.missing_attr)
