"""The read-only mentor portal (DESIGN.md §7): routes → one read-only query module → templates. No Qt, no ORM."""
