def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(5, naturals()))
print(take(10, fibonacci()))

for f in fibonacci():
    if f > 1000:
        print("first fib over 1000:", f)
        break


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(take(12, primes()))


def cycle(items):
    while True:
        yield from items


colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])

gen = naturals()
print(next(gen), next(gen))
gen.close()
print(next(gen, "closed"))
