"""What one user may do, in numbers: read by the services that enforce the limits and by the
bot that explains them (a leaf module: no imports)."""

# A shortlist is a working list for one campaign; past this it is an export, not a list.
MAX_SHORTLIST = 200

# Contact requests: a brand asks each creator once at a time; after a "no" it waits before
# asking that creator again; and no brand can message more creators a day than a careful
# campaign would (the rest is spam the creators would have to decline one by one).
CONTACT_REQUESTS_PER_DAY = 20
DECLINE_COOLDOWN_DAYS = 30
