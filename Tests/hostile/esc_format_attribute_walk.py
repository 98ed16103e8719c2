# expect: error:AttributeError
# str.format walks attributes: the classic format-string leak.
class C:
    def __init__(self):
        pass

print('{0.__init__.__globals__}'.format(C()))
