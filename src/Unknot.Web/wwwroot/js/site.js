// What every page runs, each a module of its own: the folding menu, break reminders, the install offer, and Unknot
// without the network. A page's own script imports those it uses (the player the outbox, Settings the reminders)
// by the same address, and so shares them: a module runs once on a page however many import it.
import './menu.js';
import './remind.js';
import './install.js';
import './offline.js';
