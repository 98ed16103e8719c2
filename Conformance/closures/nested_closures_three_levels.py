def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2


print(level1(1)(10)(100))
add_1_10 = level1(1)(10)
print(add_1_10(0), add_1_10(5))


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x

    result = middle()
    return result, x


print(outer())


def shadow():
    v = 1

    def mid():
        v = 2

        def inn():
            nonlocal v
            v += 10
            return v
        return inn(), v

    return mid(), v


print(shadow())

