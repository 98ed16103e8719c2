def snapshot(a, b=2):
    c = a + b
    return sorted(locals().items())


print(snapshot(1))


def empty():
    return locals()


print(empty())

MODULE_CONST = 42
g = globals()
print(g["MODULE_CONST"])
g["DYNAMIC"] = "made via globals()"
print(DYNAMIC)


class Holder:
    a = 1
    b = a + 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))


print(Holder.snapshot)
print(vars(Holder)["b"])


def modifying_locals_has_no_effect():
    x = 1
    locals()["x"] = 2
    return x


print(modifying_locals_has_no_effect())
print(__name__)
