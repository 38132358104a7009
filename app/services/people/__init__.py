"""People and their mentor and mentee profiles: the use cases, the rules they share with import, known places."""
