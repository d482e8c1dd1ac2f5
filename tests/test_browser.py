"""The editor's page and the static HTML report in a real browser (Debian's chromium + chromedriver).

Skipped, with the reason, when chromium, chromedriver or selenium is missing (a failure instead
when NUMCHECK_REQUIRE_BROWSER=1, as CI should set). Screenshots go to
$NUMCHECK_SCREENSHOT_DIR when it is set (e.g. bench/out), else to the test's tmp dir; each test
prints where.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_75fc520f5eb4771c.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1366,768",
]


def missing(reason: str) -> None:
    """Skip, with the reason; with NUMCHECK_REQUIRE_BROWSER=1 (CI) a missing browser is a failure."""
    if os.environ.get("NUMCHECK_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (CHROMIUM and CHROMEDRIVER):
        missing("needs Debian's chromium and chromedriver (apt-get install chromium chromium-driver)")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing("needs selenium (pip install -e '.[test]')")

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    (tmp_path / "downloads").mkdir(exist_ok=True)
    opts.add_experimental_option(
        "prefs",
        {"download.default_directory": str(tmp_path / "downloads"), "download.prompt_for_download": False},
    )
    service = Service(executable_path=CHROMEDRIVER, log_output=str(tmp_path / "chromedriver.log"))
    driver = webdriver.Chrome(options=opts, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(driver: Any, tmp_path: Path, name: str) -> Path:
    out_dir = Path(os.environ.get("NUMCHECK_SCREENSHOT_DIR") or tmp_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    driver.save_screenshot(str(path))
    print(f"screenshot: {path}")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes] | None = None, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"numcheck serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} did not answer /healthz within {seconds:g} s")


def linked_marks(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [m.text for m in driver.find_elements(By.CSS_SELECTOR, "mark.nc-claim.nc-linked")]


def in_viewport(driver: Any, css: str) -> bool:
    return bool(
        driver.execute_script(
            "var m = document.querySelector(arguments[0]); if (!m) return false;"
            "var r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
            css,
        )
    )


def paste(driver: Any, element: Any, text: str) -> None:
    """What a paste does to a textarea: the whole text lands at once, and an input event fires."""
    driver.execute_script(
        "arguments[0].focus(); arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));",
        element,
        text,
    )


# ----------------------------------------------------------------------------- the real thing


@pytest.fixture
def real_server(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NUMCHECK_TOKEN"}
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "numcheck",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
        ],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def test_seed_article_source_discrepancy_is_listed_and_marks_both_figures(
    browser: Any, real_server: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(real_server + "/")
    draft = browser.find_element(By.ID, "nc-draft")
    paste(browser, draft, SEED.read_text(encoding="utf-8"))
    browser.find_element(By.ID, "nc-check").click()

    finding_css = 'button.nc-finding[data-category="source-discrepancy"]'
    wait = WebDriverWait(browser, 60)
    try:
        finding = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, finding_css)))
    except Exception:
        screenshot(browser, tmp_path, "seed-no-finding.png")
        status = browser.find_element(By.ID, "nc-status").text
        raise AssertionError(f"no source-discrepancy finding on the page; status: {status!r}") from None
    # the draft is shown with its claims highlighted
    assert browser.find_elements(By.CSS_SELECTOR, '[data-doc="d0"] mark.nc-claim')
    assert linked_marks(browser) == []

    finding.click()
    wait.until(lambda d: len(linked_marks(d)) >= 2)
    marked = linked_marks(browser)
    assert any("11,000" in m for m in marked), marked
    assert any("10,000" in m for m in marked), marked
    assert finding.get_attribute("aria-pressed") == "true"
    WebDriverWait(browser, 10).until(lambda d: in_viewport(d, "mark.nc-linked"))
    shot = screenshot(browser, tmp_path, "seed-source-discrepancy.png")
    assert shot.stat().st_size > 10_000


# ----------------------------------------------------------------------------- the mechanics


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def fake_check(job: dict[str, Any], config: Any) -> dict[str, Any]:
    """A hand-built report for any draft that has "11,000" and "10,000" (runs in a gate worker)."""
    text = job["draft"]["text"]
    claims = []
    for cid, needle, source in (
        ("c1", "11,000", "Zelenskyy"),
        ("c2", "10,000", "the Pentagon"),
        ("c3", "😀 145", None),
    ):
        if needle in text:
            start, end = _span(text, needle)
            start = len(text[:start])  # code points (Python) -- the page converts to UTF-16
            claims.append(
                {
                    "id": cid,
                    "doc": "d0",
                    "start": start,
                    "end": end,
                    "surface": text[start:end],
                    "value": float(needle.split()[-1].replace(",", "")),
                    "source": source,
                }
            )
    findings = []
    if {c["id"] for c in claims} >= {"c1", "c2"}:
        findings.append(
            {
                "rule": "NC201",
                "category": "source-discrepancy",
                "severity": "warning",
                "message": "sources differ: about 11,000 (Zelenskyy) vs some 10,000 (the Pentagon)",
                "claims": ["c1", "c2"],
            }
        )
    if any(c["id"] == "c3" for c in claims):
        findings.append(
            {
                "rule": "NC999",
                "category": "unsupported-claim",
                "severity": "info",
                "message": "no source has 145",
                "claims": ["c3"],
            }
        )
    return {
        "schema": 1,
        "tool": "numcheck",
        "version": "test",
        "documents": [{"id": "d0", "path": "draft", "role": "draft", "format": "text"}],
        "claims": claims,
        "findings": findings,
        "summary": {
            "errors": 0,
            "warnings": 1,
            "infos": len(findings) - 1,
            "claims": len(claims),
            "documents": 1,
        },
    }


@pytest.fixture
def fake_server() -> Iterator[str]:
    import uvicorn

    from numcheck.serve import GateSettings, create_app

    app = create_app(settings=GateSettings(workers=1, token=None), check_fn=fake_check)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url)
        yield url
    finally:
        server.should_exit = True
        thread.join(30)


DRAFT = (
    "Intro paragraph.\n\n" + "Filler sentence about the war. " * 120 + "\n\n"
    "Zelenskyy said about 11,000 North Korean soldiers were there. 😀 145 drones flew.\n\n"
    + "More filler about other things. "
    * 120
    + "\n\n"
    "The Pentagon said some 10,000 North Korean troops had been sent.\n"
)


def test_page_renders_the_answer_and_a_click_marks_the_linked_claims(
    browser: Any, fake_server: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(fake_server + "/")
    paste(browser, browser.find_element(By.ID, "nc-draft"), DRAFT)
    browser.find_element(By.ID, "nc-check").click()
    wait = WebDriverWait(browser, 30)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))

    buttons = browser.find_elements(By.CSS_SELECTOR, "button.nc-finding")
    # by severity: the warning before the info
    assert [b.get_attribute("data-severity") for b in buttons] == ["warning", "info"]
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, '[data-doc="d0"] mark.nc-claim')]
    assert marks == ["11,000", "😀 145", "10,000"]  # offsets after an astral character still line up

    browser.find_element(By.CSS_SELECTOR, 'button.nc-finding[data-category="source-discrepancy"]').click()
    wait.until(lambda d: sorted(linked_marks(d)) == ["10,000", "11,000"])
    WebDriverWait(browser, 10).until(lambda d: in_viewport(d, "mark.nc-linked"))
    screenshot(browser, tmp_path, "page-stub-report.png")
    # the two claims are screens apart: selecting the finding again brings the second one into view
    browser.find_element(By.CSS_SELECTOR, 'button.nc-finding[data-category="source-discrepancy"]').click()
    WebDriverWait(browser, 10).until(lambda d: in_viewport(d, "mark.nc-linked ~ mark.nc-linked"))

    # another finding moves the mark
    browser.find_element(By.CSS_SELECTOR, 'button.nc-finding[data-category="unsupported-claim"]').click()
    wait.until(lambda d: linked_marks(d) == ["😀 145"])


def test_page_shows_the_servers_error_message(browser: Any, fake_server: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(fake_server + "/")
    browser.find_element(By.ID, "nc-format").send_keys("Markdown")
    paste(browser, browser.find_element(By.ID, "nc-draft"), "x" * (3 * 1024 * 1024))
    browser.find_element(By.ID, "nc-check").click()
    status = browser.find_element(By.ID, "nc-status")
    WebDriverWait(browser, 30).until(lambda d: "Not checked" in status.text)
    assert "larger than the limit" in status.text
    assert status.get_attribute("role") == "alert"


def test_static_report_works_offline_and_by_keyboard(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    from numcheck.models import Report
    from numcheck.read import read_text
    from numcheck.report.html import render

    data = fake_check({"draft": {"text": DRAFT}}, None)
    report = Report.model_validate(data)
    report.documents = [read_text(DRAFT, "text", "story.txt", "draft", "d0")]
    page = tmp_path / "report.html"
    page.write_text(render(report), encoding="utf-8")

    browser.get(page.as_uri())
    wait = WebDriverWait(browser, 20)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))
    # keyboard only: Tab to the first finding, Enter selects it, ArrowDown moves to the next
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    for _ in range(10):
        if browser.switch_to.active_element.get_attribute("data-category"):
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("data-category") == "source-discrepancy"
    active.send_keys(Keys.ENTER)
    wait.until(lambda d: sorted(linked_marks(d)) == ["10,000", "11,000"])
    WebDriverWait(browser, 10).until(lambda d: in_viewport(d, "mark.nc-linked"))
    screenshot(browser, tmp_path, "static-report.png")
    active.send_keys(Keys.ARROW_DOWN)
    nxt = browser.switch_to.active_element
    assert nxt.get_attribute("data-category") == "unsupported-claim"
    nxt.send_keys(Keys.ESCAPE)
    wait.until(lambda d: linked_marks(d) == [])


# ----------------------------------------------------------------------------- issue 11: the gate's page

GATE_DRAFT = (
    "Storm floods 2,100 homes\n\n"
    "The storm flooded 2,100 homes across the county, officials said on Monday. It burned through "
    "500 square miles (1,925 sq km) of farmland before the rain came.\n\n"
    "About 300 people were hurt in the first hours. Later that day, the hospital said 30 people had been "
    "hurt.\n"
)
GATE_SOURCE = "The storm flooded 1,200 homes across the county, the county office said on Monday.\n"


def above_the_fold(driver: Any, css: str) -> bool:
    return bool(
        driver.execute_script(
            "var m = document.querySelector(arguments[0]); if (!m) return false;"
            "var r = m.getBoundingClientRect(); return r.top > -1 && r.top < window.innerHeight;",
            css,
        )
    )


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_gate_page_for_an_editor(
    browser: Any, real_server: str, tmp_path: Path, width: int, height: int
) -> None:
    import json

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(width, height)
    browser.get(real_server + "/")
    wait = WebDriverWait(browser, 60)
    # no token box: this server asks for none
    assert not browser.find_element(By.ID, "nc-token-box").is_displayed()
    paste(browser, browser.find_element(By.ID, "nc-draft"), GATE_DRAFT)
    # a source: its name field has a placeholder, and typing gives exactly what was typed
    browser.find_element(By.CSS_SELECTOR, "details.nc-more summary").click()
    browser.find_element(By.ID, "nc-add-source").click()
    name = browser.find_element(By.CSS_SELECTOR, ".nc-source-name")
    assert name.get_attribute("value") == "" and name.get_attribute("placeholder")
    name.send_keys("county-office")
    assert name.get_attribute("value") == "county-office"
    paste(browser, browser.find_element(By.CSS_SELECTOR, ".nc-source-text"), GATE_SOURCE)
    browser.find_element(By.ID, "nc-check").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))

    # the result is above the fold: the verdict and the first finding need no scrolling on a laptop
    assert above_the_fold(browser, ".nc-summary")
    assert above_the_fold(browser, "button.nc-finding")
    # the legend of the highlight colours
    legend = browser.find_element(By.CSS_SELECTOR, ".nc-legend").text
    assert "in an error" in legend and "the figures of the finding you picked" in legend
    # findings in the editor's words, with the sentence and the other figure's sentence marked
    first = browser.find_element(By.CSS_SELECTOR, 'button.nc-finding[data-category="source-mismatch"]')
    assert "says 1,200; the draft says 2,100" in first.text
    assert "county-office, line 1" in first.text
    assert "confidence" in first.text
    conversion = browser.find_element(By.CSS_SELECTOR, 'button.nc-finding[data-category="conversion-error"]')
    assert "Fix: 500 square miles is 1,295 sq km" in conversion.text
    screenshot(browser, tmp_path, f"gate-page-{width}.png")

    # each finding links to its rule's explanation
    link = browser.find_element(By.CSS_SELECTOR, 'a[href="#nc-rule-NC101"]')
    browser.execute_script("arguments[0].click();", link)
    wait.until(lambda d: above_the_fold(d, "#nc-rule-NC101"))
    assert "Why it matters" in browser.find_element(By.CSS_SELECTOR, "#nc-rule-NC101 + dd").text
    browser.execute_script("window.scrollTo(0, 0);")

    # copy and download of the JSON and of the HTML report
    downloads = tmp_path / "downloads"
    browser.find_element(By.ID, "nc-save-json").click()
    browser.find_element(By.ID, "nc-save-html").click()
    wait.until(
        lambda d: (
            (downloads / "numcheck-report.json").exists() and (downloads / "numcheck-report.html").exists()
        )
    )
    saved = json.loads((downloads / "numcheck-report.json").read_text(encoding="utf-8"))
    assert {f["rule"] for f in saved["findings"]} >= {"NC101", "NC401"} and "notes" not in saved
    browser.find_element(By.ID, "nc-copy-json").click()
    wait.until(lambda d: d.find_element(By.ID, "nc-action-status").text != "Saved numcheck-report.html.")
    assert browser.find_element(By.ID, "nc-action-status").text in (
        "The JSON is on the clipboard.",
        "Copy did not work: use Download.",
    )
    # the downloaded HTML report works on its own, offline
    browser.get((downloads / "numcheck-report.html").as_uri())
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))
    assert browser.find_elements(By.CSS_SELECTOR, "#nc-rule-NC101")


def test_gate_page_asks_for_a_token_only_when_the_server_requires_one(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from numcheck.serve import GateSettings, create_app

    app = create_app(settings=GateSettings(workers=1, token="s3cret"), check_fn=fake_check)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_healthy(f"http://127.0.0.1:{port}")
        browser.get(f"http://127.0.0.1:{port}/")
        WebDriverWait(browser, 20).until(lambda d: d.find_element(By.ID, "nc-token-box").is_displayed())
        assert browser.find_element(By.ID, "nc-token").is_displayed()
    finally:
        server.should_exit = True
        thread.join(30)


def test_static_report_shows_an_html_draft_as_text_with_its_figures_marked(
    browser: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    import numcheck
    from numcheck.read import read_text

    page = (
        "<html><body><h1>Crash kills 197</h1>\n<p>The crash killed <b>179</b> people, "
        "officials said.</p></body></html>\n"
    )
    report = numcheck.check([read_text(page, "html", "story.html", "draft", "d0")])
    out = tmp_path / "report.html"
    out.write_text(report.to_html(), encoding="utf-8")
    browser.set_window_size(1280, 800)
    browser.get(out.as_uri())
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))
    shown = browser.find_element(By.CSS_SELECTOR, '.nc-text[data-doc="d0"]').text
    assert "<p>" not in shown and "<b>" not in shown and "The crash killed 179 people" in shown
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, '[data-doc="d0"] mark.nc-claim')]
    assert marks == ["197", "179"]
    assert browser.find_elements(By.CSS_SELECTOR, ".nc-legend")
    screenshot(browser, tmp_path, "static-report-html-draft.png")


def test_gate_page_shows_an_html_draft_as_its_text(browser: Any, real_server: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.set_window_size(1280, 800)
    browser.get(real_server + "/")
    Select(browser.find_element(By.ID, "nc-format")).select_by_value("html")
    page = "<h1>Crash kills 197</h1>\n<p>The crash killed <b>179</b> people, officials said.</p>\n"
    paste(browser, browser.find_element(By.ID, "nc-draft"), page)
    browser.find_element(By.ID, "nc-check").click()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "button.nc-finding"))
    shown = browser.find_element(By.CSS_SELECTOR, '.nc-text[data-doc="d0"]').text
    assert "<p>" not in shown and "The crash killed 179 people" in shown
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, '[data-doc="d0"] mark.nc-claim')]
    assert marks == ["197", "179"]
