# expect: error:AttributeError
# __import__ of os, then a shell command.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
os = __import__('os')
os.system('id')
