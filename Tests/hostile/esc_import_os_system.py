# expect: error:ModuleNotFoundError
# import os and run a shell command.
import os
os.system('id')
