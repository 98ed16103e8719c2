x = 1
if:
    pass
