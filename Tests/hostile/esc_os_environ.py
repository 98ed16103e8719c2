# expect: error:AttributeError
# Reading the host environment.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
import os
print(dict(os.environ))
