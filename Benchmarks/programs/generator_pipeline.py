# Chained generator functions and generator expressions consumed by sum/any/all/max.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def only_odd(it):
    for x in it:
        if x % 2 == 1:
            yield x


def take(it, n):
    count = 0
    for x in it:
        if count >= n:
            return
        yield x
        count += 1


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def main():
    n = 1500000
    total = sum(only_odd(squares(numbers(n))))
    limited = sum(x % 1000 for x in take(squares(numbers(n)), n // 2))
    has_big = any(x > 10 ** 11 for x in squares(numbers(n)))
    all_small = all(x < n for x in numbers(n))
    window_max = max(a + b + c for a, b, c in windows(numbers(n), 3))
    evens = sum(1 for x in (y * 3 for y in numbers(n)) if x % 2 == 0)
    nested = sum(sum(j for j in range(i % 10)) for i in numbers(n // 3))
    print("sum odd squares:", total % 1000000007)
    print("limited:", limited, "has_big:", has_big, "all_small:", all_small)
    print("window max:", window_max, "evens:", evens, "nested:", nested)


main()
