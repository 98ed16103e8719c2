def count_up(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")


gen = count_up(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(list(gen))
print(list(gen))
print(next(gen, "exhausted"))


def empty():
    return
    yield


print(list(empty()))


def with_return():
    yield 1
    return "result"


g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value)

g2 = count_up(1)
for x in g2:
    print("got", x)
next(g2)
