# expect: limit
# If a limit error runs finally blocks, this one loops again; the run must still stop.
try:
    while True:
        pass
finally:
    while True:
        pass
