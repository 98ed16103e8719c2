class Box:
    def __init__(self, value):
        self.value = value

box = Box(1)
import os
from __future__ import annotations
