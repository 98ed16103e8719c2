# expect: error:ModuleNotFoundError
# The wall clock.
import time
print(time.time())
