"""Widgets are given data and post messages; none of them imports the store or a screen."""
