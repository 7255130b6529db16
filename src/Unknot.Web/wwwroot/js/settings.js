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
