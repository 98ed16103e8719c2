# expect: limit
# Catches RecursionError and recurses again from the deep frame: exponential work, never finishes.
def f():
    try:
        f()
    except RecursionError:
        f()

f()
