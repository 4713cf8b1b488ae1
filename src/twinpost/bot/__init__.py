"""The bot folder: its one owner, its typed record, its lineage and its copy guard."""
