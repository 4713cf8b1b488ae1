"""Posts in: the sources that read exports and live accounts, cleaning, and the corpus."""
