# Generator expressions are lazy and single-use
gen = (n * n for n in range(5))
print(type(gen).__name__)
print(next(gen), next(gen))
print(list(gen))
print(list(gen))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
print(any(n > 3 for n in [1, 2, 5]), all(n > 0 for n in [1, 2, -1]), all(x for x in []))
print(sorted(c for c in "generator" if c not in "aeiou"))
print(tuple(x for x in "abc"), set(x % 2 for x in range(5)), dict((x, x * 2) for x in range(3)))
print("-".join(str(i) for i in range(5)), min((len(s), s) for s in ["pear", "fig", "kiwi"]))
log = []
def noisy(x):
    log.append(x)
    return x
lazy = (noisy(x) for x in range(10))
print(log)
first_big = next(v for v in lazy if v > 3)
print(first_big, log)
print(next(lazy), log[-1])
evens = (x for x in range(10) if x % 2 == 0)
doubled = (x * 2 for x in evens)
print(list(doubled), list(evens))
total = sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6]))
print(total)
print(sum(1 for line in "a\nb\n\nc".splitlines() if line))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen2 = (x for x in [1, 2])
print(next(gen2), next(gen2), next(gen2, "done"))
try:
    next(gen2)
except StopIteration as e:
    print(type(e).__name__, repr(e))
