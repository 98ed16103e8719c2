# expect: limit
# `continue` in a finally block discards the exception in CPython; it must not discard a limit error.
while True:
    try:
        x = 'x' * 10**10
    finally:
        continue
