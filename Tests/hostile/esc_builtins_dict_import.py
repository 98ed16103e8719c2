# expect: any-error
# globals()['__builtins__'] is a module in CPython's __main__ and a dict elsewhere; handle both.
b = globals()['__builtins__']
imp = b['__import__'] if isinstance(b, dict) else b.__import__
os = imp('os')
os.system('id')
