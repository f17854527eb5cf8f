"""The development interview screen: one module per step, sharing an InterviewSession."""
