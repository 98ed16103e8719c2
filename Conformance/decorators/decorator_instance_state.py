class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0

    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)


@CountCalls
def square(x):
    return x * x


print([square(i) for i in range(5)])
print(square.count, type(square).__name__)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(30), len(ways.cache))
print(callable(square), callable(CountCalls))
square.count = "reset"
try:
    square(9)
except TypeError as e:
    print(type(e).__name__, e)
square.count = 0
print(square(9), square.count)
