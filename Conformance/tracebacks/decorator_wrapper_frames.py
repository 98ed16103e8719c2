def logged(fn):
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


def validated(fn):
    def wrapper(*args):
        if any(a is None for a in args):
            raise TypeError(f"{fn.__name__} got None argument")
        return fn(*args)
    return wrapper


@logged
@validated
def ratio(a, b):
    return a / b


print(ratio(6, 3))
print(ratio(1, 0))
