"""The seed harvest's report in a real browser: headless Chromium from Debian's packages, driven by selenium.

`REPORT_SCREENSHOT=docs/report.png pytest tests/test_report_browser.py` also refreshes the README's screenshot.
"""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_report import dataset, seed_report

# selenium talks to chromedriver over HTTP on localhost, which the network block allows (pyproject addopts).
pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"  # given explicitly, so that selenium-manager never downloads a driver
HOST_FILL = (0xB5, 0x40, 0x0F)  # --host in report.css


@pytest.fixture(scope="module")
def seed_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out_dir = tmp_path_factory.mktemp("browser")
    seed_report(out_dir)
    return out_dir


@pytest.fixture(scope="module")
def browser(seed_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One Chromium session for the module, with the report open and the performance log on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER), (
        "the browser test needs Debian's chromium and chromium-driver (see the README's test command)"
    )
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--hide-scrollbars", "--window-size=1200,1750", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.get("about:blank")
        driver.get_log("performance")  # drop what the browser loaded at start, before the report
        driver.get((seed_dir / "report.html").as_uri())
        yield driver
    finally:
        driver.quit()


def column(driver: object, index: int) -> list[str]:
    return [cell.text for cell in driver.find_elements("css selector", f"#records tbody td:nth-child({index + 1})")]


def test_the_page_makes_no_request(browser: object, seed_dir: Path) -> None:
    assert browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)") == []
    requested = [
        message["params"]["request"]["url"]
        for entry in browser.get_log("performance")
        if (message := json.loads(entry["message"])["message"])["method"] == "Network.requestWillBeSent"
    ]
    # The report itself is the only URL loaded; data: URLs are not requests.
    assert [url for url in requested if not url.startswith("data:")] == [(seed_dir / "report.html").as_uri()]


def test_the_map_has_every_municipality_and_marks_the_five_hosts(browser: object, seed_dir: Path) -> None:
    shapes = browser.find_elements("css selector", "svg.map path[data-cbs-code]")
    assert len(shapes) == 352
    hosts = {shape.get_attribute("data-cbs-code") for shape in browser.find_elements("css selector", "path.host")}
    assert hosts == {"GM0327", "GM1734", "GM1581", "GM1960", "GM1859"}
    assert hosts == {row["municipality_code"] for row in dataset(seed_dir)} - {""}
    fill = browser.execute_script("return getComputedStyle(document.querySelector('path.host')).fill")
    assert fill == "rgb({}, {}, {})".format(*HOST_FILL)


def test_the_table_sorts_when_a_header_is_clicked(browser: object, seed_dir: Path) -> None:
    rows = browser.find_elements("css selector", "#records tbody tr")
    assert len(rows) == 7
    headers = browser.find_elements("css selector", "#records thead th")
    municipality = [header.text for header in headers].index("Gemeente")
    named = sorted(row["municipality"] for row in dataset(seed_dir) if row["municipality"])
    empty = [""] * (7 - len(named))
    headers[municipality].click()
    assert column(browser, municipality) == named + empty  # empty cells last
    assert headers[municipality].get_attribute("aria-sort") == "ascending"
    headers[municipality].click()
    assert column(browser, municipality) == named[::-1] + empty
    headers[0].click()  # back to page order
    assert column(browser, 0) == [str(n) for n in range(1, 8)]


def test_the_screenshot_shows_a_map(browser: object, tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    browser.execute_script("window.scrollTo(0, 0)")
    shot = Image.open(io.BytesIO(browser.get_screenshot_as_png())).convert("RGB")
    target = os.environ.get("REPORT_SCREENSHOT")
    shot.save(Path(target) if target else tmp_path / "report.png")
    box = browser.execute_script(
        "const r = document.querySelector('svg.map').getBoundingClientRect();"
        "return [r.left, r.top, r.right, r.bottom].map(v => Math.round(v * devicePixelRatio));"
    )
    map_area = np.asarray(shot.crop(tuple(box)), dtype=int)
    assert min(map_area.shape[:2]) > 300
    assert map_area.std() > 20  # not blank
    host_pixels = (np.abs(map_area - HOST_FILL).sum(axis=2) < 30).sum()
    assert host_pixels > 200  # the host municipalities are filled
