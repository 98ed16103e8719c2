# expect: error:ModuleNotFoundError
# import ctypes to call libc directly.
import ctypes
ctypes.CDLL(None).system(b'id')
