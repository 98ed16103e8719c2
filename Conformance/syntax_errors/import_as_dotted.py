import os as o.p
