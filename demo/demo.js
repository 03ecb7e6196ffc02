// Shows whether the API and its database answer, in plain words.
const output = document.getElementById('health');

try {
  const response = await fetch('/health', { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (response.ok && body.status === 'ok') {
    const kind = body.database.kind === 'pglite' ? 'base embarquée (PGlite)' : 'serveur PostgreSQL';
    output.textContent = `Le service fonctionne. Base de données : ${kind}, réponse en ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(body.database.latency_ms)} ms.`;
  } else {
    output.textContent = `Le service ne répond pas correctement : ${body.detail ?? response.status}.`;
  }
} catch {
  output.textContent = 'Le service ne répond pas. Lancez-le avec « npm start ».';
}
