from scraper.cli import run

raise SystemExit(run())
