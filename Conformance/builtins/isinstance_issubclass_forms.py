# isinstance() and issubclass() with classes, builtin types, bools, tuples of types, bad second arguments
# (including a bad type after a match in a tuple), and called through another name or with unpacking.
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1.0, (str, float)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(B, (int, A)), isinstance(None, type(None)), isinstance([], object))
for bad in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: isinstance(1, (int, 2)), lambda: isinstance(1, (2, int))]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
f = isinstance
print(f("s", str), isinstance(*[1, int]))
