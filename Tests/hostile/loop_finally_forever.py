# expect: limit
# A finally block that never ends, entered by an ordinary exception.
try:
    raise ValueError("start")
finally:
    while True:
        pass
