name = "global"


def outer():
    name = "enclosing"

    def inner():
        name = "local"
        return name

    def inner_no_local():
        return name

    return inner(), inner_no_local()


print(outer())
print(name)


def enclosing_then_global():
    def inner():
        return name
    return inner()


print(enclosing_then_global())


def param_shadows(name="param"):
    def inner():
        return name
    return inner()


print(param_shadows(), param_shadows("arg"))


def for_loop_leaks():
    for idx in range(3):
        pass
    return idx


print(for_loop_leaks())


def except_var_cleared():
    e = "before"
    try:
        raise ValueError("boom")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return f"{type(err).__name__}: {err}"


print(except_var_cleared())
