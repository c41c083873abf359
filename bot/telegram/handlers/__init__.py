"""Thin handlers: decode the update, call a service, render the answer."""
