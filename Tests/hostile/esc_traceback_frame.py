# expect: error:AttributeError
# An exception's traceback, to reach a frame and its globals.
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_globals)
