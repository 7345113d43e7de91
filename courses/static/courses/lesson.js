/*
 * CP Hub — lesson pages. Progressive enhancement only: everything works without this file.
 *
 * 1. Reaching the end of a lesson records it as complete. When the reader scrolls the element
 *    marked [data-lesson-end] into view and it stays there for a moment, the lesson is posted
 *    once to its data-complete-url with method=reached_end; on success the "Mark as complete"
 *    buttons give way to the "Completed" status (announced politely) and the course progress
 *    text is updated.
 * 2. Self-check questions ([data-self-check]) become radio buttons with a "Check answer"
 *    button and a spoken result. All texts come from the page, so they are translated there.
 */
(function () {
  "use strict";

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) {
      return decodeURIComponent(match[1]);
    }
    var input = document.querySelector("input[name='csrfmiddlewaretoken']");
    return input ? input.value : "";
  }

  function showCompleted() {
    var area = document.querySelector("[data-lesson-complete]");
    if (!area) {
      return;
    }
    var status = area.querySelector("[data-lesson-status]");
    var actions = area.querySelector("[data-lesson-actions]");
    var template = area.querySelector("template[data-lesson-done-template]");
    var next = area.querySelector("[data-lesson-next]");
    var hadFocus = actions && actions.contains(document.activeElement);

    if (status && template && template.content) {
      status.appendChild(template.content.cloneNode(true));
    }
    if (actions) {
      actions.remove();
    }
    if (next) {
      next.hidden = false;
    }
    if (hadFocus && status) {
      status.focus();
    }

    var progress = document.querySelector("[data-course-progress]");
    if (progress) {
      var text = progress.querySelector("[data-progress-text]");
      var bar = progress.querySelector("progress");
      var afterText = progress.getAttribute("data-after-text");
      var afterValue = progress.getAttribute("data-after-value");
      if (text && afterText) {
        text.textContent = afterText;
      }
      if (bar && afterValue) {
        bar.value = Number(afterValue);
        if (afterText) {
          bar.textContent = afterText;
        }
      }
    }
  }

  function recordEnd(sentinel) {
    var url = sentinel.getAttribute("data-complete-url");
    if (!url || !window.fetch) {
      return;
    }
    window
      .fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/x-www-form-urlencoded",
          "X-CSRFToken": csrfToken(),
        },
        body: "method=reached_end",
      })
      .then(function (response) {
        if (!response.ok) {
          return null;
        }
        return response.json();
      })
      .then(function (data) {
        if (data && data.completed) {
          showCompleted();
        }
      })
      .catch(function () {
        // Offline or refused: the "Mark as complete" button still works.
      });
  }

  // The end counts as reached once the reader has scrolled and the end has then stayed in view
  // for a moment: opening a short lesson, or scrolling quickly past the end, is not reading it.
  var DWELL_MS = 1500;

  function watchLessonEnd() {
    var sentinel = document.querySelector("[data-lesson-end]");
    if (!sentinel || !("IntersectionObserver" in window)) {
      return;
    }
    var visible = false;
    var scrolled = false;
    var timer = null;
    var observer = null;

    function stop() {
      window.clearTimeout(timer);
      timer = null;
    }

    function onScroll() {
      scrolled = true;
      update();
    }

    function update() {
      if (!visible || !scrolled) {
        stop();
        return;
      }
      if (timer === null) {
        timer = window.setTimeout(function () {
          observer.disconnect();
          window.removeEventListener("scroll", onScroll);
          recordEnd(sentinel);
        }, DWELL_MS);
      }
    }

    observer = new IntersectionObserver(function (entries) {
      visible = entries[entries.length - 1].isIntersecting;
      update();
    });
    observer.observe(sentinel);
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("pagehide", stop);
  }

  var counter = 0;

  function enhanceSelfCheck(fieldset) {
    var options = fieldset.querySelectorAll("[data-self-check-option]");
    var list = fieldset.querySelector("[data-self-check-options]");
    if (!options.length || !list) {
      return;
    }
    counter += 1;
    var name = "self-check-" + counter;

    var choices = document.createElement("div");
    choices.className = "self-check__choices";
    for (var i = 0; i < options.length; i += 1) {
      var text = options[i].querySelector("[data-self-check-text]");
      var choice = document.createElement("div");
      choice.className = "choice";
      var input = document.createElement("input");
      input.type = "radio";
      input.name = name;
      input.id = name + "-" + i;
      input.value = String(i);
      var label = document.createElement("label");
      label.htmlFor = input.id;
      label.textContent = text ? text.textContent.trim() : "";
      choice.appendChild(input);
      choice.appendChild(label);
      choices.appendChild(choice);
    }

    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary button--small";
    button.textContent = fieldset.getAttribute("data-check-label") || "OK";

    var result = document.createElement("div");
    result.className = "self-check__result";
    result.setAttribute("role", "status");

    button.addEventListener("click", function () {
      var chosen = fieldset.querySelector("input[name='" + name + "']:checked");
      var message = fieldset.getAttribute("data-choose-first") || "";
      var modifier = "";
      if (chosen) {
        var option = options[Number(chosen.value)];
        var feedback = option.querySelector("[data-self-check-feedback]");
        var correct = option.getAttribute("data-correct") === "true";
        modifier = correct ? " self-check__result--correct" : " self-check__result--incorrect";
        message = feedback ? feedback.textContent.replace(/\s+/g, " ").trim() : "";
      }
      // Empty the live region first, so checking the same answer twice is announced again.
      result.textContent = "";
      result.className = "self-check__result";
      window.setTimeout(function () {
        result.className = "self-check__result" + modifier;
        result.textContent = message;
      }, 50);
    });

    list.hidden = true;
    var hint = fieldset.querySelector("[data-self-check-hint]");
    if (hint) {
      hint.hidden = true;
    }
    list.parentNode.insertBefore(choices, list);
    list.parentNode.insertBefore(button, list);
    list.parentNode.insertBefore(result, list);
  }

  watchLessonEnd();
  var checks = document.querySelectorAll("[data-self-check]");
  for (var i = 0; i < checks.length; i += 1) {
    enhanceSelfCheck(checks[i]);
  }
})();
