def partial(fn, *bound_args, **bound_kwargs):
    def call(*args, **kwargs):
        merged = {**bound_kwargs, **kwargs}
        return fn(*bound_args, *args, **merged)
    return call


def log(level, msg, *, prefix="", suffix=""):
    return f"{prefix}[{level}] {msg}{suffix}"


info = partial(log, "INFO")
warn = partial(log, "WARN", prefix=">> ")
print(info("started"))
print(warn("disk low"))
print(warn("disk low", prefix="!! ", suffix="."))


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


volume = curry3(lambda l, w, h: l * w * h)
print(volume(2)(3)(4))
step = volume(10)
print(step(1)(1), step(2)(2))

try:
    info()
except TypeError as e:
    print(type(e).__name__, e)
