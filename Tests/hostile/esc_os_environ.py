# expect: error:ModuleNotFoundError
# Reading the host environment.
import os
print(dict(os.environ))
