// Search suggestions as the reader types: the ARIA 1.2 combobox pattern (list popup).
// Progressive enhancement: without this file the search forms submit as usual.
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 150;
  var counter = 0;

  function text(language, key) {
    var fr = language === "fr";
    var strings = {
      page: "page",
      place: fr ? "lieu" : "place",
      organisation: fr ? "structure" : "organisation",
      none: fr ? "Aucune suggestion" : "No suggestions",
      count: fr ? " suggestions, flèches haut et bas pour choisir" : " suggestions, use up and down arrows to choose",
    };
    return strings[key];
  }

  function setUp(input) {
    var language = document.documentElement.lang || "fr";
    var endpoint = input.getAttribute("data-search-autocomplete") ||
      "/api/search/suggest/?lang=" + encodeURIComponent(language);
    var id = "search-suggestions-" + ++counter;
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var wrapper = document.createElement("div");
    var timer = null;
    var active = -1;
    var options = [];
    var lastQuery = "";

    wrapper.className = "combobox";
    input.parentNode.insertBefore(wrapper, input);
    wrapper.appendChild(input);
    list.id = id;
    list.className = "combobox__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent.trim() : "Suggestions");
    list.hidden = true;
    wrapper.appendChild(list);
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    wrapper.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    input.setAttribute("autocomplete", "off");

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

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

    function render(results) {
      list.textContent = "";
      options = results.map(function (result, index) {
        var option = document.createElement("li");
        var kind = document.createElement("span");
        option.id = id + "-" + index;
        option.className = "combobox__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        option.appendChild(document.createTextNode(result.label + " "));
        kind.className = "combobox__kind";
        kind.textContent = "(" + text(language, result.kind) + ")";
        option.appendChild(kind);
        list.appendChild(option);
        return option;
      });
      active = -1;
      if (options.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = options.length + text(language, "count");
      } else {
        close();
        status.textContent = text(language, "none");
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < MIN_LENGTH) {
        render([]);
        status.textContent = "";
        return;
      }
      var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
      fetch(endpoint + separator + "q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) render(data.results || []);
        })
        .catch(function () {
          close();
        });
    }

    function go(option) {
      window.location.assign(option.getAttribute("data-url"));
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && options.length;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open && options.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (options.length) highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (options.length) highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        go(options[active]);
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        } else {
          input.value = "";
          lastQuery = "";
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    // mousedown, not click: it comes before the input's blur closes the list.
    list.addEventListener("mousedown", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) {
        event.preventDefault();
        go(option);
      }
    });

    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-search-autocomplete]").forEach(setUp);
})();
