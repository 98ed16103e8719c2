# expect: error:ModuleNotFoundError
# posix is os's C backend.
import posix
posix.system('id')
