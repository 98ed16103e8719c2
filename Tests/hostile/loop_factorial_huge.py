# expect: limit
# math.factorial of 10**7: one builtin call with an enormous amount of work and a huge result.
import math
print(math.factorial(10**7) % 10)
