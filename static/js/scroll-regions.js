// A table or floor plan wider than the screen scrolls sideways inside its box. Such a box must be reachable
// with the keyboard (WCAG 2.1.1), so while it scrolls it becomes a named group that takes focus (arrow keys
// then scroll it); when it fits again it goes back to a plain box, with no useless stop in the tab order.
// A group, not a region: a landmark per table would crowd the page's landmarks, often with its section's name.
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".table-wrap, .floorplan"));
  if (!boxes.length) { return; }

  function nameOf(box) {
    var caption = box.querySelector("caption");
    if (caption) { return caption.textContent.trim(); }
    var labelled = box.querySelector("svg[aria-label]");
    if (labelled) { return labelled.getAttribute("aria-label"); }
    var section = box.closest("[aria-labelledby]");
    var heading = section && document.getElementById(section.getAttribute("aria-labelledby").split(" ")[0]);
    if (heading) { return heading.textContent.trim(); }
    // Otherwise the nearest heading before the box.
    var headings = document.querySelectorAll("main h1, main h2, main h3");
    var found = null;
    Array.prototype.forEach.call(headings, function (h) {
      if (h.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) { found = h; }
    });
    return found ? found.textContent.trim() : "";
  }

  function update() {
    boxes.forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      var named = box.getAttribute("data-scroll-region");
      if (scrolls && named === null) {
        box.setAttribute("data-scroll-region", box.hasAttribute("aria-label") ? "" : "named");
        box.setAttribute("tabindex", "0");
        if (box.tagName !== "FIGURE") { box.setAttribute("role", "group"); }
        if (!box.hasAttribute("aria-label")) { box.setAttribute("aria-label", nameOf(box)); }
      } else if (!scrolls && named !== null) {
        box.removeAttribute("data-scroll-region");
        box.removeAttribute("tabindex");
        if (box.tagName !== "FIGURE") { box.removeAttribute("role"); }
        if (named === "named") { box.removeAttribute("aria-label"); }
      }
    });
  }

  var timer = null;
  window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(update, 150); });
  window.addEventListener("load", update);  // pictures may have changed the widths
  update();
})();
