import math

x = 1
f = async lambda: 1
