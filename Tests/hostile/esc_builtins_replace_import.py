# expect: any-error
# Replace the import hook in the builtins namespace, then import through it.
b = globals()['__builtins__']
real = b['__import__'] if isinstance(b, dict) else b.__import__

def hook(name, *args):
    return real('os' if name == 'math' else name, *args)

if isinstance(b, dict):
    b['__import__'] = hook
else:
    b.__import__ = hook
import math
math.system('id')
