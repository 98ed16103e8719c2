def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc, reset, peek = make_counter()
print(inc(), inc(), inc())
print(peek())
reset()
print(peek(), inc())

inc2, _, peek2 = make_counter(100, 10)
print(inc2(), inc2(), peek2())
print(peek(), peek2())

print(inc.__closure__ is not None, len(inc.__closure__))
print(peek.__code__.co_freevars)
print(sorted(inc.__code__.co_freevars))
