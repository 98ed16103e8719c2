# expect: error:AttributeError
# import os and run a shell command.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
import os
os.system('id')
