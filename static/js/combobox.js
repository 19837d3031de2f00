// Suggestions as the reader types: the ARIA 1.2 combobox pattern (editable, list
// autocomplete, manual selection: https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
//
// Progressive enhancement: the page renders the box, its hidden listbox and its status line
// (templates/components/combobox_popup.html), so nothing moves when this file runs; without it
// the form submits as usual. Used by the header and search page's search box (suggestions
// from /api/search/suggest/) and by the directory's place box (/api/places/autocomplete/).
//
// <div data-combobox="<JSON endpoint>">
//   <input id="X">
//   <ul id="X-listbox" role="listbox" hidden></ul>
//   <p role="status" data-empty="…" data-count="… {count} …"></p>
// </div>
//
// The endpoint answers {"results": [{"label", "detail"?, "url"?, …}]}; an option shows the
// label, then the detail. Choosing one puts its label in the input and fires a cancellable
// "combobox:choose" event (detail: the result) on the input; unless a listener cancels it,
// the browser follows the result's url.
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 150;

  function setUp(container) {
    var input = container.querySelector("input");
    var list = container.querySelector("[role=listbox]");
    var status = container.querySelector("[role=status]");
    if (!input || !list || !status) return;
    var endpoint = container.getAttribute("data-combobox");
    var results = [];
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    function isOpen() {
      return !list.hidden;
    }

    function open() {
      if (!options.length) return false;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      return true;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      highlight(-1);
    }

    // Visual focus on an option (aria-activedescendant); DOM focus stays in the box.
    function highlight(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(found) {
      results = found;
      list.textContent = "";
      options = found.map(function (result, i) {
        var option = document.createElement("li");
        option.id = input.id + "-option-" + i;
        option.className = "combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = result.label;
        if (result.detail) {
          var detail = document.createElement("span");
          detail.className = "combobox__detail";
          detail.textContent = " · " + result.detail;
          option.appendChild(detail);
        }
        list.appendChild(option);
        return option;
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (open()) {
        status.textContent = status.getAttribute("data-count").replace("{count}", options.length);
      } else {
        close();
        status.textContent = status.getAttribute("data-empty");
      }
    }

    function choose(index) {
      var result = results[index];
      input.value = result.label;
      close();
      var event = new CustomEvent("combobox:choose", { bubbles: true, cancelable: true, detail: result });
      if (input.dispatchEvent(event) && result.url) window.location.assign(result.url);
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      var request = ++latest;
      if (query.length < MIN_LENGTH) {
        results = options = [];
        list.textContent = "";
        close();
        status.textContent = "";
        return;
      }
      var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
      fetch(endpoint + separator + "q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (request === latest) show(data.results || []);
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var key = event.key;
      if (key === "ArrowDown" || key === "ArrowUp") {
        if (!options.length) return;
        event.preventDefault();
        var wasOpen = isOpen();
        open();
        if (event.altKey) {
          if (key === "ArrowUp") close(); // Alt+Up closes, Alt+Down opens without moving
        } else if (key === "ArrowDown") {
          highlight(wasOpen ? (active + 1) % options.length : 0);
        } else {
          highlight(wasOpen && active > 0 ? active - 1 : options.length - 1);
        }
      } else if (key === "Enter") {
        if (isOpen() && active >= 0) {
          event.preventDefault(); // the option, not the form
          choose(active);
        }
      } else if (key === "Escape") {
        event.preventDefault();
        if (isOpen()) {
          close();
        } else {
          input.value = "";
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
      } else if (key === "ArrowLeft" || key === "ArrowRight" || key === "Home" || key === "End") {
        highlight(-1); // back to editing the text
      }
    });

    // mousedown, not click: it comes before the box's blur closes the list.
    list.addEventListener("mousedown", function (event) {
      var option = event.target.closest("[role=option]");
      if (!option) return;
      event.preventDefault(); // keep the focus in the box
      choose(options.indexOf(option));
    });

    input.addEventListener("blur", close);
  }

  document.querySelectorAll("[data-combobox]").forEach(setUp);
})();
