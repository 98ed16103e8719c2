import functools


def timed_label(label):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            return f"[{label}] {result}"
        return wrapper
    return decorator


@timed_label("calc")
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__doc__)
print(add.__annotations__)
print(add.__wrapped__(2, 3))
print(add.__qualname__)


def plain(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper


@plain
def sub(a, b):
    """Subtract."""
    return a - b


print(sub.__name__, sub.__doc__, hasattr(sub, "__wrapped__"))
