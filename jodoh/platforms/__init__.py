"""Connectors to the platforms' APIs, behind one interface (`PlatformConnector`): each fetches
a creator's current statistics, and says in its own exceptions why it could not."""
