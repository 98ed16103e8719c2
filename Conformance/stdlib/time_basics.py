# The time module's clocks (read through the host's clock policy; the CLI's default is the real clock).
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, type(time.time_ns()).__name__)
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b - a >= 0.01, time.perf_counter() <= time.perf_counter(), time.sleep(0))
for bad in [-1, "x", float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
