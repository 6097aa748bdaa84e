"""Time: due dates and business days, reminders and escalations, the weekly digest. The database is the
schedule: due times are rows that jobs claim."""
