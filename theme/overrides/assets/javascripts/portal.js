// The menu button on phones and tablets (base.html): the drawer's checkbox, which keyboard
// users reach and screen readers announce. A checkbox toggles with Space; Enter works too, as
// on any button, and Escape closes the open menu and leaves the focus on its button.
const drawer = document.getElementById("__drawer");
if (drawer) {
  // Firefox restores a checkbox's state on "back" (Material prevented it with an attribute that
  // is not valid on checkboxes): the menu is always closed when a page is shown.
  addEventListener("pageshow", () => { if (drawer.checked) drawer.click(); });
  drawer.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      drawer.click();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && drawer.checked) {
      drawer.click();
      drawer.focus();
    }
  });
}
