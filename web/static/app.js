// PO Desk console: the only script besides htmx (no inline script: the CSP forbids it).
"use strict";

// htmx requests carry the session's CSRF token as a header; plain forms carry a hidden field.
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { event.detail.headers["X-CSRF-Token"] = meta.content; }
});

// Times are sent in UTC; show them in the viewer's time zone.
function localTimes(root) {
  root.querySelectorAll("time[datetime]").forEach(function (el) {
    if (el.dataset.local || /^\d+[dhm]$|^now$/.test(el.textContent)) { return; }
    var at = new Date(el.getAttribute("datetime"));
    if (!isNaN(at)) { el.textContent = at.toLocaleString(); el.dataset.local = "1"; }
  });
}
document.addEventListener("DOMContentLoaded", function () { localTimes(document); });
document.addEventListener("htmx:afterSettle", function (event) { localTimes(event.target); });
