level = "module"


def outer():
    level = "outer-local"

    def inner():
        global level
        level = "set by inner"
        return level

    r = inner()
    return r, level


print(outer())
print(level)

registry = []


def register(name):
    global registry
    registry = registry + [name]


register("a")
register("b")
print(registry)


def counter():
    global calls
    try:
        calls += 1
    except NameError:
        calls = 1
    return calls


print(counter(), counter(), counter())


def bad_nonlocal_target():
    def inner():
        global missing_global
        return missing_global
    return inner()


bad_nonlocal_target()
