# Set comprehensions (string results are sorted before printing)
nums = [1, 2, 2, 3, 3, 3, 4, 5, 5, 6]
print({n for n in nums}, {n % 3 for n in nums}, {n * n for n in nums if n % 2})
words = "The quick brown fox jumps over the lazy dog The end".split()
print(sorted({w.lower() for w in words}))
print(sorted({len(w) for w in words}))
print(sorted({w[0].lower() for w in words}))
print(sorted({c for w in words for c in w.lower() if c in "aeiou"}))
emails = ["a@x.com", "b@Y.com", "c@x.com", "d@z.org", "e@y.COM"]
domains = {e.split("@")[1].lower() for e in emails}
print(sorted(domains), len(domains))
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
print({x for x in range(10)} - {x for x in range(0, 10, 3)})
pyth = {(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c}
print(sorted(pyth))
seen = set()
dupes = {x for x in nums if x in seen or seen.add(x)}
print(dupes, seen)
primes = {n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))}
print(sorted(primes))
print(type({x for x in ""}).__name__, {x for x in ""}, {() for _ in range(3)})
