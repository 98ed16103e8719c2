# Infinite generators consumed with explicit limits
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def cycle(seq):
    while True:
        for x in seq:
            yield x
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(take_while(lambda v: v < 20, count(1, 3))))
c = cycle("RGB")
print([next(c) for _ in range(8)])
p = primes()
print([next(p) for _ in range(15)])
for i, (label, n) in enumerate(zip(cycle(["even", "odd"]), count(10))):
    if i >= 5:
        break
    print(label, n)
def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(6)), len(list(collatz(27))))
squares = (n * n for n in count())
print(next(s for s in squares if s > 1000))
print(next(squares), next(squares))
ids = count(1000, 7)
tickets = {name: next(ids) for name in ["ann", "bob", "cy"]}
print(tickets, next(ids))
