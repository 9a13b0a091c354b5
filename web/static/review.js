// The review page's keyboard shortcuts (README "Console"). Each one does what a link or button
// on the page does: j/k follow the plain previous/next links, a/i submit the decision form
// with its Accept or Ignore button (CSRF field included; the server checks the role as for a
// click), e/r only move the focus. Nothing happens while typing in a text box.
"use strict";

(function () {
  var help = document.getElementById("shortcuts");
  var opener = document.getElementById("shortcuts-open");

  function typing(target) {
    if (!(target instanceof Element)) { return false; }
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function follow(rel) {
    var link = document.querySelector('nav a[rel="' + rel + '"]');
    if (link) { window.location.assign(link.href); }
  }

  function decide(action) {
    var button = document.querySelector('form.decision button[name="action"][value="' + action + '"]');
    if (button) { button.form.requestSubmit(button); }
  }

  function focus(id) {
    var box = document.getElementById(id);
    if (box) { box.focus(); }
  }

  function toggleHelp() {
    if (!help) { return; }
    if (help.open) { help.close(); } else { help.showModal(); }
  }

  var keys = {
    j: function () { follow("next"); },
    k: function () { follow("prev"); },
    a: function () { decide("accept"); },
    i: function () { decide("ignore"); },
    e: function () { focus("draft_text"); },
    r: function () { focus("feedback"); },
    "?": toggleHelp
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) { return; }
    if (typing(event.target)) { return; }
    if (help && help.open && event.key !== "?") { return; }  // the dialog has the focus
    var act = keys[event.key];
    if (!act) { return; }
    event.preventDefault();  // "e" must not type an "e" into the box it focuses
    act();
  });

  if (opener && help) {
    opener.hidden = false;  // without this script the button would do nothing
    opener.addEventListener("click", toggleHelp);
    document.getElementById("shortcuts-close").addEventListener("click", function () { help.close(); });
  }
})();
