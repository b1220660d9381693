// Decap's Vietnamese strings lack a few the forms use (its English shows instead): they are
// filled in here, before the editor starts.
(function () {
  var vi = window.CMS && CMS.getLocale("vi");
  if (!vi) return;
  function set(path, value) {
    var place = vi;
    for (var i = 0; i < path.length - 1; i++) {
      place[path[i]] = place[path[i]] || {};
      place = place[path[i]];
    }
    place[path[path.length - 1]] = value;
  }
  set(["editor", "editorWidgets", "list", "add"], "Thêm %{item}");
  set(["editor", "editorWidgets", "list", "addType"], "Thêm %{item}");
  set(["ui", "toast", "onFailToPersist"], "Chưa lưu được. %{details}");
  CMS.registerLocale("vi", vi);
})();
