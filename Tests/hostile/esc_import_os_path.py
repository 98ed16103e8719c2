# expect: error:ModuleNotFoundError
# Dotted import of os.path to list the home directory.
import os.path
print(os.path.expanduser('~'))
