"""The practitioner's scar assessment: editor (face map, scores), list and score trend."""
