class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False


with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("suppressed:", repr(s.caught))

with Suppress(KeyError) as s:
    print("body ok")
print("caught:", s.caught)

try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)


class Transaction:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("begin")

    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")


log = []
with Transaction(log):
    log.append("write")
try:
    with Transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    log.append("handled")
print(log)

with Suppress(ZeroDivisionError), Suppress(IndexError) as inner:
    [][1]
print(type(inner.caught).__name__)
