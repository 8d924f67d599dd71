"""Fault injection, opt-in (`PHOTOS_FAULTS`): the seeded plan of failures and latencies (`plan`)
and the middleware that applies it to each request before any body is read (`middleware`).
"""
