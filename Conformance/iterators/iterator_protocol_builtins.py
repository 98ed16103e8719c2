# Builtins that consume or produce iterators
nums = [5, 3, 8, 1]
it = iter(nums)
print(iter(it) is it, type(it).__name__)
print(sorted(iter(nums)), list(reversed(sorted(iter(nums)))), tuple(iter(nums)), set(iter([1, 1, 2])))
print(dict(iter([("a", 1), ("b", 2)])), "".join(iter("abc")), max(iter(nums)), min(iter(nums)))
print(sum(iter(nums)), any(iter([0, 0, 1])), all(iter([])), len(list(iter(nums))))
print(list(enumerate(iter("ab"), 1)), list(zip(iter("ab"), iter([1, 2, 3]))))
print(list(map(lambda a, b: a + b, iter([1, 2]), iter([10, 20, 30]))))
a, b, *rest = iter(range(5))
print(a, b, rest)
print(*iter("xyz"), sep="+")
print([*iter([1, 2]), *iter((3,))], {*iter([4, 4, 5])}, {**dict(iter([("k", "v")]))})
def gen():
    yield 1
    yield 2
print(list(gen()), sum(gen()), sorted(gen(), reverse=True), dict.fromkeys(gen()))
g = gen()
print(next(g), list(g), list(g))
print(list(iter(list(iter([1, 2, 3])))))
s = "hello"
si = iter(s)
print(next(si), "".join(si))
try:
    len(iter([1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([1, 2])[0]
except TypeError as e:
    print(type(e).__name__, e)
