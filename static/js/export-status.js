// A report being prepared: ask for its state every few seconds and show the page again once it is
// ready or failed. Without this script the page has a Refresh link.
(function () {
  "use strict";
  var box = document.getElementById("export-state");
  if (!box || (box.dataset.status !== "pending" && box.dataset.status !== "running")) return;
  var delay = 2000;
  function check() {
    fetch(box.dataset.stateUrl, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (state && state.status !== box.dataset.status && state.status !== "running") {
          window.location.reload();
          return;
        }
        delay = Math.min(delay * 1.5, 15000);
        window.setTimeout(check, delay);
      })
      .catch(function () { window.setTimeout(check, 15000); });
  }
  window.setTimeout(check, delay);
})();
