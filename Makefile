# `make demo` and `make test` on a fresh clone: each sets up what it needs (tools/dev.sh says how).
.PHONY: demo test

demo:
	@tools/dev.sh demo

test:
	@tools/dev.sh test
