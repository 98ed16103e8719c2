x = [1, 2, 3]
y = x
z = [1, 2, 3]
print(x == z, x is z, x is y, x is not z, not x is z)
print(2 in x, 5 not in x, not 5 in x, "a" in "cat", "" in "abc")
print("k" in {"k": 1}, 1 in {"k": 1}, 1 in {1: "v"}.values() or "no")
print(None is None, None == None, type(None).__name__)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 == 1.0, 1 != 2 != 1)
a = 5
print(0 <= a < 10, 0 < a <= 4, a == 5 != 6 in [6])
print([1, 2] < [1, 2, 0], (1, "b") > (1, "a"), "abc" < "abd", "Z" < "a")
print([] == [], {} == {}, () == (), [] == (), {1, 2} == {2, 1}, {1} < {1, 2})
print(1 == True, 0 == False, 2 == True, 1.0 == 1, "1" == 1)
print(float("nan") in [float("nan")], [float("nan")] == [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], n == n)
print(max(1, 2, 3) == 3 or True)
print({"a": 1} == {"a": 1.0}, [[1]] == [[True]])
print(isinstance(x, list) and not isinstance(x, tuple))
try:
    print([1] < ["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} < [1])
except TypeError as e:
    print(type(e).__name__, e)
