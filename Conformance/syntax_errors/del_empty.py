import math

x = 1
del
