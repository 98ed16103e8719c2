def two(a, b):
    return a + b


def one_default(a, b=1):
    return a + b


def kwonly(*, key):
    return key


def nothing():
    return None


text = "abc"
cases = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, b=2, c=3),
    lambda: two(1, a=2),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: kwonly(1),
    lambda: kwonly(),
    lambda: nothing(1),
    lambda: nothing(x=1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: text(),
    lambda: nothing()(),
]

for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)


class Widget:
    def resize(self, w, h):
        return w * h


try:
    Widget().resize(1)
except TypeError as e:
    print(type(e).__name__, e)

try:
    Widget.resize(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
