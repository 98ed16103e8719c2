words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(max([3, 1, 2], default=0), max([], default="empty"))
print(min("x", "ab", key=len))
print(sum([1, 2, 3], start=10))
print(list(enumerate("abc", start=1)))
print(int("ff", base=16), int("101", 2))
print(round(3.14159, ndigits=2))
print("a-b-c".split(sep="-", maxsplit=1))
print(" x ".strip(), "a,b".replace(",", ";", 1))
print(dict(a=1, b=2))
print(dict([("x", 1)], y=2))
print(print("inner", end="!\n", sep="") is None)
print("a", "b", "c", sep="::")
print(pow(2, 10), pow(2, 10, 1000), pow(base=3, exp=2))
print(divmod(7, -2))
print(list(zip([1, 2, 3], "ab")))
print(isinstance(True, int), isinstance(1, (str, float)))

try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)

try:
    int("12", bas=10)
except TypeError as e:
    print(type(e).__name__, e)

try:
    max()
except TypeError as e:
    print(type(e).__name__, e)

try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
