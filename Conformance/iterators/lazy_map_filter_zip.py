# map, filter and zip evaluate lazily and interleave side effects
trace = []
def f(x):
    trace.append(f"f({x})")
    return x * 10
def keep(x):
    trace.append(f"keep({x})")
    return x % 20 == 0
m = map(f, [1, 2, 3, 4])
print("created map, trace:", trace)
flt = filter(keep, m)
print("created filter, trace:", trace)
print("first:", next(flt))
print(trace)
print("rest:", list(flt))
print(trace)
trace.clear()
def src(name, n):
    for i in range(n):
        trace.append(f"{name}{i}")
        yield i
z = zip(src("a", 3), src("b", 2))
print(list(z))
print(trace)
trace.clear()
z = zip(src("b", 2), src("a", 3))
print(list(z))
print(trace)
numbers = iter(range(10))
small = map(lambda v: v * v, numbers)
print(next(small), next(small), next(numbers), next(small))
big = map(lambda v: v + 1, range(10**12))
print(next(big), next(big))
chained = filter(lambda v: v % 7 == 0, map(lambda v: v * 3, range(1, 10**9)))
print([next(chained) for _ in range(4)])
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), list(it))
it = iter("abcdefg")
print(list(zip(it, it, it)), list(it))
