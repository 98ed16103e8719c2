import math

code = 'x = 1'
exec "code"
