import math

xs = [1]
if 1 in not xs:
    pass
