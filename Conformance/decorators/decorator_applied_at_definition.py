order = []


def note(label):
    order.append(f"factory {label}")

    def decorator(fn):
        order.append(f"decorate {fn.__name__} with {label}")
        return fn
    return decorator


@note("outer")
@note("inner")
def target():
    order.append("target called")


print(order)
target()
print(order[-1])


def replace_with_value(fn):
    return fn()


@replace_with_value
def config():
    return {"debug": True, "level": 3}


print(config, type(config).__name__)


def make_property_like(fn):
    return property(fn)


class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @make_property_like
    def area(self):
        return self.w * self.h


print(Box(3, 4).area)
print(config())
