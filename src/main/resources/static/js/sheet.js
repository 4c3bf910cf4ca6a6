// Sheets: a button with data-opens="id" opens that <dialog> as a modal (the filters' bottom sheet
// on phones); a button with data-closes="id", Escape or a tap on the backdrop closes it.
document.addEventListener('click', event => {
    const opener = event.target.closest('[data-opens]');
    if (opener) {
        const sheet = document.getElementById(opener.dataset.opens);
        if (sheet && !sheet.open) sheet.showModal();
        return;
    }
    const closer = event.target.closest('[data-closes]');
    if (closer) {
        document.getElementById(closer.dataset.closes)?.close();
        return;
    }
    if (event.target instanceof HTMLDialogElement && event.target.classList.contains('sheet') && event.target.open) {
        const box = event.target.getBoundingClientRect();
        const inside = event.clientX >= box.left && event.clientX <= box.right
            && event.clientY >= box.top && event.clientY <= box.bottom;
        if (!inside) event.target.close();
    }
});
