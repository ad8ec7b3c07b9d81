"""What one user may do, in numbers: read by the services that enforce the limits and by the
bot that explains them (a leaf module: no imports)."""

# A shortlist is a working list for one campaign; past this it is an export, not a list.
MAX_SHORTLIST = 200

# Contact requests: a brand asks each creator once at a time; after a "no" it waits before
# asking that creator again; and no brand can message more creators a day than a careful
# campaign would (the rest is spam the creators would have to decline one by one).
CONTACT_REQUESTS_PER_DAY = 20
DECLINE_COOLDOWN_DAYS = 30

# A person refining a brief sends a few a minute; more than this is a script or a stuck client
# (➕ pages count too: each is a search).
BRIEFS_PER_MINUTE = 12
# Finishing a registration takes a few minutes; restarting it more often than this is a script.
REGISTRATIONS_PER_HOUR = 6
