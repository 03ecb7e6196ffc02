-- Partners (sites that embed the widgets) and the anonymous weekly counters of their widgets' events.
-- Nothing here identifies a person: no IP address, no identifier, no time finer than the ISO week.

CREATE TABLE partenaires (
  id text PRIMARY KEY,                   -- given by the operator: lowercase kebab-case
  nom text NOT NULL,
  jeton_sha256 text NOT NULL,            -- SHA-256 (hex) of the partner's token; the token itself is never stored
  cree_le date NOT NULL DEFAULT current_date
);

-- One row per week × partner × widget × event × dimension value, counting events.
-- `dimension` = '' and `valeur` = '' is the event's total; other rows split it by `niveau`, `quiz`,
-- `domaine_faible`, `orientation`, `resultat` or `lieu`.
CREATE TABLE statistiques_hebdomadaires (
  semaine date NOT NULL,                 -- the Monday (UTC) of the ISO week
  partenaire text NOT NULL REFERENCES partenaires (id) ON DELETE CASCADE,
  widget text NOT NULL,
  evenement text NOT NULL,
  dimension text NOT NULL DEFAULT '',
  valeur text NOT NULL DEFAULT '',
  nombre bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (partenaire, semaine, widget, evenement, dimension, valeur)
);
