# Generator functions with yield and yield from
def countdown(n):
    print("start countdown", n)
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")
g = countdown(3)
print(type(g).__name__)
for v in g:
    print("tick", v)
print(list(countdown(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (), {"k": 1})))
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, [5]])], [], 6])))
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
print(list(take(3, fib())), list(take(5, "ab")))
def windowed(seq, n):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)
print(list(windowed(range(6), 3)))
def enumerate_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield i, line.strip()
print(list(enumerate_lines("alpha\n\n  beta \ngamma\n")))
