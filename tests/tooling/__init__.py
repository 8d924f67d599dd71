"""Tests of the spec-first toolchain itself: Spectral rules, breaking-change reports, handler
stubs. Slow (each runs node or a project copy): `make test` runs them, `make check` does not."""
