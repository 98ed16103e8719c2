def retry(times, exceptions=(Exception,)):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise last
        return wrapper
    return decorator


calls = {"n": 0}


@retry(3, exceptions=(ConnectionError,))
def flaky_fetch(url):
    calls["n"] += 1
    if calls["n"] < 3:
        raise ConnectionError(f"refused ({calls['n']})")
    return f"content of {url}"


print(flaky_fetch("http://x"))


@retry(2)
def always_fails():
    raise ValueError("nope")


try:
    always_fails()
except ValueError as e:
    print("final:", type(e).__name__, e)


@retry(5, exceptions=(KeyError,))
def wrong_error():
    raise TypeError("not retried")


try:
    wrong_error()
except TypeError as e:
    print("passed through:", e)
