# expect: error:ModuleNotFoundError
# import subprocess.
import subprocess
print(subprocess.check_output(['id']))
