"""What every service shares: the context and transaction, lookups by what people type, input checks, plain rows."""
