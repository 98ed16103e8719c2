# expect: error:AttributeError
# A builtin module's loader can load other built-in modules (posix) in CPython.
import math
posix = math.__loader__.load_module('posix')
posix.system('id')
