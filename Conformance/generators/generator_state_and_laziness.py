log = []


def tracked(name, items):
    log.append(f"{name} created")
    for x in items:
        log.append(f"{name} -> {x}")
        yield x


g = tracked("g", [1, 2])
print(log)
print(next(g))
print(log)

doubled = (x * 2 for x in tracked("h", [10, 20, 30]))
print(log[-1])
print(next(doubled))
print(log[-1])

items = [1, 2, 3]
lazy = (x for x in items)
items.append(4)
print(list(lazy))

source = [1, 2, 3]
it = (x + 100 for x in source)
source = [7, 8]
print(list(it))


def gen_fn():
    yield 1


gf = gen_fn()
print(gf.__name__)
print(iter(gf) is gf)
zipped = zip(gen_fn(), "abc")
print(list(zipped))


def bad_gen():
    yield 1
    raise StopIteration("inside")


try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e)
