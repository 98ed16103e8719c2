# expect: error:AttributeError
# A generator's frame, to walk back to the caller's globals.
def g():
    yield 1

it = g()
print(it.gi_frame.f_back.f_globals)
