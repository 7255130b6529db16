// The main navigation on a narrow screen: folded behind a Menu button, opened and closed by it or by Escape.
// Without this script (or on a wide screen) the links are simply shown.
function fold(header, button) {
    const open = (yes) => {
        button.setAttribute('aria-expanded', String(yes));
        header.classList.toggle('menu-open', yes);
    };
    header.classList.add('menu-ready');
    button.hidden = false;
    open(false);
    button.addEventListener('click', () => open(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && header.classList.contains('menu-open')) {
            open(false);
            button.focus();
        }
    });
}

const header = document.querySelector('header.site');
const button = header?.querySelector('[data-menu]');
if (button && header.querySelector('nav')) fold(header, button);
