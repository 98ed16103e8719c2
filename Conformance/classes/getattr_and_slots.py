class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        if name in self._fields:
            return self._fields[name]
        raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")


r = Record(id=7, title="Report")
print(r.id, r.title)
try:
    r.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(r, "missing", None))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


s = Slotted(1)
s.b = 2
print(s.a, s.b)
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Slotted(1).b
except AttributeError as e:
    print(type(e).__name__, e)


class Empty:
    pass


e = Empty()
try:
    e.nothing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Empty.nothing
except AttributeError as err:
    print(type(err).__name__, err)
print(type(e).__name__, type(Empty).__name__, Empty.__name__)
