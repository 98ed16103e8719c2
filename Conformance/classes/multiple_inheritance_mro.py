class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print(Child().hello())
print([c.__name__ for c in Child.__mro__])


class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {sorted(vars(self))}>"


class User(JsonMixin, ReprMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age


u = User("ann", 30)
print(u.to_json())
print(repr(u))
print(isinstance(u, JsonMixin), isinstance(u, ReprMixin))

try:
    class Bad(Left, Base, Right):
        pass
except TypeError as e:
    print(type(e).__name__, e)
