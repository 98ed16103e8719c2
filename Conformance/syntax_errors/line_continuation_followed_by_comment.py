import math

x = 1
y = x + \  # comment
    2
