"""`serve`: the editor's preview, which shows a saved record at once and then rebuilds the rest."""
