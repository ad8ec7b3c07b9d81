"""What one user may do, in numbers: read by the services that enforce the limits and by the
bot that explains them (a leaf module: no imports)."""

# A shortlist is a working list for one campaign; past this it is an export, not a list.
MAX_SHORTLIST = 200
