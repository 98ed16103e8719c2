# expect: limit
# Tries to swallow the memory limit with a bare except and retry forever.
while True:
    try:
        x = [0] * 10**10
    except:
        pass
