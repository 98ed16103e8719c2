import math

import contextlib
with contextlib.nullcontext() as 1:
    pass
