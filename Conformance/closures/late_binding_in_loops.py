funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

funcs = []
for i in range(4):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])

squares = [lambda: n * n for n in range(3)]
print([s() for s in squares])


def make(k):
    return lambda: k * k


squares = [make(n) for n in range(3)]
print([s() for s in squares])

callbacks = {}
for name in ["save", "load", "quit"]:
    def handler(name=name):
        return f"handling {name}"
    callbacks[name] = handler
print([callbacks[k]() for k in sorted(callbacks)])

x = 1
get_x = lambda: x
x = 2
print(get_x())

handlers = []
j = 0
while j < 3:
    handlers.append(lambda: j)
    j += 1
print([h() for h in handlers])
del j
try:
    handlers[0]()
except NameError as e:
    print(type(e).__name__, e)
