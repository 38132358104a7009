"""Use cases, grouped by concept: the only writers; views, the CLI and the importer call these, nothing else."""
