# min/max with key, default, and multiple arguments
nums = [3, -7, 2, 9, -1]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs))
print(min(3, 1, 2), max("apple", "fig", "banana"), max("apple", "fig", "banana", key=len))
print(min([], default=None), max([], default="empty"), max((), key=len, default=0))
print(min("hello"), max("hello"), min([[2], [1, 5], [1]]), max([(1, "b"), (1, "a")]))
words = ["kiwi", "fig", "banana", "date", "plum"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: (len(w), w)))
print(max([1, 2, 3, 2, 3], key=lambda v: v % 3), min([4, 1, 7], key=lambda v: -v))
scores = {"ann": 88, "bob": 95, "cy": 95, "dee": 70}
print(max(scores, key=scores.get), min(scores, key=scores.get), max(scores.values()))
print(max(scores.items(), key=lambda kv: kv[1]), min(scores.items()))
print(max(range(10), key=lambda v: (v % 4, -v)), min(range(5, 0, -1)))
print(max(1, 2.5, True), min(-0.0, 0), max(0, -0.0), min([float("inf"), 10**40]))
print(max(iter([4, 8, 1])), min(x * x for x in range(-3, 3)))
errors = [lambda: max([]), lambda: min(()), lambda: max(1), lambda: min(1, "a"),
          lambda: max(), lambda: max([1], [2], default=0), lambda: min([], key=len)]
for fn in errors:
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
