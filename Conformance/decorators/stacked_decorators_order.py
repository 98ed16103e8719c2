def tag(name):
    def decorator(fn):
        print(f"applying {name}")

        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        return wrapper
    return decorator


@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s


print(text("hi"))


def bold(fn):
    return lambda *a: "**" + fn(*a) + "**"


def italic(fn):
    return lambda *a: "_" + fn(*a) + "_"


@italic
@bold
def title(s):
    return s.title()


@bold
@italic
def title2(s):
    return s.title()


print(title("stacked decorators"), title2("stacked decorators"))
print(title.__name__)
