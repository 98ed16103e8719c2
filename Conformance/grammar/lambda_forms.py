add = lambda a, b: a + b
inc = lambda x, step=1: x + step
variadic = lambda *args, **kwargs: (len(args), sorted(kwargs))
kwonly = lambda *, key="k": key
posonly = lambda a, /, b: (a, b)
noargs = lambda: "nothing"
nested = lambda x: lambda y: lambda z: x + y + z

print(add(2, 3), inc(5), inc(5, 10), inc(x=1, step=2))
print(variadic(1, 2, 3, z=1, a=2))
print(kwonly(), kwonly(key="other"))
print(posonly(1, b=2), noargs(), nested(1)(2)(3))
print((lambda: (yield_value := 5) * 2)())
print(sorted([(1, "b"), (2, "a"), (0, "c")], key=lambda t: t[1]))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print((lambda *a: a)(), (lambda **k: k)())
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)())
counter = (lambda: [0])()
bump = lambda: counter.__setitem__(0, counter[0] + 1) or counter[0]
print(bump(), bump(), bump())
print(type(add).__name__, add.__name__, add.__code__.co_argcount)
try:
    posonly(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
