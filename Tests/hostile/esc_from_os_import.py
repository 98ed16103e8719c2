# expect: error:ModuleNotFoundError
# from-import of a function from os.
from os import popen
print(popen('id').read())
