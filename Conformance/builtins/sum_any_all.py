# sum with start values; any/all short-circuit behaviour
print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1, 2], start=100))
print(sum([10**20, 1, -10**20]), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0.0, False, 3]))
print(any(x > 10 for x in [1, 20, 3]), all(isinstance(x, int) for x in [1, True, 2]))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5, 7]), calls)
calls.clear()
print(all(check(v) for v in [5, 4, 1, 9]), calls)
print(any("abc"), all(["a", ""]), any(set()), all({0: "x"}), any({0: "x", 1: "y"}))
orders = [{"paid": True, "amount": 20}, {"paid": False, "amount": 35}, {"paid": True, "amount": 5}]
print(sum(o["amount"] for o in orders if o["paid"]), all(o["amount"] > 0 for o in orders))
print(any(not o["paid"] for o in orders), sum(not o["paid"] for o in orders))
try:
    print(sum(["a", "b"], ""))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sum([1, "2"]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sum(5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(any(5))
except TypeError as e:
    print(type(e).__name__, e)
