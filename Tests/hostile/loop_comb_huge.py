# expect: limit
# math.comb with a result of millions of digits.
import math
print(math.comb(10**7, 5 * 10**6) % 10)
