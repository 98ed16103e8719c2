def no_nonlocal():
    count = 0

    def bump():
        count += 1
        return count

    return bump


try:
    no_nonlocal()()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def reads_fine():
    count = 5

    def read():
        return count + 1

    return read


print(reads_fine()())


def late_assignment():
    def inner():
        return value

    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = "now set"
    return inner()


print(late_assignment())


def rebinding_closure():
    fns = []
    item = "first"
    fns.append(lambda: item)
    item = "second"
    fns.append(lambda: item)
    return [f() for f in fns]


print(rebinding_closure())

