# Comparison, concatenation, repetition and membership
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "abc" == "abc")
print("Zebra" < "apple", "10" < "9", "abc" <= "abd", "b" > "abc")
print(sorted(["b10", "b9", "a", "B", "_x", "1"]))
print("ab" * 3, 3 * "xy", "x" * 0, "x" * -2, "-" * 10)
print("abc" + "def", "" + "", "a" + "b" * 2)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = "hello"
t = s
s += " world"
print(s, t)
print("ell" in "hello", "" in "", "x" not in "hello", "H" in "hello")
print(max(["pear", "fig", "banana"]), min(["pear", "fig", "banana"]), max("pear", "fig", key=len))
print(len("hello" * 1000), ("ab" * 1000).count("ba"))
print(str.__name__, type("").__name__, isinstance("x", str))
print("a".__add__("b"), "ab".__mul__(2), "abc".__contains__("b"), "abc".__len__())
try:
    print("abc" < 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc" * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc" - "c")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 in "12345")
except TypeError as e:
    print(type(e).__name__, e)
