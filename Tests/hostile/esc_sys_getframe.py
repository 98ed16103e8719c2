# expect: any-error
# sys._getframe to walk to the caller's globals.
import sys
print(sys._getframe(0).f_globals)
