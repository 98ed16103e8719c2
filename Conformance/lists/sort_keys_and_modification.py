# sorted()/list.sort() with int, float and str keys (stable, reverse keeps ties in order), mixed keys,
# and a list changed while it is being sorted.
people = [("bo", 3), ("al", 1), ("cy", 3), ("di", 2), ("ed", 1)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1] * 0.5))
print(sorted(["b", "a", "B", "é", "e", "ab", "", "Z", "e\u0301"]))
print(sorted(["b", "a", "B", "é", "e"], reverse=True))
print(sorted([3, 1.5, True, 2, -1]))
print(sorted([2.5, -0.0, 0.0, 1e300, -1e300]))
words = ["pear", "fig", "apple", "kiwi", "date"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)

data = [5, 3, 1, 4]


def meddle(x):
    data.append(x)
    return x


try:
    data.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e)
print(len(data) >= 4)
