// Keeps the read-model progress bars and parked-event counts live: polls this session's /admin/projections.json.
(function () {
  const items = document.querySelectorAll('.projection');
  if (!items.length) return;
  async function refresh() {
    try {
      const response = await fetch('/admin/projections.json', {headers: {'Accept': 'application/json'}});
      if (!response.ok) return;
      for (const p of await response.json()) {
        const item = document.querySelector('.projection[data-name="' + p.name + '"]');
        if (!item) continue;
        const bar = item.querySelector('progress');
        bar.max = p.head > 0 ? p.head : 1;
        bar.value = p.position != null ? p.position : (p.head === 0 ? 1 : 0);
        item.querySelector('.state').textContent = (p.replaying ? 'replaying' : (p.caughtUp ? 'caught up' : 'catching up'))
          + ', ' + (p.position ?? 0) + ' of ' + p.head
          + (p.eventsPerSecond ? ' (' + Math.round(p.eventsPerSecond) + ' events/s)' : '');
        const parked = item.querySelector('.dead-letters');
        parked.hidden = !p.deadLetters;
        parked.textContent = p.deadLetters ? p.deadLetters + ' events parked in ' + p.deadLetterCases + ' cases: '
          + p.lastError : '';
      }
    } catch (e) { /* the next poll tries again */ }
  }
  setInterval(refresh, 1000);
})();
