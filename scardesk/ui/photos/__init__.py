"""Clinical photos: the patient's photo grid, import with consent, side-by-side comparison."""
