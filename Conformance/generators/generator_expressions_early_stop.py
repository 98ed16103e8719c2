def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i


first_big = next(x for x in noisy(10) if x > 2)
print("first_big", first_big)

missing = next((x for x in range(5) if x > 100), None)
print("missing", missing)

print(any(x > 1 for x in noisy(10)))
print(all(x < 1 for x in noisy(10)))

words = ["alpha", "beta", "gamma", "delta"]
print(next(w for w in words if w.startswith("g")))
print(sum(len(w) for w in words))
print(max((len(w), w) for w in words))
print(sorted((w[::-1] for w in words), key=len))

squares = (n * n for n in range(5))
print(3 in squares)
print(list(squares))

gen = (x for x in [1, 2, 3])
print(list(gen), list(gen))
print(dict((w, len(w)) for w in words[:2]))

try:
    next(x for x in [] if x)
except StopIteration as e:
    print(type(e).__name__, repr(e))
