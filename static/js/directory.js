// The directory's enhancements. The page works without them: the form is a plain GET
// form and the results are a list. This file adds what choosing a place in the commune
// box (combobox.js) does, the "use my location" button and the Leaflet map of the results.
(function () {
  "use strict";

  var form = document.querySelector("[data-directory-form]");
  if (form) {
    setUpPlace(form);
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

  // --- Place box: the combobox (combobox.js) names a commune or a département ---------
  function setUpPlace(form) {
    var input = form.querySelector("[data-combobox] input");
    if (!input) return;
    input.addEventListener("input", function () {
      clearPlace(form); // the typed text now names the place
    });
    input.addEventListener("combobox:choose", function (event) {
      var place = event.detail;
      event.preventDefault(); // a place has no page: the form searches around it
      clearPlace(form);
      addPlace(form, place.type === "department" ? "department" : "commune", place.code);
      if (place.type === "department") input.value = "";
      form.submit();
    });
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
