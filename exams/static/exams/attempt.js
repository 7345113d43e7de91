/*
 * CP Hub — the exam attempt page. Progressive enhancement only: without this file the form
 * still saves every answer ("Save answers") and submits ("Submit for grading").
 *
 * 1. Each answer is saved the moment it is given: a change to a choice is posted at once, typing
 *    is posted after a short pause. The request is JSON {"position": N, "response": R} with the
 *    response in display order, exactly what the server expects from this page.
 * 2. Unsent answers wait in a queue kept in localStorage (one key per attempt, the latest value
 *    per question), so nothing is lost when the connection drops or the page is reloaded. The
 *    queue is sent again when the browser comes back online and every 10 seconds while it is
 *    not empty. On load, queued answers that the server does not have yet are put back into the
 *    form and sent.
 * 3. The clock counts down from the server's time left (data-seconds-left) and is corrected by
 *    every save reply. At zero the queue is sent and the attempt is submitted; the server would
 *    submit it on its own anyway.
 * 4. Leaving the page warns only while answers are unsent.
 *
 * All texts come from the page (the data-text-* attributes of [data-exam-texts]), so they are
 * translated there.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-exam-form]");
  if (!form || !window.fetch || !window.JSON || !window.Promise) {
    return;
  }

  var DEBOUNCE_MS = 600;
  var RETRY_MS = 10000;
  var REQUEST_TIMEOUT_MS = 15000;
  var SUBMIT_FALLBACK_MS = 20000;
  var KEEP_QUEUES_MS = 7 * 24 * 60 * 60 * 1000;
  var STORAGE_PREFIX = "cphub-attempt-";
  var WARNINGS = [600, 300, 60];

  var statusBar = document.querySelector("[data-exam-status]");
  var texts = document.querySelector("[data-exam-texts]");
  var saveStatus = document.querySelector("[data-exam-save-status]");
  var timerText = document.querySelector("[data-exam-timer]");
  var timeAlert = document.querySelector("[data-exam-time-alert]");
  var answeredCount = document.querySelector("[data-exam-answered-count]");
  var saveUrl = form.getAttribute("data-save-url");
  var submitUrl = form.getAttribute("data-submit-url");
  var storageKey = STORAGE_PREFIX + form.getAttribute("data-attempt");

  function text(name) {
    return (texts && texts.getAttribute("data-text-" + name)) || "";
  }

  function csrfToken() {
    var input = form.querySelector("input[name='csrfmiddlewaretoken']");
    return input ? input.value : "";
  }

  function isOffline() {
    return navigator.onLine === false;
  }

  // --- Questions: reading and writing the answers in the form --------------------------------

  var questions = {};
  var order = [];
  Array.prototype.forEach.call(form.querySelectorAll("[data-question]"), function (fieldset) {
    var position = fieldset.getAttribute("data-question");
    questions[position] = {
      position: position,
      kind: fieldset.getAttribute("data-kind"),
      fieldset: fieldset,
      nav: document.querySelector("[data-exam-nav='" + position + "']"),
      error: fieldset.querySelector("[data-question-error]"),
    };
    order.push(position);
  });

  function field(question, suffix) {
    return question.fieldset.querySelector("[name='q" + question.position + (suffix || "") + "']");
  }

  function fields(question) {
    return question.fieldset.querySelectorAll("input[name='q" + question.position + "']");
  }

  function readResponse(question) {
    var checked;
    switch (question.kind) {
      case "single":
        checked = question.fieldset.querySelector("input[type='radio']:checked");
        return checked ? parseInt(checked.value, 10) : null;
      case "multiple":
        return Array.prototype.filter
          .call(fields(question), function (input) {
            return input.checked;
          })
          .map(function (input) {
            return parseInt(input.value, 10);
          });
      case "true_false":
        checked = question.fieldset.querySelector("input[type='radio']:checked");
        return checked ? checked.value === "true" : null;
      case "numeric": {
        var value = field(question, "-value");
        var unit = field(question, "-unit");
        var number = value ? value.value : "";
        var unitText = unit ? unit.value : "";
        if (!number.trim() && !unitText.trim()) {
          return null; // cleared: the question counts as unanswered again
        }
        return { value: number, unit: unitText };
      }
      default: {
        var input = field(question);
        return input ? input.value : "";
      }
    }
  }

  function writeResponse(question, response) {
    switch (question.kind) {
      case "single":
      case "multiple":
        Array.prototype.forEach.call(fields(question), function (input) {
          var index = parseInt(input.value, 10);
          input.checked = Array.isArray(response)
            ? response.indexOf(index) !== -1
            : response === index;
        });
        break;
      case "true_false":
        Array.prototype.forEach.call(fields(question), function (input) {
          input.checked = typeof response === "boolean" && (input.value === "true") === response;
        });
        break;
      case "numeric": {
        var value = field(question, "-value");
        var unit = field(question, "-unit");
        if (value) {
          value.value = response && response.value != null ? String(response.value) : "";
        }
        if (unit) {
          unit.value = response && response.unit != null ? String(response.unit) : "";
        }
        break;
      }
      default: {
        var input = field(question);
        if (input) {
          input.value = response == null ? "" : String(response);
        }
      }
    }
  }

  function isAnswered(question, response) {
    if (response === null || response === undefined) {
      return false;
    }
    if (Array.isArray(response)) {
      return response.length > 0;
    }
    if (typeof response === "string") {
      return response.trim() !== "";
    }
    return true;
  }

  function sameResponse(a, b) {
    return JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b);
  }

  // --- The queue of unsent answers ------------------------------------------------------------

  var queue = {};
  var sequence = 0;

  function readStorage(key) {
    try {
      var data = JSON.parse(window.localStorage.getItem(key) || "null");
      return data && typeof data === "object" && data.answers ? data : null;
    } catch (error) {
      return null;
    }
  }

  function persist() {
    try {
      if (queued().length) {
        window.localStorage.setItem(
          storageKey,
          JSON.stringify({ updated: Date.now(), answers: queue })
        );
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch (error) {
      // Storage full or unavailable: the queue still lives in memory while the page is open.
    }
  }

  function forgetOldQueues() {
    try {
      var now = Date.now();
      for (var i = window.localStorage.length - 1; i >= 0; i -= 1) {
        var key = window.localStorage.key(i);
        if (key && key.indexOf(STORAGE_PREFIX) === 0 && key !== storageKey) {
          var data = readStorage(key);
          if (!data || !data.updated || now - data.updated > KEEP_QUEUES_MS) {
            window.localStorage.removeItem(key);
          }
        }
      }
    } catch (error) {
      // Nothing to tidy up.
    }
  }

  function queued() {
    return order.filter(function (position) {
      return Object.prototype.hasOwnProperty.call(queue, position);
    });
  }

  function enqueue(question) {
    sequence += 1;
    queue[question.position] = { response: readResponse(question), seq: sequence };
    persist();
    setError(question, "");
    refreshQuestion(question);
    refreshCount();
    renderStatus();
  }

  // --- What the page shows ------------------------------------------------------------------

  var problem = ""; // "", "offline", "retry" or "expired"
  var closedMessage = "";
  var timeIsUp = false;
  var errors = {};

  function setText(element, value) {
    // Unchanged text is not written again, so the live region does not repeat itself.
    if (element && element.textContent !== value) {
      element.textContent = value;
    }
  }

  function setError(question, message) {
    if (message) {
      errors[question.position] = message;
    } else {
      delete errors[question.position];
    }
    setText(question.error, message);
    question.fieldset.classList.toggle("exam-question--error", Boolean(message));
    Array.prototype.forEach.call(question.fieldset.querySelectorAll("input, textarea"), function (input) {
      if (message) {
        input.setAttribute("aria-invalid", "true");
      } else {
        input.removeAttribute("aria-invalid");
      }
    });
  }

  function refreshQuestion(question) {
    var answered = isAnswered(question, readResponse(question));
    var pending = Object.prototype.hasOwnProperty.call(queue, question.position);
    question.fieldset.setAttribute("data-save-state", pending ? "pending" : "saved");
    if (question.nav) {
      question.nav.classList.toggle("exam-nav__link--answered", answered);
      question.nav.classList.toggle("exam-nav__link--pending", pending);
      var state = question.nav.querySelector("[data-exam-nav-state]");
      var words = text(answered ? "answered" : "unanswered");
      if (pending) {
        words += ", " + text("pending");
      }
      setText(state, words);
    }
  }

  function refreshCount() {
    var count = order.filter(function (position) {
      var question = questions[position];
      return isAnswered(question, readResponse(question));
    }).length;
    setText(answeredCount, String(count));
  }

  function firstError() {
    for (var i = 0; i < order.length; i += 1) {
      if (errors[order[i]]) {
        return text("question").replace("%(number)s", order[i]) + " " + errors[order[i]];
      }
    }
    return "";
  }

  function renderStatus() {
    var message;
    var state = "saved";
    var waiting = queued().length > 0;
    var trouble = problem === "offline" || isOffline();
    if (closedMessage) {
      message = closedMessage;
      state = "error";
    } else if (trouble) {
      message = text("offline");
      state = "offline";
    } else if (firstError()) {
      message = firstError();
      state = "error";
    } else if (waiting && problem === "expired") {
      message = text("expired");
      state = "error";
    } else if (waiting && problem === "retry") {
      message = text("retry");
      state = "offline";
    } else if (waiting) {
      message = text("saving");
      state = "saving";
    } else {
      message = text("saved");
    }
    if (timeIsUp && !closedMessage) {
      message = text("time-up") + (state === "saved" || state === "saving" ? "" : " " + message);
      state = "time-up";
    }
    if (saveStatus) {
      saveStatus.setAttribute("data-state", state);
    }
    setText(saveStatus, message);
  }

  // --- Sending ----------------------------------------------------------------------------

  var flushing = null;
  var flushAgain = false;
  var retryTimer = null;
  var debounceTimers = {};
  var leaving = false;

  function scheduleRetry() {
    if (retryTimer === null) {
      retryTimer = window.setInterval(function () {
        if (queued().length) {
          flush();
        } else {
          window.clearInterval(retryTimer);
          retryTimer = null;
        }
      }, RETRY_MS);
    }
  }

  function post(position, response) {
    var controller = window.AbortController ? new window.AbortController() : null;
    var timeout = window.setTimeout(function () {
      if (controller) {
        controller.abort();
      }
    }, REQUEST_TIMEOUT_MS);
    return window
      .fetch(saveUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          "X-CSRFToken": csrfToken(),
        },
        body: JSON.stringify({ position: parseInt(position, 10), response: response }),
        signal: controller ? controller.signal : undefined,
      })
      .then(
        function (reply) {
          var type = reply.headers.get("Content-Type") || "";
          if (reply.redirected || (reply.status === 403 && type.indexOf("json") === -1)) {
            // Sent to the sign-in page, or the CSRF check failed: a new page load fixes it.
            return { kind: "expired" };
          }
          if (type.indexOf("application/json") === -1) {
            return { kind: "retry" };
          }
          return reply.json().then(function (data) {
            return { kind: "reply", status: reply.status, data: data || {} };
          });
        },
        function () {
          return { kind: "network" };
        }
      )
      .catch(function () {
        return { kind: "retry" };
      })
      .then(function (outcome) {
        window.clearTimeout(timeout);
        return outcome;
      });
  }

  function sendNext() {
    var positions = queued();
    if (!positions.length) {
      problem = "";
      renderStatus();
      return Promise.resolve("ok");
    }
    if (closedMessage) {
      return Promise.resolve("closed");
    }
    if (isOffline()) {
      problem = "offline";
      renderStatus();
      scheduleRetry();
      return Promise.resolve("offline");
    }
    var position = positions[0];
    var entry = queue[position];
    var question = questions[position];
    renderStatus();
    return post(position, entry.response).then(function (outcome) {
      if (outcome.kind === "network") {
        problem = "offline";
      } else if (outcome.kind === "expired" || outcome.kind === "retry") {
        problem = outcome.kind;
      }
      if (outcome.kind !== "reply") {
        renderStatus();
        scheduleRetry();
        return problem;
      }
      var data = outcome.data;
      if (typeof data.seconds_left === "number") {
        resync(data.seconds_left);
      }
      // The attempt is over: submitted, or past its deadline (the server then submits it
      // the next time the page is loaded).
      if (outcome.status === 409 && (data.open === false || data.seconds_left === 0)) {
        close(data.error || text("time-up"));
        return "closed";
      }
      if (outcome.status >= 500 || (outcome.status !== 200 && outcome.status !== 400 && outcome.status !== 409)) {
        problem = "retry";
        renderStatus();
        scheduleRetry();
        return problem;
      }
      problem = "";
      if (queue[position] && queue[position].seq === entry.seq) {
        delete queue[position];
        persist();
      }
      if (outcome.status !== 200 || !data.saved) {
        // The server refused this answer (it does not fit the question): sending it again
        // would not help, so it leaves the queue and the question says why.
        setError(question, data.error || "");
      }
      refreshQuestion(question);
      renderStatus();
      return sendNext();
    });
  }

  function flush() {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = sendNext().then(function (result) {
      flushing = null;
      if (flushAgain && result === "ok") {
        flushAgain = false;
        return flush();
      }
      flushAgain = false;
      if (result === "ok" && timeIsUp) {
        submitNow();
      }
      return result;
    });
    return flushing;
  }

  function sendSoon(question) {
    window.clearTimeout(debounceTimers[question.position]);
    debounceTimers[question.position] = window.setTimeout(function () {
      delete debounceTimers[question.position];
      flush();
    }, DEBOUNCE_MS);
  }

  function sendNow(question) {
    window.clearTimeout(debounceTimers[question.position]);
    delete debounceTimers[question.position];
    flush();
  }

  function close(message) {
    // The attempt is over on the server: nothing more can be saved. Reloading shows the result.
    closedMessage = message;
    leaving = true;
    queue = {};
    persist();
    renderStatus();
    window.setTimeout(function () {
      window.location.reload();
    }, 2500);
  }

  // --- The clock ----------------------------------------------------------------------------

  var secondsAtLoad = parseInt(form.getAttribute("data-seconds-left"), 10);
  if (isNaN(secondsAtLoad)) {
    secondsAtLoad = 0;
  }
  var deadline = Date.now() + secondsAtLoad * 1000;
  var warned = {};
  var tickTimer = null;
  var submitted = false;

  WARNINGS.forEach(function (seconds) {
    warned[seconds] = secondsAtLoad <= seconds;
  });

  function secondsLeft() {
    return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  }

  function pad(number) {
    return (number < 10 ? "0" : "") + number;
  }

  function formatTime(seconds) {
    var hours = Math.floor(seconds / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    return hours + ":" + pad(minutes) + ":" + pad(seconds % 60);
  }

  function tick() {
    var seconds = secondsLeft();
    setText(timerText, formatTime(seconds));
    if (statusBar) {
      statusBar.classList.toggle("exam-status--low", seconds <= 300);
    }
    WARNINGS.forEach(function (threshold) {
      if (!warned[threshold] && seconds <= threshold && seconds > 0) {
        warned[threshold] = true;
        setText(timeAlert, text("warn-" + threshold));
      }
    });
    window.clearTimeout(tickTimer);
    if (seconds <= 0) {
      timeUp();
      return;
    }
    var untilNextSecond = (deadline - Date.now()) % 1000;
    tickTimer = window.setTimeout(tick, untilNextSecond > 20 ? untilNextSecond : 1000);
  }

  function resync(seconds) {
    var corrected = Date.now() + seconds * 1000;
    // The server rounds down to whole seconds: only a real drift moves the clock.
    if (Math.abs(corrected - deadline) > 2000) {
      deadline = corrected;
      tick();
    }
  }

  function timeUp() {
    if (timeIsUp) {
      return;
    }
    timeIsUp = true;
    setText(timeAlert, text("time-up"));
    renderStatus();
    Object.keys(debounceTimers).forEach(function (position) {
      window.clearTimeout(debounceTimers[position]);
      delete debounceTimers[position];
    });
    flush();
    // If the last answers cannot be sent in time, submit anyway: the server would refuse them.
    window.setTimeout(function () {
      if (!isOffline()) {
        submitNow();
      }
    }, SUBMIT_FALLBACK_MS);
  }

  function submitNow() {
    if (submitted || closedMessage) {
      return;
    }
    submitted = true;
    leaving = true;
    var submitForm = document.createElement("form");
    submitForm.method = "post";
    submitForm.action = submitUrl;
    submitForm.hidden = true;
    var token = document.createElement("input");
    token.type = "hidden";
    token.name = "csrfmiddlewaretoken";
    token.value = csrfToken();
    submitForm.appendChild(token);
    document.body.appendChild(submitForm);
    submitForm.submit();
  }

  // --- Events -------------------------------------------------------------------------------

  function questionFor(target) {
    var fieldset = target && target.closest ? target.closest("[data-question]") : null;
    return fieldset ? questions[fieldset.getAttribute("data-question")] : null;
  }

  function isTyped(target) {
    return target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && target.type === "text");
  }

  form.addEventListener("input", function (event) {
    var question = questionFor(event.target);
    if (question && isTyped(event.target)) {
      enqueue(question);
      sendSoon(question);
    }
  });

  form.addEventListener("change", function (event) {
    var question = questionFor(event.target);
    if (question) {
      enqueue(question);
      sendNow(question);
    }
  });

  form.addEventListener("submit", function (event) {
    if (isOffline()) {
      // The plain form post would fail: the answers wait on this device instead.
      event.preventDefault();
      problem = "offline";
      renderStatus();
      return;
    }
    leaving = true;
  });

  window.addEventListener("online", function () {
    problem = "";
    renderStatus();
    flush();
  });

  window.addEventListener("offline", function () {
    renderStatus();
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !queued().length) {
      return undefined;
    }
    event.preventDefault();
    event.returnValue = "";
    return "";
  });

  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      // Back from the browser's page cache: the answers may have been submitted meanwhile.
      leaving = false;
      tick();
      flush();
    }
  });

  // --- Start ----------------------------------------------------------------------------------

  forgetOldQueues();
  var stored = readStorage(storageKey);
  if (stored) {
    Object.keys(stored.answers).forEach(function (position) {
      var entry = stored.answers[position];
      var question = questions[position];
      if (!question || !entry || typeof entry !== "object") {
        return;
      }
      // The page shows what the server has; an answer it already holds need not be sent again.
      if (sameResponse(readResponse(question), entry.response)) {
        return;
      }
      writeResponse(question, entry.response);
      sequence = Math.max(sequence, Number(entry.seq) || 0);
      queue[position] = { response: entry.response, seq: Number(entry.seq) || 0 };
    });
    persist();
  }
  order.forEach(function (position) {
    refreshQuestion(questions[position]);
  });
  refreshCount();
  renderStatus();
  tick();
  if (queued().length) {
    flush();
  }
})();
