# try/except in a loop: raising and catching ValueError (and TypeError), with
# else/finally, `as e`, bare re-raising, int() parsing errors and ZeroDivisionError.


def parse_item(text):
    if not text:
        raise TypeError("empty")
    if text[0] == "-":
        raise ValueError("negative: " + text)
    return int(text)


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return 0


def process(items):
    good = 0
    bad = 0
    empty = 0
    cleanups = 0
    for item in items:
        try:
            value = parse_item(item)
        except TypeError:
            empty += 1
        except ValueError as e:
            bad += len(str(e))
        else:
            good += value
        finally:
            cleanups += 1
    return good, bad, empty, cleanups


def validate(n):
    if n % 7 == 0:
        raise ValueError("multiple of seven")
    return n


def wrapper(n):
    try:
        return validate(n)
    except ValueError:
        raise


def main():
    words = ["12", "", "-4", "x9", "300", "7", "-", "42abc", "0"]
    items = [words[i % len(words)] for i in range(800000)]
    good, bad, empty, cleanups = process(items)
    caught = 0
    total = 0
    for n in range(900000):
        try:
            total += wrapper(n)
        except ValueError:
            caught += 1
        total += checked_div(n, n % 4)
    print("good:", good, "bad:", bad, "empty:", empty, "cleanups:", cleanups)
    print("caught:", caught, "total:", total)


main()
