def typed(*types):
    def decorator(fn):
        def wrapper(*args):
            if len(args) != len(types):
                raise TypeError(f"{fn.__name__} expects {len(types)} args, got {len(args)}")
            for i, (arg, t) in enumerate(zip(args, types)):
                if not isinstance(arg, t):
                    raise TypeError(
                        f"{fn.__name__} arg {i} must be {t.__name__}, not {type(arg).__name__}"
                    )
            return fn(*args)
        return wrapper
    return decorator


@typed(str, int)
def repeat(s, n):
    return s * n


print(repeat("ab", 3))
try:
    repeat("ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repeat(5, "x"))
