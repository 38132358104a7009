"""Personal links to the mentor portal: issue, revoke, list (journaled writes that sync like everything else)."""
