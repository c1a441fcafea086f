// The family page's print button (kept out of the page so the CSP can forbid inline scripts).
document.getElementById('print')?.addEventListener('click', () => window.print());
