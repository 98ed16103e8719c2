# expect: limit
# Tries to swallow the time/fuel limit with `except BaseException` and keep running.
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
