// The print sheet's Print button (no inline handlers: the Content-Security-Policy allows scripts from files only).
document.getElementById('print')?.addEventListener('click', () => window.print());
