"""The privacy notice letters: who is covered, who receives which letter, and when the
28 days to opt out end. Pure rules, for the letters issue's services and screens."""
