"""dialoogtafels: harvest the VNG dialoogtafels page into a research dataset."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/dialoogtafels/dialoogtafels"
USER_AGENT = f"dialoogtafels/{__version__} (+{PROJECT_URL})"
DEFAULT_URL = "https://vng.nl/artikelen/gemeenten-doen-mee-aan-dialogen-over-herstel-en-vernieuwing-na-corona"
ARCHIVE_BASE = "https://web.archive.org"
