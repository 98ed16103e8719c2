# expect: error:AttributeError
# Reading a closure cell directly.
def outer(secret):
    def inner():
        return secret
    return inner

print(outer('s').__closure__[0].cell_contents)
