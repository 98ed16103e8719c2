def gen():
    x = yield = 1
