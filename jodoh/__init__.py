"""Jodoh application wiring: settings, the service facade and the command line."""
