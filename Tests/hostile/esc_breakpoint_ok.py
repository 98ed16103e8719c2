# expect: ok
# breakpoint() must not open a debugger or read the terminal.
try:
    breakpoint()
except Exception:
    pass
print('after breakpoint')
