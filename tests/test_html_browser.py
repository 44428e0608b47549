"""The HTML report in a real browser: headless Chromium (Debian's `chromium` and `chromium-driver`)
driven by Selenium.

The report is made by the command line, loaded from a file, and read as a person would: the
highlights cover the words each finding names, the sheets are there, the browser logs no error,
a draft's `<script>` stays text, and a highlight reached with the Tab key shows its note.

Skipped, saying why, where Selenium or a Chromium and its driver are missing; CI installs them
(.ci/run) and sets ATTRLINT_REQUIRE_BROWSER=1, which turns the skip into a failure.
Set ATTRLINT_SCREENSHOT=docs/html-report.png to save a picture of the examples' report.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from report_story import story

from attrlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
STORY = story()
HOSTILE = (
    "Ferry fares rise in March, the operator said.\n\n"
    '<script>window.pwned = 1;</script><img src=x onerror="window.pwned = 2">\n\n'
    "Advertisement\n"
)


def _browser_or_skip() -> tuple[str, str]:
    """Chromium and its driver, or a skip (a failure where CI requires the browser)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    why = None
    try:
        import selenium  # noqa: F401
    except ImportError:
        why = "selenium is not installed (pip install -e '.[dev]')"
    if why is None and not (chromium and driver):
        why = "no Chromium and chromedriver on PATH (Debian: apt-get install chromium chromium-driver)"
    if why is not None:
        if os.environ.get("ATTRLINT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"the browser test must run here: {why}")
        pytest.skip(why)
    return chromium, driver


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    chromium, driver_path = _browser_or_skip()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    options.add_argument("--window-size=1400,1000")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()


def _check(*args: str) -> str:
    return CliRunner().invoke(main, ["check", "--jobs", "1", *args], catch_exceptions=False).output


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("drafts")
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "story.md").write_text(STORY, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def report(browser, drafts: Path) -> object:
    page = drafts.parent / "report.html"
    page.write_text(_check("--format", "html", str(drafts)), encoding="utf-8")
    browser.get(page.as_uri())
    return browser


def _errors_logged(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _text_of(driver, fid: str) -> str:
    """The words a finding's highlight covers: the text of all its pieces, in order."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('mark[data-f=\"' + arguments[0] + '\"]'))"
        ".map(function (m) { return m.textContent; }).join('');",
        fid,
    )


def test_every_highlight_covers_the_words_its_finding_names(report, drafts: Path) -> None:
    findings = json.loads(_check("--format", "json", str(drafts)))
    assert {f["code"] for f in findings} >= {"NAM001", "ATT003", "BOI001", "BOI003", "QUO001"}
    numbers = {str(drafts / "hostile.md"): 1, str(drafts / "story.md"): 2}
    per_draft: dict[str, int] = {}
    for finding in findings:
        index = per_draft.get(finding["path"], 0)
        per_draft[finding["path"]] = index + 1
        lines = Path(finding["path"]).read_text(encoding="utf-8").split("\n")
        assert finding["line"] == finding["end_line"]
        words = lines[finding["line"] - 1][finding["column"] - 1 : finding["end_column"] - 1]
        assert _text_of(report, f"f{numbers[finding['path']]}-{index}") == words, finding
    assert "Okonkow" in [_text_of(report, f"f2-{i}") for i in range(per_draft[str(drafts / "story.md")])]


def test_the_sheets_stand_beside_the_text(report) -> None:
    from selenium.webdriver.common.by import By

    sheets = report.find_element(By.CSS_SELECTOR, "#d2 aside.sheets").text
    assert "Lena Okonkwo" in sheets and "spelled another way" in sheets
    assert "Sources: 2" in sheets and "Sources vague" in sheets
    text_box = report.find_element(By.CSS_SELECTOR, "#d2 pre.text").rect
    aside_box = report.find_element(By.CSS_SELECTOR, "#d2 aside.sheets").rect
    assert aside_box["x"] >= text_box["x"] + text_box["width"]  # beside, not below


def test_a_drafts_script_is_shown_and_never_run(report) -> None:
    from selenium.webdriver.common.by import By

    assert report.execute_script("return window.pwned === undefined;")
    assert "<script>window.pwned = 1;</script>" in report.find_element(By.CSS_SELECTOR, "#d1 pre.text").text
    assert report.execute_script("return document.scripts.length;") == 1
    assert not _errors_logged(report)


def test_tab_reaches_a_highlight_and_shows_its_note(report) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    report.execute_script("document.activeElement.blur(); window.scrollTo(0, 0);")
    body = report.find_element(By.TAG_NAME, "body")
    body.click()
    for _ in range(40):
        ActionChains(report).send_keys(Keys.TAB).perform()
        focused = report.switch_to.active_element
        if focused.tag_name == "mark":
            break
    else:
        pytest.fail("Tab never reached a highlight")
    tip = report.find_element(By.ID, "tip-" + focused.get_attribute("data-f"))
    assert tip.is_displayed()
    assert focused.get_attribute("data-code") in tip.text and "Why:" in tip.text and "Fix" in tip.text
    ActionChains(report).send_keys(Keys.ESCAPE).perform()
    assert not tip.is_displayed()
    assert not _errors_logged(report)


def test_hover_shows_a_note_and_filters_take_a_family_out(report) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    mark = report.find_element(By.CSS_SELECTOR, 'mark[data-code="NAM001"][tabindex]')
    ActionChains(report).move_to_element(mark).perform()
    assert report.find_element(By.ID, "tip-" + mark.get_attribute("data-f")).is_displayed()
    report.find_element(By.CSS_SELECTOR, 'input[name="family"][value="names"]').click()
    assert "off" in mark.get_attribute("class") and mark.get_attribute("tabindex") == "-1"
    others = report.find_elements(By.CSS_SELECTOR, 'mark[data-family="boilerplate"]')
    assert others and not any("off" in other.get_attribute("class") for other in others)
    report.find_element(By.CSS_SELECTOR, 'input[name="family"][value="names"]').click()
    assert "off" not in mark.get_attribute("class")
    assert not _errors_logged(report)


def test_screenshot_of_the_examples_report(browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt-in: ATTRLINT_SCREENSHOT=docs/html-report.png saves the README's picture of the report."""
    target = os.environ.get("ATTRLINT_SCREENSHOT")
    if not target:
        pytest.skip("set ATTRLINT_SCREENSHOT=docs/html-report.png to save a screenshot of the examples' report")
    from selenium.webdriver.common.by import By

    monkeypatch.chdir(ROOT)
    page = tmp_path / "examples.html"
    page.write_text(_check("--format", "html", "examples"), encoding="utf-8")
    size = {"width": 1300, "height": 1700, "deviceScaleFactor": 1, "mobile": False}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", size)
    browser.get(page.as_uri())
    mark = browser.find_element(By.CSS_SELECTOR, 'mark[data-code="NAM001"][tabindex]')
    browser.execute_script("arguments[0].focus({preventScroll: true}); window.scrollTo(0, 0);", mark)
    assert browser.find_element(By.ID, "tip-" + mark.get_attribute("data-f")).is_displayed()
    assert browser.save_screenshot(str(ROOT / target))
