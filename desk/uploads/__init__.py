"""Documents on their way out: the encrypted spool, the outbox and the upload destinations."""
