# expect: limit
# An infinite loop doing arithmetic (a growing int that stays small enough not to hit memory first).
n = 0
while True:
    n = (n + 1) % 1000003
