"""The people screen: mentors and mentees with their profiles, and the person form."""
