import math

x = 1
y = 1e
