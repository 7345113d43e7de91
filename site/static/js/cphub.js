/*
 * CP Hub — small progressive enhancements. Everything works without this file.
 * - Escape closes the open mobile menu (a <details> element) and returns focus to its button.
 * - On wide screens the menu is shown open, for browsers without ::details-content support.
 */
(function () {
  "use strict";

  var menu = document.getElementById("site-menu");
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 60em)");

  function sync() {
    if (wide.matches) {
      menu.setAttribute("open", "");
    } else {
      menu.removeAttribute("open");
    }
  }

  sync();
  if (wide.addEventListener) {
    wide.addEventListener("change", sync);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || wide.matches || !menu.hasAttribute("open")) {
      return;
    }
    menu.removeAttribute("open");
    var toggle = menu.querySelector("summary");
    if (toggle) {
      toggle.focus();
    }
  });
})();
