"""Stages and the allowed moves between them (workflow, pure), commands by reply, reply tokens and sender
proof, and applying a decision to an application."""
