import functools


@functools.lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


print(edit_distance("kitten", "sitting"))
print(edit_distance("flaw", "lawn"))
info = edit_distance.cache_info()
print(info.hits > 0, info.misses > 0, info.maxsize)
edit_distance.cache_clear()
print(edit_distance.cache_info().currsize)
print(functools.reduce(lambda acc, x: acc * x, range(1, 6), 1))

try:
    edit_distance(["a"], "b")
except TypeError as e:
    print(type(e).__name__, e)
