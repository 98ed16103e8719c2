# Core list methods
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.insert(0, 2)
xs.insert(100, 6)
xs.insert(-1, 7)
xs.insert(-100, 0)
print(xs, len(xs))
print(xs.index(1), xs.index(1, 3), xs.count(1), xs.count(42))
xs.remove(1)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
ys = xs.copy()
ys.append("new")
print(xs, ys)
ys.clear()
print(ys, len(ys))
zs = [5, 3, 8, 1]
result = zs.sort()
print(result, zs)
result = zs.reverse()
print(result, zs)
print(zs.index(5, -3), [None, None].count(None))
words = ["x"]
words.extend("abc")
words.extend(range(2))
words.extend((("t",),))
print(words)
print(list(), list("hi"), list(range(3)), list((1, 2)), list({"k": 1}))
for bad in [lambda: xs.index(99), lambda: [].pop(), lambda: [1].pop(5), lambda: xs.remove("z"),
            lambda: xs.insert("0", 1), lambda: xs.extend(5), lambda: xs.index(1, 0, 1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
