"""Publishing: what leaves the office's machine, and how."""
