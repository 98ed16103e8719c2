import math

a = [1]
*a
