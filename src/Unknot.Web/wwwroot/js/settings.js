// Settings: offer the voices this browser has as suggestions for the voice name; the form works without this.
if ('speechSynthesis' in window) {
    const fill = () => {
        const list = document.getElementById('voices');
        list.innerHTML = '';
        for (const v of speechSynthesis.getVoices()) {
            const o = document.createElement('option');
            o.value = v.name;
            list.appendChild(o);
        }
    };
    fill();
    speechSynthesis.addEventListener('voiceschanged', fill);
}

// Break reminders in this browser: the permission is asked only when the box is ticked.
(() => {
    const box = document.getElementById('remind-browser');
    const note = document.getElementById('remind-browser-state');
    if (!box || !window.UnknotRemind) return;
    const show = (text) => { note.textContent = text; };
    if (!window.UnknotRemind.supported) {
        box.disabled = true;
        show('This browser cannot show notifications.');
        return;
    }
    box.checked = window.UnknotRemind.enabled();
    box.addEventListener('change', async () => {
        if (!box.checked) {
            window.UnknotRemind.disable();
            show('Off in this browser.');
            return;
        }
        const permission = await window.UnknotRemind.enable();
        box.checked = permission === 'granted';
        show(permission === 'granted' ? 'On: while an Unknot tab is open, it reminds you here.' : 'The browser did not allow notifications; allow them for this site to turn this on.');
    });
})();
