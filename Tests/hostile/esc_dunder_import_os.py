# expect: error:ModuleNotFoundError
# __import__ of os, then a shell command.
os = __import__('os')
os.system('id')
