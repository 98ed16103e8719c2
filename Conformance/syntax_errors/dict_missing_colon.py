import math

x = 1
d = {'a': 1, 'b' 2}
