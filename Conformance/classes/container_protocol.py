class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, qty=1):
        self._items[name] = self._items.get(name, 0) + qty
        return self

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return any(self._items.values())

    def __contains__(self, name):
        return self._items.get(name, 0) > 0

    def __getitem__(self, name):
        if name not in self._items:
            raise KeyError(name)
        return self._items[name]

    def __setitem__(self, name, qty):
        self._items[name] = qty

    def __delitem__(self, name):
        del self._items[name]

    def __iter__(self):
        return iter(sorted(self._items))


inv = Inventory()
print(len(inv), bool(inv))
inv.add("apple", 3).add("pear").add("apple")
print(len(inv), bool(inv), inv["apple"])
print("pear" in inv, "kiwi" in inv, "kiwi" not in inv)
inv["kiwi"] = 0
print("kiwi" in inv, list(inv))
del inv["kiwi"]
print(list(inv), [inv[n] for n in inv])
try:
    inv["banana"]
except KeyError as e:
    print(type(e).__name__, e)

empty = Inventory()
empty["x"] = 0
print(bool(empty), len(empty))
if not empty:
    print("empty inventory is falsy")
