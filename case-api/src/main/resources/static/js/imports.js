// Keeps an import's progress bar and counters live: polls this session's /imports/{id}.json every
// second while the import runs, and reloads the page (with its report) once it has ended.
(function () {
  const section = document.querySelector('.import[data-id]');
  if (!section || section.dataset.state !== 'RUNNING') return;
  const id = section.dataset.id;
  const bar = document.getElementById('import-progress');
  const show = (cls, value) => { section.querySelector('.' + cls).textContent = value; };
  async function refresh() {
    try {
      const response = await fetch('/imports/' + id + '.json', {headers: {'Accept': 'application/json'}});
      if (!response.ok) return;
      const run = await response.json();
      bar.max = run.fileBytes > 0 ? run.fileBytes : 1;
      bar.value = run.state === 'RUNNING' ? run.bytesRead : bar.max;
      show('import-state', run.state);
      show('rows-read', run.rowsRead);
      show('cases-opened', run.casesOpened);
      show('rows-skipped', run.rowsSkipped);
      show('rows-rejected', run.rowsRejected);
      show('rows-per-second', run.rowsPerSecond);
      if (run.state !== 'RUNNING') window.location.reload();
    } catch (e) { /* the next poll tries again */ }
  }
  setInterval(refresh, 1000);
})();
