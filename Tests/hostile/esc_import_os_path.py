# expect: ok
# Dotted import of os.path to list the home directory.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
import os.path
print(os.path.expanduser('~'))
