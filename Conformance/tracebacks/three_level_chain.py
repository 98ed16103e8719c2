class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


def read_block(n):
    blocks = [b"\x00", b"\x01"]
    return blocks[n]


def read_file(n):
    try:
        return read_block(n)
    except IndexError as e:
        raise StorageError(f"block {n} unreadable") from e


def handle_request(n):
    try:
        return read_file(n)
    except StorageError:
        raise ServiceError("request failed")


print(handle_request(1))
handle_request(5)
