"""Mail in and out: the IMAP session (fetch by UID, move; no policy), an inbound message as a value, every
outgoing email built from its templates, and the outbox that sends, records and retries them."""
