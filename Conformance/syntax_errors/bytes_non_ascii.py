import math

x = 1
data = b"café"
print(data)
