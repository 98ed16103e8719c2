# expect: error:ModuleNotFoundError
# Randomness.
import random
print(random.random())
