def process(item):
    try:
        return 10 / item
    except ZeroDivisionError:
        print("logging failure for", item)
        raise


for item in [2, 0]:
    try:
        print(process(item))
    except ZeroDivisionError as e:
        print("caller saw", type(e).__name__, e)


def reraise_modified():
    try:
        raise ValueError("original")
    except ValueError as e:
        e.args = ("modified",) + e.args
        raise


try:
    reraise_modified()
except ValueError as e:
    print(e.args)


def reraise_after_other():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise


try:
    reraise_after_other()
except Exception as e:
    print(type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
