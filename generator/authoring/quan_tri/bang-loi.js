// The problems `check` finds in data/, shown under the form while there are any: the same
// file:line messages as the terminal, so a clerk fixes them where the record is edited.
(function () {
  var panel = document.createElement("div");
  panel.id = "bang-loi";
  panel.setAttribute("role", "alert");
  panel.style.cssText = "position:fixed;inset:auto 0 0 0;z-index:10000;max-height:40vh;overflow:auto;" +
    "background:#fff4f4;color:#5c0000;border-top:4px solid #a4161a;padding:.75rem 1rem;" +
    "font:15px/1.5 sans-serif;display:none";
  var title = document.createElement("strong");
  title.textContent = "Dữ liệu có lỗi: hồ sơ chưa được đăng, bản xem trước giữ bản cũ. Sửa các lỗi sau rồi bấm Công bố:";
  var list = document.createElement("pre");
  list.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
  panel.appendChild(title);
  panel.appendChild(list);
  document.body.appendChild(panel);
  function update() {
    fetch("/quan-tri/loi", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (text) {
      list.textContent = text;
      panel.style.display = text ? "block" : "none";
    }).catch(function () {});
  }
  update();
  setInterval(update, 1500);
})();
