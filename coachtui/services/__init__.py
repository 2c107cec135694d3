"""Services: what screens and commands call. They own transactions and the rules."""
