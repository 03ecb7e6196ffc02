-- Remote configurations of the widgets: `<inclusion-venue-finder config="mairie-lille-carte">` reads its
-- attributes from `GET /v1/configurations/mairie-lille-carte`, so that a partner changes a widget without
-- touching the snippet on its pages. Created, listed and removed by the operator (`inclusion-api configuration`).

CREATE TABLE configurations (
  id text PRIMARY KEY,                   -- given by the operator: lowercase kebab-case (core's configurationIdSchema)
  widget text NOT NULL CHECK (widget IN ('venue-finder', 'quiz', 'orientation')),
  -- The widget's attributes, name → value, as a webmaster would write them on the element.
  attributs jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributs) = 'object'),
  partenaire text REFERENCES partenaires (id) ON DELETE SET NULL,
  cree_le timestamptz NOT NULL DEFAULT now(),
  modifie_le timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX configurations_partenaire ON configurations (partenaire);
