// Suggestions as you type for every search box with data-suggest-url. Without this script the box
// is a plain GET form; with it, a list of up to 8 products, cooperatives and categories opens below.
(function () {
  "use strict";
  document.querySelectorAll("input[data-suggest-url]").forEach(function (input, n) {
    var list = document.createElement("ul");
    var timer = null, active = -1, items = [], lastQuery = "", controller = null;
    list.id = "suggestions-" + n;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.parentNode.classList.add("has-suggestions");
    input.parentNode.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function highlight(index) {
      items.forEach(function (li, i) { li.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) { input.setAttribute("aria-activedescendant", items[index].id); }
    }
    function render(suggestions) {
      list.textContent = ""; items = [];
      // An option holds text only (a link inside would be a control nested in a control): choosing it,
      // with Enter or a click, goes to its page.
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li"), label = document.createElement("span"), kind = document.createElement("span");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.dataset.url = s.url;
        label.textContent = s.label;
        kind.className = "suggestion-kind";
        kind.textContent = input.dataset["kind" + s.kind.charAt(0).toUpperCase() + s.kind.slice(1)] || "";
        li.appendChild(label);
        li.appendChild(kind);
        li.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep the box focused
        li.addEventListener("click", function () { window.location.href = s.url; });
        list.appendChild(li); items.push(li);
      });
      if (items.length) {
        list.hidden = false; input.setAttribute("aria-expanded", "true"); highlight(-1);
      } else { close(); }
    }
    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) { return; }
      lastQuery = q;
      if (q.length < 2) { render([]); return; }
      if (controller) { controller.abort(); }
      controller = new AbortController();
      var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(q) + "&lang=" + document.documentElement.lang;
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === q) { render(data.suggestions || []); } })
        .catch(function () { /* offline or aborted: the form still works */ });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer); timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) { return; }
      if (event.key === "ArrowDown") { event.preventDefault(); highlight((active + 1) % items.length); }
      else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
      else if (event.key === "Escape") { close(); }
      else if (event.key === "Enter" && active >= 0) {
        event.preventDefault(); window.location.href = items[active].dataset.url;
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  });
})();
