# expect: memory
# Randomness is the host's to grant (HostPolicy; the CLI's default seeds from the OS). Drawing is
# harmless; a draw too big for the memory limit must fail before allocating.
import random
print(type(random.random()).__name__)
random.seed(1)
print(random.getrandbits(64))
random.getrandbits(2**31 - 1)
