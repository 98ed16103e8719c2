class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None)
        if exc_type is KeyError:
            raise RuntimeError(f"lock {self.name} released after failure") from exc
        return False


def update(table, key):
    with Lock("table"):
        table[key] += 1
    return table


print(update({"hits": 1}, "hits"))
update({"hits": 1}, "misses")
