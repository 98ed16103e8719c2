# bool is a subclass of int
flags = [True, False, True, True, False]
print(sum(flags), flags.count(True), len(flags) - sum(flags))
print(True + 1, True * 2.5, False ** 0, True / 2, True // 2)
print(-True, +True, ~False, abs(-True))
print(int(True), float(False), str(True), repr(False))
print(True == 1, True == 1 == 1.0, hash(True) == hash(1))
d = {1: "one", True: "true", 1.0: "float"}
print(d, len(d))
s = {0, False, 0.0}
print(s, len(s))
print(bool(0), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool(10**100), bool(0j), bool(range(0)))
votes = ["y", "n", "y", "y", "n", "y"]
yes = sum(v == "y" for v in votes)
print(f"yes={yes} no={len(votes) - yes} pass={yes * 2 > len(votes)}")
print(True and 5, False or "x", 0 or [] or "last", 3 and 0 and 9)
print(type(True + True).__name__, type(True & True).__name__, type(True & 1).__name__)
print(isinstance(True, int), isinstance(1, bool), type(1) is int)
print([x for x in range(10) if x % 3 == 0] * True)
print("abc" * False, [1, 2] * True)
