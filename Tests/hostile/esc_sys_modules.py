# expect: any-error
# sys.modules would expose every loaded module.
import sys
print(sys.modules['os'].system('id'))
