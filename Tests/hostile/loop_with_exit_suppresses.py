# expect: limit
# A context manager whose __exit__ returns True suppresses exceptions, but not limit errors.
class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True

while True:
    with Suppress():
        while True:
            pass
