# expect: error:ModuleNotFoundError
# The builtins module, to reach the real open/__import__.
import builtins
print(builtins.open('/etc/passwd').read())
