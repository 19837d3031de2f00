// The directory's enhancements. The page works without them: the form is a plain GET
// form and the results are a list. This file adds the commune autocomplete (an ARIA 1.2
// combobox), the "use my location" button and the Leaflet map of the results.
(function () {
  "use strict";

  var form = document.querySelector("[data-directory-form]");
  if (form) {
    setUpAutocomplete(form);
    setUpLocation(form);
  }
  setUpMap(document.querySelector("[data-directory-map]"));

  // --- Place inputs -------------------------------------------------------------------
  function clearPlace(form) {
    form.querySelectorAll("[data-directory-place]").forEach(function (input) {
      input.remove();
    });
  }

  function addPlace(form, name, value) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    input.setAttribute("data-directory-place", "");
    form.appendChild(input);
  }

  // --- Autocomplete -------------------------------------------------------------------
  function setUpAutocomplete(form) {
    var box = form.querySelector("[data-autocomplete-url]");
    var input = box && box.querySelector("input");
    if (!input) return;
    var url = box.getAttribute("data-autocomplete-url");
    var list = document.createElement("ul");
    list.id = input.id + "-listbox";
    list.className = "combobox__listbox";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels[0].textContent);
    list.hidden = true;
    box.appendChild(list);
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, i) {
        option.element.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].element.id);
        options[index].element.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      var option = options[index];
      input.value = option.label;
      clearPlace(form);
      addPlace(form, option.type === "department" ? "department" : "commune", option.code);
      if (option.type === "department") input.value = "";
      close();
      form.submit();
    }

    function show(results) {
      list.innerHTML = "";
      options = results.map(function (result, i) {
        var element = document.createElement("li");
        element.id = input.id + "-option-" + i;
        element.setAttribute("role", "option");
        element.setAttribute("aria-selected", "false");
        element.textContent = result.label + (result.postcodes ? " · " + result.postcodes.join(" ") : "");
        element.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the input
          choose(i);
        });
        list.appendChild(element);
        return { element: element, label: result.label, code: result.code, type: result.type };
      });
      active = -1;
      var open = options.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      status.textContent = open ? options.length + "" : box.getAttribute("data-autocomplete-empty");
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < 2) {
        close();
        return;
      }
      var request = ++latest;
      fetch(url + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (request === latest) show(data.results || []);
        })
        .catch(close);
    }

    input.addEventListener("input", function () {
      clearPlace(form); // the typed text now names the place
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        if (event.key === "ArrowDown" && options.length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
          highlight(0);
          event.preventDefault();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        highlight((active + 1) % options.length);
        event.preventDefault();
      } else if (event.key === "ArrowUp") {
        highlight(active <= 0 ? options.length - 1 : active - 1);
        event.preventDefault();
      } else if (event.key === "Enter" && active >= 0) {
        choose(active);
        event.preventDefault();
      } else if (event.key === "Escape") {
        close();
        event.preventDefault();
      }
    });
    input.addEventListener("blur", close);
  }

  // --- Geolocation --------------------------------------------------------------------
  function setUpLocation(form) {
    var button = form.querySelector("[data-directory-locate]");
    var status = form.querySelector("[data-directory-locate-status]");
    if (!button || !("geolocation" in navigator)) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.getAttribute("data-locating");
      navigator.geolocation.getCurrentPosition(
        function (position) {
          clearPlace(form);
          form.querySelector("input[name=q]").value = "";
          addPlace(form, "lat", position.coords.latitude.toFixed(5));
          addPlace(form, "lon", position.coords.longitude.toFixed(5));
          form.submit();
        },
        function () {
          status.textContent = button.getAttribute("data-locate-failed");
        },
        { maximumAge: 600000, timeout: 10000 }
      );
    });
  }

  // --- Map ----------------------------------------------------------------------------
  function setUpMap(container) {
    if (!container || typeof L === "undefined") return;
    var items = document.querySelectorAll("[data-directory-result]");
    container.hidden = false;
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", container.getAttribute("data-label"));
    var origin = [parseFloat(container.getAttribute("data-lat")), parseFloat(container.getAttribute("data-lon"))];
    var map = L.map(container, { scrollWheelZoom: false }).setView(origin, 9);
    L.tileLayer(container.getAttribute("data-tile-url"), {
      attribution: container.getAttribute("data-tile-attribution"),
      maxZoom: 18,
    }).addTo(map);
    L.circleMarker(origin, { radius: 7, color: "#b3261e", weight: 3, fillOpacity: 0.2 })
      .bindTooltip(container.getAttribute("data-origin-label"))
      .addTo(map);
    var cluster = L.markerClusterGroup({ showCoverageOnHover: false });
    var bounds = L.latLngBounds([origin]);
    items.forEach(function (item) {
      var point = [parseFloat(item.getAttribute("data-lat")), parseFloat(item.getAttribute("data-lon"))];
      if (isNaN(point[0]) || isNaN(point[1])) return;
      var popup = document.createElement("div");
      var link = document.createElement("a");
      link.href = item.getAttribute("data-url");
      link.textContent = item.getAttribute("data-name");
      var reason = document.createElement("p");
      reason.textContent = item.getAttribute("data-reason");
      popup.appendChild(link);
      popup.appendChild(reason);
      var marker = L.marker(point, { alt: item.getAttribute("data-name"), title: item.getAttribute("data-name") });
      marker.bindPopup(popup);
      cluster.addLayer(marker);
      bounds.extend(point);
    });
    map.addLayer(cluster);
    if (items.length) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 12 });
  }
})();
