"""Persistence: the tables, the engine and sessions, schema migrations and the instance lock."""
