import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/** Texts of the panel listing the problems of an invalid `src` definition (for the webmaster), loaded with `src`. French is the reference. */
const fr = {
  'source.title': 'Cette orientation ne peut pas s’afficher.',
  'source.intro': 'Le fichier {url} contient des erreurs. La personne qui gère ce site peut les corriger :',
  'source.notJson': 'ce fichier n’est pas du JSON valide.',
  'source.file': '(le fichier)',
} as const;

const en: CatalogLike<typeof fr> = {
  'source.title': 'This orientation cannot be shown.',
  'source.intro': 'The file {url} has errors. The person who runs this site can fix them:',
  'source.notJson': 'this file is not valid JSON.',
  'source.file': '(the file)',
};

/** Fills a text of the panel of an invalid definition in `locale`. */
export const dt = createTranslator({ fr, en });
