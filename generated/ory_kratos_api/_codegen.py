"""Provenance of this generated package (written by scripts/generate.py)."""

API_VERSION = 'v26.2.0'
SPEC_SHA256 = '168839ff15316eb540bb298cf02f7f4e465a63132cd7f1d24ca16962ecf78cfb'
CONFIG_SHA256 = '4d5b0e4518a4042e6619edeeb3b1a7535fe2515e0acaffbe212e864d74a4bbb2'
TEMPLATES_SHA256 = '9e9f40cf44b6d1954c7fc75662423db81d428a504ab96a10e794c5927cc9502a'
GENERATOR = 'openapi-python-client 0.29.1'
RUFF = 'ruff 0.17.6'
