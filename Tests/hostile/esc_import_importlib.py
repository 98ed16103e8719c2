# expect: error:ModuleNotFoundError
# importlib to load os by name.
import importlib
os = importlib.import_module('os')
os.system('id')
