"""Provenance of this generated package (written by scripts/generate.py)."""

API_VERSION = 'v26.2.0'
SPEC_SHA256 = '8f6d4ce44f5ea98dd65b3db05a728c223f8f48cf7265b7ccc2680367993a138c'
CONFIG_SHA256 = '4d5b0e4518a4042e6619edeeb3b1a7535fe2515e0acaffbe212e864d74a4bbb2'
TEMPLATES_SHA256 = '45ccf4c0eaa9c5a2116620cc8b332aa26dc994c8aa6834c8a57bdb30c11d2691'
GENERATOR = 'openapi-python-client 0.29.1'
RUFF = 'ruff 0.17.6'
