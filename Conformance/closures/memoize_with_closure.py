def memoize(fn):
    cache = {}
    calls = {"miss": 0, "hit": 0}

    def wrapper(*args):
        if args in cache:
            calls["hit"] += 1
        else:
            calls["miss"] += 1
            cache[args] = fn(*args)
        return cache[args]

    wrapper.calls = calls
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(50))
print(fib.calls)


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(10, 10))
print(grid_paths.calls["miss"])

try:
    fib([1])
except TypeError as e:
    print(type(e).__name__, e)
