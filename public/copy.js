// Copy buttons for the dashboard's secrets and DNS records. A plain script served only to
// dashboard pages rather than an island: an island would add to the WASM bundle every
// portal customer downloads. Without it the fields stay selectable (they are read-only).
// The words come from the script tag (data-copy, data-copied), in the page's language.
(function () {
  var words = (document.currentScript && document.currentScript.dataset) || {};
  var copyWord = words.copy || "Copy";
  var copiedWord = words.copied || "Copied";
  function copy(field, button) {
    var word = button.firstChild;
    var done = function () {
      word.textContent = copiedWord;
      setTimeout(function () { word.textContent = copyWord; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, function () { fallback(field, done); });
    } else {
      fallback(field, done);
    }
  }
  function fallback(field, done) {
    field.select();
    if (document.execCommand("copy")) done();
  }
  document.querySelectorAll("[data-copy]").forEach(function (field) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button copy";
    // "Copy" shows; what is copied is read out too, hidden from sight (several on a page).
    var word = document.createElement("span");
    word.textContent = copyWord;
    word.setAttribute("aria-live", "polite");
    var what = document.createElement("span");
    what.className = "sr-only";
    what.textContent = " " + (field.getAttribute("data-copy") || "value");
    button.append(word, what);
    button.addEventListener("click", function () { copy(field, button); });
    field.insertAdjacentElement("afterend", button);
  });
})();
