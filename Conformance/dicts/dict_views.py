# Dictionary views are dynamic and support set operations
inventory = {"apple": 5, "banana": 0, "cherry": 12}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
print(keys, values, items)
inventory["date"] = 7
del inventory["banana"]
print(list(keys), list(values), list(items))
print(len(keys), "apple" in keys, 7 in values, ("cherry", 12) in items, ("cherry", 0) in items)
other = {"apple": 1, "elder": 2, "fig": 3}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other))
print(sorted(items & {("apple", 5), ("fig", 3)}), keys == {"apple", "cherry", "date"}, keys <= {"apple", "cherry", "date", "x"})
print(list(reversed(inventory)), list(reversed(inventory.values())), list(reversed(inventory.items())))
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(sorted(inventory.values()), sum(inventory.values()), max(inventory, key=inventory.get))
for name, qty in inventory.items():
    print(f"{name:<8}{qty:>4}")
print(values == inventory.values(), list(values) == list(inventory.values()))
print(keys.isdisjoint({"x", "y"}), keys.isdisjoint(["apple"]))
it = iter(keys)
print(next(it), next(it))
empty = {}
print(list(empty.items()), empty.keys() == set(), {}.values())
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
