def inner():
    yield "a"
    yield "b"
    return "inner-done"


def outer():
    result = yield from inner()
    yield f"inner returned {result}"
    yield from range(2)
    yield from ["x", "y"]


print(list(outer()))


def flatten(tree):
    for node in tree:
        if isinstance(node, (list, tuple)):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, (3, [4])], [], 5])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (None,))))


def walk(d, prefix=""):
    for k in sorted(d):
        path = f"{prefix}/{k}"
        if isinstance(d[k], dict):
            yield from walk(d[k], path)
        else:
            yield path, d[k]


fs = {"etc": {"hosts": 1, "conf": {"a": 2}}, "tmp": 3}
for p, v in walk(fs):
    print(p, v)
