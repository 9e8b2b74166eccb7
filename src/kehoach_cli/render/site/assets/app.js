// kehoach dashboard: filter and sort the overdue list in the page; nothing is sent anywhere.
"use strict";
(function () {
  var table = document.getElementById("overdue");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var text = document.getElementById("filter-text");
  var unit = document.getElementById("filter-unit");
  var kind = document.getElementById("filter-kind");
  var count = document.getElementById("filter-count");

  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }

  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var hay = fold(row.textContent);
      var ok = words.every(function (w) { return hay.indexOf(w) !== -1; }) &&
        (!unit.value || row.getAttribute("data-unit") === unit.value) &&
        (!kind.value || row.getAttribute("data-kind") === kind.value);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = String(shown);
  }

  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-value") || cell.textContent.trim();
    return numeric ? Number(raw) : raw;
  }

  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.getAttribute("data-sort") === "number";
    var descending = th.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
    rows.sort(function (a, b) {
      var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
      var order = numeric ? x - y : String(x).localeCompare(String(y), document.documentElement.lang, { numeric: true });
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sortBy(th); }); }
  });
  [text, unit, kind].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
  document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
}());
