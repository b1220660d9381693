// The portal's own small script in place of Material's bundle.js (35 KB gzip, a third of a record
// page's first load): only what the portal's pages use of it, found by reading Material's sources
// and trying the built pages with the bundle blocked (README: "Trang nhẹ trên điện thoại").
// Everything here improves a page that works without it.
//
// Left out on purpose: Material's search, instant loading, palette, code copy, content tabs and
// tooltips (the portal turns none of them on); its one-letter shortcuts "p", "n", "," and "."
// (a reader typing or using speech input jumped pages: WCAG 2.1.4 asks for a way to turn such
// keys off); hiding the tabs once scrolled (they scroll under the header anyway); and sizing the
// sidebars by script: <html class="no-js"> keeps Material's own rules for that case, and
// portal.css bounds each sidebar to the screen.
(function () {
  "use strict";

  // The menu button on phones and tablets (base.html): the drawer's checkbox, which keyboard
  // users reach and screen readers announce. A checkbox toggles with Space; Enter works too, as
  // on any button, and Escape closes the open menu and leaves the focus on its button.
  var drawer = document.getElementById("__drawer");
  function closeDrawer() {
    if (drawer && drawer.checked) drawer.click();
  }
  if (drawer) {
    // Firefox restores a checkbox's state on "back" (Material prevented it with an attribute
    // that is not valid on checkboxes): the menu is always closed when a page is shown.
    addEventListener("pageshow", closeDrawer);
    drawer.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        drawer.click();
      }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && drawer.checked) {
        drawer.click();
        drawer.focus();
      }
    });
  }

  // A group of the navigation opens with Enter or Space on its label (a label takes the focus
  // through its tabindex, not the keys), and says whether it is open (partials/nav-item.html).
  document.addEventListener("keydown", function (event) {
    var label = event.target;
    if ((event.key === "Enter" || event.key === " ") && label instanceof HTMLLabelElement && label.htmlFor) {
      event.preventDefault();
      label.click();
    }
  });
  document.addEventListener("change", function (event) {
    var toggle = event.target;
    if (!toggle.classList.contains("md-nav__toggle")) return;
    var nav = document.querySelector('nav[aria-labelledby="' + toggle.id + '_label"]');
    if (nav) nav.setAttribute("aria-expanded", String(toggle.checked));
  });

  // A link to a part of the page: the drawer it was chosen from closes, and a folded part
  // (<details>, such as a quarter of the home page's timeline) holding the target opens.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    var fold = target && target.closest("details:not([open])");
    if (fold) {
      fold.open = true;
      target.scrollIntoView();
    }
  }
  addEventListener("hashchange", function () {
    closeDrawer();
    reveal();
  });
  reveal();

  // A printout shows what every fold holds; the page is as it was once printed.
  var opened = [];
  addEventListener("beforeprint", function () {
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (fold) {
      fold.open = true;
      return true;
    });
  });
  addEventListener("afterprint", function () {
    opened.forEach(function (fold) { fold.open = false; });
    opened = [];
  });

  // Tables written in Markdown (no class) scroll sideways inside the page, as Material's
  // typeset styles expect of them.
  document.querySelectorAll(".md-typeset table:not([class])").forEach(function (table) {
    var scroll = document.createElement("div");
    var inner = document.createElement("div");
    scroll.className = "md-typeset__scrollwrap";
    inner.className = "md-typeset__table";
    table.replaceWith(scroll);
    scroll.appendChild(inner);
    inner.appendChild(table);
  });

  // What follows the scrolling: the header's shadow once the content passes under it, the page's
  // title in the header once its heading has gone, the "Về đầu trang" button while the reader
  // scrolls back up, and the current part in a table of contents.
  var header = document.querySelector(".md-header");
  var title = document.querySelector(".md-header__title");
  var heading = document.querySelector(".md-content h1");
  var main = document.querySelector(".md-main");
  var top = document.querySelector(".md-top");
  var parts = Array.prototype.map.call(document.querySelectorAll(".md-nav--secondary a.md-nav__link"), function (link) {
    return [link, document.getElementById(decodeURIComponent(link.hash.slice(1)))];
  }).filter(function (part) { return part[1]; });
  var last = scrollY;
  var pending = false;

  function update() {
    pending = false;
    var y = scrollY;
    var below = header ? header.offsetHeight : 0;
    var inContent = main && y >= main.offsetTop - below;
    if (header) header.classList.toggle("md-header--shadow", !!inContent);
    if (title && heading) {
      title.classList.toggle("md-header__title--active", heading.offsetHeight > 0 && heading.getBoundingClientRect().bottom <= below);
    }
    if (top) {
      var hide = !(inContent && y < last && y > 0);
      // Hidden, it is see-through but still in the page: out of the Tab order too.
      if (hide && document.activeElement === top) top.blur();
      top.hidden = hide;
      top.tabIndex = hide ? -1 : 0;
    }
    var current = -1;
    var end = y + innerHeight >= document.documentElement.scrollHeight - 1;
    parts.forEach(function (part, index) {
      if (end || part[1].getBoundingClientRect().top <= below + 1) current = index;
    });
    parts.forEach(function (part, index) {
      part[0].classList.toggle("md-nav__link--passed", index <= current);
      part[0].classList.toggle("md-nav__link--active", index === current);
    });
    last = y;
  }
  addEventListener("scroll", function () {
    if (!pending) {
      pending = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  update();

  // Back at the top, the focus too: the next Tab goes to the skip link, not back down the page.
  if (top) {
    top.addEventListener("click", function () {
      scrollTo({ top: 0 });
      var skip = document.querySelector(".md-skip");
      if (skip) skip.focus({ preventScroll: true });
    });
  }
})();
