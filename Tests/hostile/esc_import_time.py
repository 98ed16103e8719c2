# expect: limit
# The clock is the host's to grant (HostPolicy; the CLI's default is the real clock). Reading it is
# harmless; sleeping past the run's time limit must fail at once, uncatchably, instead of hanging.
import time
print(type(time.time()).__name__, type(time.monotonic()).__name__)
try:
    time.sleep(10**6)
except BaseException:
    print("escaped the time limit")
print("escaped the time limit")
