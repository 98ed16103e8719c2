def make_gen_factory(limit):
    def gen():
        n = 0
        while n < limit:
            yield n
            n += 1
    return gen


g3 = make_gen_factory(3)
print(list(g3()), list(g3()))

multipliers = [(lambda x, m=m: x * m) for m in range(1, 4)]
print([f(10) for f in multipliers])


def pipeline(*stages):
    def run(items):
        for stage in stages:
            items = stage(items)
        return list(items)
    return run


def make_filter(pred):
    return lambda items: (x for x in items if pred(x))


def make_mapper(fn):
    return lambda items: (fn(x) for x in items)


threshold = 3
run = pipeline(make_filter(lambda x: x > threshold), make_mapper(lambda x: x * 100))
print(run(range(6)))
threshold = 0
print(run(range(6)))

gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
