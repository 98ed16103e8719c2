import math

x = 1
s = f"value }"
