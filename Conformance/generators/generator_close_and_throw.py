def worker():
    print("worker start")
    try:
        while True:
            try:
                job = yield
                print("processing", job)
            except ValueError as e:
                print("recovered from", repr(e))
    finally:
        print("worker cleanup")


w = worker()
next(w)
w.send("job1")
w.throw(ValueError("bad job"))
w.send("job2")
w.close()
print("closed")
w.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise


s = stubborn()
next(s)
s.close()


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"


bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print(type(e).__name__, e)
