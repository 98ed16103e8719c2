# expect: limit
# The simplest hang: an empty infinite loop must be stopped by fuel or the time limit.
while True:
    pass
