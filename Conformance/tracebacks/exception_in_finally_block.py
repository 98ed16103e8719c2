class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def query(self, sql):
        if "DROP" in sql:
            raise PermissionError(f"{self.name}: statement not allowed")
        return f"rows for {sql!r}"

    def close(self):
        raise ConnectionError(f"{self.name}: close failed")


def run(sql):
    conn = Connection("primary")
    try:
        return conn.query(sql)
    finally:
        conn.close()


try:
    run("SELECT 1")
except ConnectionError as e:
    print("first run:", e)
run("DROP TABLE users")
