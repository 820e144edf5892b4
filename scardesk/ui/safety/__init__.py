"""Safety findings in a clinician's words: titles, explanations, facts and sources.

The domain's gate answers with structured findings (rule code, level, facts, source reference);
everything a person reads about them is written here, wrapped for translation.
"""
