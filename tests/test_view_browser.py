"""`policyextract view`'s page in a real headless browser: Debian's Chromium driven by Selenium.

The page must load with no console error and no request, hold one mark per record, show a
figure's fields on hover and click, hide what a filter excludes and scroll to a figure when its
row is clicked. `.ci/run` installs Chromium (`chromium`, `chromium-driver`) and sets
POLICYEXTRACT_REQUIRE_BROWSER=1, so there a missing browser fails this file; elsewhere it skips,
saying what is missing. No browser is ever downloaded: only the system's is used.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import policyextract
from policyextract.models import Figure
from policyextract.view import render_html

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("POLICYEXTRACT_REQUIRE_BROWSER") == "1"
FLAGS = (
    "--headless",
    "--no-sandbox",  # root in a container: Chromium's sandbox needs namespaces it may not have
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,800",
)
HOSTILE = "<script>window.pwned = 1</script></mark></pre>新建学校3所。<img src=x onerror='window.pwned = 2'>"
TITLE = "view </title><script>window.pwned = 3</script>"


def _missing(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"POLICYEXTRACT_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(f"no browser to test the view page in: {reason} (apt-get install chromium chromium-driver)")


def _find(variable: str, *names: str) -> str | None:
    given = os.environ.get(variable)
    if given:
        return given
    return next((found for found in map(shutil.which, names) if found), None)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed (pip install '.[test]')")
    browser = _find("POLICYEXTRACT_TEST_BROWSER", "chromium", "chromium-browser")
    chromedriver = _find("POLICYEXTRACT_TEST_CHROMEDRIVER", "chromedriver")
    if browser is None or chromedriver is None:
        _missing(f"{'chromium' if browser is None else 'chromedriver'} is not on PATH")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        # the driver's path given: Selenium Manager (which would download one) is never asked
        session = webdriver.Chrome(service=Service(chromedriver), options=options)
    except WebDriverException as error:
        _missing(f"{browser} with {chromedriver} did not start: {error.msg}")
    session.set_page_load_timeout(60)
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture(scope="module")
def documents() -> list[tuple[str, list[Figure]]]:
    """Two seed documents, and one of our own that holds HTML and crossing figures."""
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))[:2]
    shown = []
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        shown.append((text, policyextract.extract(text, doc_id=path.stem)))
    text = f"到2025年,全市新建学校3所。{HOSTILE}投入经费500万元。"
    figures = policyextract.extract(text, doc_id="hostile")
    first = figures[0]
    crossing = Figure.model_validate(
        {
            **first.model_dump(),
            "start": first.start + 2,
            "end": first.end + 3,
            "text": text[first.start + 2 : first.end + 3],
        }
    )
    shown.append((text, [*figures, crossing]))
    return shown


@pytest.fixture(scope="module")
def page(driver: Any, documents: list[tuple[str, list[Figure]]], tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("view") / "page.html"
    path.write_text(render_html(documents, title=TITLE), encoding="utf-8")
    driver.get(path.as_uri())
    driver.get_log("browser")  # start each test's log afresh: errors are checked after loading too
    return driver


def _errors(driver: Any) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _reset(driver: Any) -> None:
    driver.execute_script(
        "for (const s of document.querySelectorAll('#filters select')) { s.value = '*'; "
        "s.dispatchEvent(new Event('change')); } window.scrollTo(0, 0);"
    )
    driver.find_element("css selector", "h1").click()  # a click on nothing unpins a figure


def _records(documents: list[tuple[str, list[Figure]]]) -> list[Figure]:
    return [figure for _, figures in documents for figure in figures]


def test_loads_with_no_console_error_and_no_request(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    page.refresh()
    assert page.execute_script("return document.readyState") == "complete"
    assert _errors(page) == []
    loaded = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded == [], f"the page loaded {loaded}"


def test_one_mark_per_record_and_the_text_intact(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    assert page.execute_script("return document.querySelectorAll('mark.fig[id]').length") == len(_records(documents))
    texts = page.execute_script("return Array.from(document.querySelectorAll('pre.text'), p => p.textContent)")
    assert texts == [text for text, _ in documents]
    assert page.execute_script("return document.querySelectorAll('#document-list li').length") == len(documents)


def test_the_documents_own_html_does_not_run(page: Any) -> None:
    assert page.execute_script("return window.pwned") is None
    assert page.title == TITLE
    assert page.execute_script("return document.querySelectorAll('img, script').length") == 1  # the page's own


def _metric_figure(documents: list[tuple[str, list[Figure]]], last: bool = False) -> tuple[str, Figure]:
    """A figure with a metric, far into the first document, and its mark's id."""
    ordered = sorted(documents[0][1], key=lambda figure: (figure.start, -figure.end))  # the marks' order
    with_metric = [number for number, figure in enumerate(ordered) if figure.metric]
    number = with_metric[-1] if last else with_metric[len(with_metric) // 2]
    return f"d0-f{number}", ordered[number]


def test_hovering_a_figure_shows_its_fields(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _reset(page)
    mark_id, figure = _metric_figure(documents)
    mark = page.find_element("id", mark_id)
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(page).move_to_element(mark).perform()
    popup = page.find_element("id", "popup")
    assert popup.is_displayed()
    assert popup.find_element("css selector", ".field-metric").text == figure.metric
    assert popup.find_element("css selector", ".field-kind").text == figure.kind
    ActionChains(page).move_to_element(page.find_element("css selector", "h1")).perform()
    assert not popup.is_displayed(), "moving away hides an unpinned figure's fields"
    assert _errors(page) == []


def test_clicking_a_figure_pins_its_fields_and_its_row(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _reset(page)
    mark_id, figure = _metric_figure(documents)
    mark = page.find_element("id", mark_id)
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    ActionChains(page).move_to_element(page.find_element("css selector", "h1")).perform()
    popup = page.find_element("id", "popup")
    assert popup.is_displayed(), "a clicked figure's fields stay"
    assert popup.find_element("css selector", ".field-metric").text == figure.metric
    row = page.find_element("css selector", f'tr[data-target="{mark_id}"]')
    assert "active" in row.get_attribute("class") and "active" in mark.get_attribute("class")


def test_filters_hide_what_they_exclude(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    from selenium.webdriver.support.select import Select

    _reset(page)
    records = _records(documents)
    kind, count = Counter(figure.kind for figure in records).most_common(1)[0]
    Select(page.find_element("id", "filter-kind")).select_by_value(kind)
    shown = page.execute_script(
        "return Array.from(document.querySelectorAll('#figures tbody tr'))"
        ".filter(r => r.offsetParent !== null).map(r => r.dataset.kind)"
    )
    assert shown == [kind] * count
    dimmed = page.execute_script(
        "return Array.from(document.querySelectorAll('mark.fig.dim[id]'), m => m.dataset.kind)"
    )
    assert len(dimmed) == len(records) - count and kind not in dimmed
    assert page.find_element("id", "shown").text == f"{count} of {len(records)} figures shown"

    Select(page.find_element("id", "filter-modality")).select_by_value("target")
    both = [f for f in records if f.kind == kind and f.modality == "target"]
    assert page.execute_script("return document.querySelectorAll('#figures tbody tr:not([hidden])').length") == len(
        both
    )

    Select(page.find_element("id", "filter-kind")).select_by_value("*")
    Select(page.find_element("id", "filter-modality")).select_by_value("*")
    indicator = Counter(f.indicator for f in records if f.indicator).most_common(1)[0][0]
    Select(page.find_element("id", "filter-indicator")).select_by_value(indicator)
    rows = page.execute_script(
        "return Array.from(document.querySelectorAll('#figures tbody tr:not([hidden])'), r => r.dataset.indicator)"
    )
    assert rows == [indicator] * sum(f.indicator == indicator for f in records)
    Select(page.find_element("id", "filter-indicator")).select_by_value("*")
    assert page.execute_script("return document.querySelectorAll('#figures tbody tr[hidden], mark.dim').length") == 0
    assert _errors(page) == []


def test_clicking_a_row_scrolls_to_its_figure(page: Any, documents: list[tuple[str, list[Figure]]]) -> None:
    _reset(page)
    mark_id, _ = _metric_figure(documents, last=True)
    mark = page.find_element("id", mark_id)
    assert not _in_view(page, mark), "the test needs a figure below the first screen"
    row = page.find_element("css selector", f'tr[data-target="{mark_id}"]')
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)  # the side table scrolls alone
    row.click()
    assert page.execute_script("return window.scrollY") > 0
    assert _in_view(page, mark)
    assert "active" in mark.get_attribute("class")
    assert page.find_element("id", "popup").is_displayed()
    assert _errors(page) == []


def _in_view(driver: Any, element: Any) -> bool:
    return bool(
        driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
            element,
        )
    )
