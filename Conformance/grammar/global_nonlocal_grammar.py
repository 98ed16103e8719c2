g1 = g2 = 0


def set_globals():
    global g1, g2
    g1, g2 = 1, 2


set_globals()
print(g1, g2)


def outer():
    a = b = 0

    def inner():
        nonlocal a, b
        a += 1
        b -= 1
        return a, b

    inner()
    return inner()


print(outer())


def use_before_global_line():
    global g1
    g1 = g1 * 10
    return g1


print(use_before_global_line(), g1)


class K:
    global g3
    g3 = "set from class body"


print(g3)


def nonlocal_loop():
    total = 0

    def add(n):
        nonlocal total
        total += n

    for i in range(5):
        add(i)
    return total


print(nonlocal_loop())
