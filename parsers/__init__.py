"""Pure functions that turn a page's bytes into records: no network, no files written."""
