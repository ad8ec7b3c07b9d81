"""Local stand-ins for the platforms' APIs, written from their published request and response
formats; they listen on 127.0.0.1 only."""
