// The install offer. When the browser says Unknot can be installed (beforeinstallprompt), a small offer appears
// under the header, unless the person said "No thanks" before (that answer is kept in this browser for good) or the
// page is the first-run welcome (data-later), which comes first.
// "Install" opens the browser's own install dialog; once installed, the offer is not shown again.
const key = 'unknot-install';

function offerToInstall(offer) {
    let deferred = null;
    const never = () => { try { return localStorage.getItem(key) !== null; } catch { return false; } };
    const remember = (answer) => { try { localStorage.setItem(key, answer); } catch { /* private mode: asked again next time */ } };
    window.addEventListener('beforeinstallprompt', (event) => {
        event.preventDefault();
        if (never()) return;
        deferred = event;
        offer.hidden = false;
    });
    window.addEventListener('appinstalled', () => { remember('installed'); offer.hidden = true; });
    offer.querySelector('[data-install]').addEventListener('click', async () => {
        offer.hidden = true;
        if (!deferred) return;
        const prompt = deferred;
        deferred = null;
        await prompt.prompt();
        const choice = await prompt.userChoice;
        if (choice && choice.outcome === 'accepted') remember('installed');
    });
    offer.querySelector('[data-dismiss]').addEventListener('click', () => {
        remember('declined');
        offer.hidden = true;
        deferred = null;
    });
}

const offer = document.getElementById('install-offer');
if (offer && !offer.dataset.later) offerToInstall(offer);
