"""Opening what a browser case built in headless Chromium, as a reader would.

One Chromium for the whole run (the process's, shared with the browser tests: started when the first
browser case or test needs it), one static server
per built site on a loopback port. Every HTML page and every SVG the site publishes is opened
(an SVG opened on its own runs its scripts, unlike one shown by <img>), and three things are
looked for: a dialog (alert, confirm, prompt, from the page or any frame in it), the marker global
`xss` that payloads without a dialog set (`MARKER`), and what would run as soon as a reader moves
or clicks: an event handler attribute or a javascript:/vbscript:/data: URL in the live DOM. Every
request to another host is refused, so that no page waits on the network and none leaves the
machine.
"""

from __future__ import annotations

from pathlib import Path

from tests.adversarial.case import DIALOG
from tests.browser.conftest import serve_folder, shared_browser

# The global a payload sets instead of opening a dialog: `<img src=x onerror="window.xss=1">`.
MARKER = "xss"

# What the DOM must never hold whatever the data (the portal's own pages have no event handler
# attribute at all, and no script URL): the payloads' way to run on a reader's first gesture.
ARMED = """() => {
  const problems = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${element.localName} ${name}>`);
      if (urlAttributes.includes(name) && /^[\\s\\u0000-\\u001f]*(javascript|vbscript|data:text)/i.test(attribute.value))
        problems.push(`<${element.localName} ${name}=${attribute.value.slice(0, 40)}>`);
    }
  }
  return problems;
}"""


class Chromium:
    """The pages of built sites, opened one after another in one headless Chromium."""

    def __init__(self) -> None:
        self.sites = 0
        self.pages = 0
        self.dialogs = 0

    def problems(self, site: Path) -> list[str]:
        """Every dialog (as "dialog …"), marker and armed payload found in the pages of `site`."""
        documents = sorted(path.relative_to(site).as_posix() for path in site.rglob("*")
                           if path.suffix in (".html", ".svg") and path.is_file())
        server, url = serve_folder(site)
        # A page left for the next one cancels its last requests: no broken pipe on the screen.
        server.handle_error = lambda request, address: None
        context = self._start().new_context(viewport={"width": 360, "height": 740}, locale="vi-VN")
        origin = url.rstrip("/")
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(origin)
                      else route.abort())
        page = context.new_page()
        found: list[str] = []
        page.on("dialog", lambda dialog: (found.append(f"{DIALOG} on {page.url}: {dialog.type} "
                                                       f"{dialog.message!r}"), dialog.dismiss()))
        try:
            for document in documents:
                page.goto(url + document.removesuffix("index.html"), wait_until="load")
                for frame in page.frames:
                    if frame.evaluate(f"() => typeof window.{MARKER} !== 'undefined'"):
                        found.append(f"{DIALOG} on {frame.url}: the marker window.{MARKER} was set")
                if document.endswith(".html"):
                    found.extend(f"{document}: {problem}" for problem in page.evaluate(ARMED))
        finally:
            context.close()
            server.shutdown()
            server.server_close()
        self.sites += 1
        self.pages += len(documents)
        self.dialogs += sum(1 for problem in found if problem.startswith(DIALOG))
        return found

    def _start(self):
        # The process's one Chromium, shared with the browser tests (tests/browser/conftest.py).
        return shared_browser()
