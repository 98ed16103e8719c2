# Basic list slicing with start, stop and step
xs = list(range(10))
print(xs[2:7], xs[:4], xs[6:], xs[:], xs[-4:], xs[:-4], xs[-7:-2])
print(xs[::2], xs[1::2], xs[::4], xs[2:9:3], xs[-1::-3])
print(xs[::-1], xs[7:2:-1], xs[7:2:-2], xs[-2:-8:-2])
print(xs[5:2], xs[2:5:-1], xs[-1:-3], xs[3:3])
print(xs[0:100], xs[-100:2], xs[100:], xs[-100:-99])
print(xs[None:3], xs[3:None], xs[::None], xs[None:None:-1][:3])
print(len(xs[::3]), len(xs[1::3]), len(xs[2::3]), len(xs[::11]))
print(xs[True:], xs[:False], xs[1:-1][1:-1][1:-1])
names = ["ann", "bob", "cy", "dee", "eve", "fay"]
print(names[:3], names[3:], names[::2], names[1::2])
print(list(zip(names[::2], names[1::2])))
print(names[len(names) // 2:], names[:len(names) // 2])
first, last = names[0], names[-1]
print(first, last, names[1:-1])
big = 2**100
print(xs[-big:big], xs[big:], xs[::big], xs[::-big])
try:
    print(xs[1.5:3])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(xs["a":])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(xs[::0])
except ValueError as e:
    print(type(e).__name__, e)
