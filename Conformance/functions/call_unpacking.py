def point(x, y, z=0):
    return f"Point({x}, {y}, {z})"


coords = [1, 2]
print(point(*coords))
print(point(*coords, 3))
print(point(*[1], *[2], z=5))

opts = {"y": 20, "z": 30}
print(point(10, **opts))
print(point(**{"x": 1, "y": 2}))
print(point(*(7,), **{"y": 8}))

try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print(type(e).__name__, e)

try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)

try:
    point(**{"x": 1, "y": 2}, **{"y": 3})
except TypeError as e:
    print(type(e).__name__, e)


def collect(*args, **kwargs):
    return args, kwargs


print(collect(*"abc", *range(2)))
print(collect(**{"a": 1}, b=2, **{"c": 3}))
print(collect(*{3: "x", 1: "y"}))
gen = (i * i for i in range(4))
print(collect(*gen))

try:
    point(1, 2, **{3: 4})
except TypeError as e:
    print(type(e).__name__, e)
