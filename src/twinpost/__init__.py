"""twinpost: turn an account's posts into a small model that writes like them."""

__version__ = "0.1.0"
