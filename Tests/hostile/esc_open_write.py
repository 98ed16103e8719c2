# expect: error:FileNotFoundError|error:PermissionError
# Writing a host file.
# `os` and `open` exist but see only the host's mounts (none here); process and environment functions do not exist.
with open('/tmp/monty_hostile_pwned', 'w') as f:
    f.write('pwned')
print('wrote a file')
