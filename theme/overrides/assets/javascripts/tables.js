/*
 * Filters and sorting for the tables built by generator/site/tables.py. Without this script every
 * table is still on the page in full, in its built order.
 *
 * Filters: the n-th <select data-facet> of a .tdkt-filters box keeps the rows whose data-loc holds,
 * in its n-th place, the number of the chosen option (data-loc="3 1": third option, first option). Sorting: a sortable column's header becomes a button; each of its cells
 * carries data-sort, the row's place in that column's order, computed at build time (Vietnamese
 * letter and tone order, people by given name), so nothing is compared here but numbers.
 */
(function () {
  "use strict";

  document.querySelectorAll(".tdkt-filters[data-table]").forEach(function (box) {
    var table = document.getElementById("bang-" + box.getAttribute("data-table"));
    if (!table) return;
    var selects = box.querySelectorAll("select[data-facet]");
    var count = box.querySelector(".tdkt-filters__count");
    var rows = table.tBodies[0].rows;
    function apply() {
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var picks = (row.getAttribute("data-loc") || "").split(" ");
        var keep = Array.prototype.every.call(selects, function (select, place) {
          return !select.value || picks[place] === select.value;
        });
        row.hidden = !keep;
        if (keep) shown++;
      });
      var filtered = Array.prototype.some.call(selects, function (select) { return select.value; });
      count.textContent = filtered ? "Đang hiện " + shown + "/" + rows.length + " dòng." : "";
    }
    selects.forEach(function (select) { select.addEventListener("change", apply); });
    box.hidden = false;
  });

  document.querySelectorAll("table[data-table]").forEach(function (table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    // On phones a list's rows are stacked as cards (portal.css): each value is introduced by
    // its column's name, which the cell takes from the header here rather than carrying it in
    // the HTML of every row. Without this script the cards show the values alone.
    var names = Array.prototype.map.call(headers, function (header) { return header.textContent; });
    Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, column) {
        if (cell.tagName === "TD" && names[column]) cell.setAttribute("data-label", names[column]);
      });
    });
    Array.prototype.forEach.call(headers, function (header, column) {
      if (!header.hasAttribute("data-sortable")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "tdkt-sort";
      button.textContent = header.textContent;
      header.textContent = "";
      header.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var difference = Number(a.cells[column].getAttribute("data-sort")) - Number(b.cells[column].getAttribute("data-sort"));
          return ascending ? difference : -difference;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
