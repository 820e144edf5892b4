"""Products & lots: the catalogue, lots with expiry and stock, expiry warnings, recall reports."""
