# expect: limit
# `return` in finally discards the in-flight exception; a limit error must still end the run.
def f():
    try:
        while True:
            pass
    finally:
        return 1

while True:
    f()
