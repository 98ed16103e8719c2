# expect: error:ImportError
# from-import of a function from os.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
from os import popen
print(popen('id').read())
