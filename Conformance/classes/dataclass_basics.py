from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


@dataclass(frozen=True, order=True)
class Coord:
    x: int
    y: int


a = Item("pen", 1.5, 4)
b = Item("book", 12.0)
print(a)
print(b.total(), a.total())
print(a == Item("pen", 1.5, 4), a == b)
b.tags.append("paper")
print(b.tags, Item("x", 0).tags)

coords = [Coord(2, 1), Coord(1, 5), Coord(1, 2)]
print(sorted(coords))
print(Coord(1, 2) in {Coord(1, 2)})
try:
    coords[0].x = 10
except Exception as e:
    print(type(e).__name__, e)
try:
    Item("only-name")
except TypeError as e:
    print(type(e).__name__, e)
