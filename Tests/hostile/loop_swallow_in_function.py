# expect: limit
# The swallowing handler sits in a function called from an outer infinite loop.
def spin():
    try:
        while True:
            pass
    except BaseException as e:
        return e

while True:
    spin()
