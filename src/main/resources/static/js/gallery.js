// Clicking a thumbnail shows it as the main photo; without JavaScript the link opens the photo.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-photo]");
  const main = document.getElementById("main-photo");
  if (!link || !main) {
    return;
  }
  event.preventDefault();
  main.src = link.dataset.large;
  document.querySelectorAll("a[data-photo]").forEach((a) => a.classList.toggle("active", a === link));
});
