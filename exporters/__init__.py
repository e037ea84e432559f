"""spanwatch exporters: one module per destination, sharing one delivery helper (queue, retry, persistence)."""
