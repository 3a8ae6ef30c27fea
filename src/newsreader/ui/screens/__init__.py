"""The app's screens; each owns its state and talks to the store in thread workers."""
