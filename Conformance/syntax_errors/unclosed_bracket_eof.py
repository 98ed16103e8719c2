import math

x = 0
items = [1, 2,
         3, 4
