import math

x = 1
s = f"{"
print(s)
