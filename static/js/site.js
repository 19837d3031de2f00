// Progressive enhancements only: every page reads and works without this file.
(function () {
  "use strict";

  // Videos: replace the link with the player only when the reader asks for it.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-video-load]");
    if (!link) return;
    var embed = toEmbedUrl(link.getAttribute("href"));
    if (!embed) return;
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = embed;
    frame.title = link.textContent.trim();
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.setAttribute("allowfullscreen", "");
    var figure = link.closest("[data-video]");
    figure.replaceChild(frame, figure.querySelector(".video__consent"));
    frame.focus();
  });

  function toEmbedUrl(url) {
    var match = url.match(/(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/);
    if (match) return "https://www.youtube-nocookie.com/embed/" + match[1] + "?autoplay=1";
    match = url.match(/vimeo\.com\/(\d+)/);
    if (match) return "https://player.vimeo.com/video/" + match[1] + "?autoplay=1";
    return null;
  }
})();
