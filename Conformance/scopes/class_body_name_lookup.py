value = "global"


def make():
    value = "enclosing"

    class A:
        print("A body sees", value)
        value = "class-level"
        print("after assign", value)

        def method(self):
            return value

    class B:
        print("B body sees", value)

    return A


A = make()
print(A.value, A().method())


class Outer:
    name = "outer"

    class Nested:
        try:
            seen = name
        except NameError as e:
            seen = f"NameError: {e}"

    def method(self):
        try:
            return name
        except NameError as e:
            return f"{type(e).__name__}: {e}"


print(Outer.Nested.seen)
print(Outer().method())
print(Outer.Nested.__qualname__)
