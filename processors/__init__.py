"""spanwatch processors: pure ``Batch -> Batch`` stages and the detection engine they share."""
