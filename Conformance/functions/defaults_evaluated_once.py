def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safe(1))
print(append_safe(2))

counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot())
print(snapshot(counter))


def memo_fib(n, cache={0: 0, 1: 1}):
    if n not in cache:
        cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return cache[n]


print(memo_fib(30))
print(len(memo_fib.__defaults__[0]))


def kw_defaults(*, flags={}):
    flags["calls"] = flags.get("calls", 0) + 1
    return flags["calls"]


print(kw_defaults(), kw_defaults(), kw_defaults())
print(kw_defaults.__kwdefaults__)
