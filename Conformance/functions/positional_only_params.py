def clamp(value, /, low=0, high=10):
    return max(low, min(high, value))


print(clamp(5))
print(clamp(-3))
print(clamp(42, high=40))
print(clamp(7, 8, 9))

try:
    clamp(value=3)
except TypeError as e:
    print(type(e).__name__, e)


def pos_and_kw(a, b, /, c, *, d):
    return (a, b, c, d)


print(pos_and_kw(1, 2, 3, d=4))
print(pos_and_kw(1, 2, c=3, d=4))

try:
    pos_and_kw(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

try:
    pos_and_kw(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)


def name_in_kwargs(name, /, **kwargs):
    return name, sorted(kwargs.items())


print(name_in_kwargs("x", name="y", other=1))
