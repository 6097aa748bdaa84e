"""What an inbound message is and what to do with it: small named predicates, the ordered rule table and its
actions, the parse sandbox, and the poller that fetches, records, calls the table and files."""
