def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"


print(greet("world"))
print(greet.__name__)
print(greet.__doc__)


def trace(fn):
    depth = [0]

    def wrapper(*args):
        print("  " * depth[0] + f"-> {fn.__name__}{args}")
        depth[0] += 1
        result = fn(*args)
        depth[0] -= 1
        print("  " * depth[0] + f"<- {result}")
        return result
    return wrapper


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(3)


def undecorated(x):
    return x * 2


manual = trace(undecorated)
print(manual(21))
