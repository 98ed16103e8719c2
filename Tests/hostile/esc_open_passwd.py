# expect: error:FileNotFoundError|error:PermissionError
# Reading a host file.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
print(open('/etc/passwd').read())
