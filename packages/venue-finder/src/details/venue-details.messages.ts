import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * Texts of the details view of a place, French (the reference). Plain language: short sentences, everyday
 * words. Mail texts use `\n` for line breaks.
 */
const fr = {
  back: 'Retour à la liste',
  separator: ' · ',
  newWindow: '(nouvelle fenêtre)',

  booking: 'Prendre rendez-vous en ligne',

  'actions.label': 'Imprimer ou partager',
  'action.print': 'Imprimer',
  'action.email': 'Envoyer par e-mail',
  'action.copy': 'Copier le lien',
  'action.report': 'Signaler une erreur',
  'copy.done': 'Lien copié.',
  'copy.manual': 'Nous n’avons pas pu copier le lien. Il est sélectionné ci-dessous : copiez-le.',
  'copy.field': 'Lien vers ce lieu',

  'section.address': 'Adresse',
  directions: 'Voir le trajet sur OpenStreetMap',
  distance: 'À {distance} de l’endroit choisi.',

  'section.hours': 'Horaires',
  'hours.caption': 'Horaires de la semaine',
  'hours.day': 'Jour',
  'hours.periods': 'Horaires',
  'hours.today': '(aujourd’hui)',
  'hours.closed': 'Fermé',
  'hours.period': 'de {debut} à {fin}',
  'hours.uncertain': 'à confirmer',
  'hours.incomplete':
    'Ces horaires peuvent changer les jours fériés ou pendant les vacances. En cas de doute, contactez le lieu.',
  'hours.given': 'Horaires donnés par le lieu :',
  'day.lundi': 'Lundi',
  'day.mardi': 'Mardi',
  'day.mercredi': 'Mercredi',
  'day.jeudi': 'Jeudi',
  'day.vendredi': 'Vendredi',
  'day.samedi': 'Samedi',
  'day.dimanche': 'Dimanche',

  'section.contact': 'Contact',
  'contact.phone': 'Téléphone',
  'contact.email': 'E-mail',
  'contact.website': 'Site internet',

  'section.accessibility': 'Accessibilité',
  'accessibility.link': 'Voir l’accès pour les personnes handicapées sur Acceslibre',

  'section.services': 'Ce que vous pouvez faire ici',
  'section.publics': 'Pour qui',
  'section.specific': 'Aide adaptée',
  'section.costs': 'Prix',
  'section.access': 'Comment venir ou prendre contact',
  'section.support': 'Comment on vous aide',
  'section.programmes': 'Réseaux nationaux',
  'section.labels': 'Labels et formations',
  'labels.other': 'Autres labels ou formations :',

  'section.about': 'Présentation du lieu',
  'about.type': 'Type de lieu',
  'about.mobility': 'Lieu fixe ou qui se déplace',
  'about.parent': 'Fait partie de',

  'section.info': 'À propos de ces informations',
  'info.updated': 'Mises à jour le {date}.',
  'info.source': 'Informations données par :',
  'info.technical': 'Informations techniques',
  'info.id': 'Identifiant de la fiche',
  'info.pivot': 'Numéro SIRET ou RNA',
  'info.insee': 'Code INSEE de la commune',
  'info.coordinates': 'Coordonnées GPS',
  'info.hours': 'Horaires (format OpenStreetMap)',

  'print.link': 'Lien vers cette fiche :',

  'mail.subject': 'Un lieu pour vous aider avec le numérique : {name}',
  'mail.intro': 'Bonjour,\n\nVoici un lieu qui peut vous aider avec le numérique :',
  'mail.address': 'Adresse :',
  'mail.hours': 'Horaires :',
  'mail.phone': 'Téléphone : {phone}',
  'mail.link': 'Plus d’informations : {url}',
  'mail.hoursLine': '{day} : {periods}',

  'report.subject': 'Erreur sur la fiche « {name} » ({id})',
  'report.intro': 'Bonjour,\n\nJ’ai vu une erreur sur la fiche de ce lieu :',
  'report.id': 'Identifiant : {id}',
  'report.prompt': 'Voici l’erreur :',
} as const;

const en: CatalogLike<typeof fr> = {
  back: 'Back to the list',
  separator: ' · ',
  newWindow: '(opens in a new window)',

  booking: 'Book an appointment online',

  'actions.label': 'Print or share',
  'action.print': 'Print',
  'action.email': 'Send by email',
  'action.copy': 'Copy the link',
  'action.report': 'Report a mistake',
  'copy.done': 'Link copied.',
  'copy.manual': 'We could not copy the link. It is selected below: copy it.',
  'copy.field': 'Link to this place',

  'section.address': 'Address',
  directions: 'See the way there on OpenStreetMap',
  distance: '{distance} from the place you chose.',

  'section.hours': 'Opening hours',
  'hours.caption': 'Opening hours for the week',
  'hours.day': 'Day',
  'hours.periods': 'Hours',
  'hours.today': '(today)',
  'hours.closed': 'Closed',
  'hours.period': 'from {debut} to {fin}',
  'hours.uncertain': 'to be confirmed',
  'hours.incomplete':
    'These hours may change on public holidays or during school holidays. If in doubt, contact the place.',
  'hours.given': 'Opening hours given by the place:',
  'day.lundi': 'Monday',
  'day.mardi': 'Tuesday',
  'day.mercredi': 'Wednesday',
  'day.jeudi': 'Thursday',
  'day.vendredi': 'Friday',
  'day.samedi': 'Saturday',
  'day.dimanche': 'Sunday',

  'section.contact': 'Contact',
  'contact.phone': 'Phone',
  'contact.email': 'Email',
  'contact.website': 'Website',

  'section.accessibility': 'Accessibility',
  'accessibility.link': 'See access for disabled people on Acceslibre',

  'section.services': 'What you can do here',
  'section.publics': 'Who it is for',
  'section.specific': 'Adapted help',
  'section.costs': 'Cost',
  'section.access': 'How to come or get in touch',
  'section.support': 'How you get help',
  'section.programmes': 'National networks',
  'section.labels': 'Labels and training',
  'labels.other': 'Other labels or training:',

  'section.about': 'About this place',
  'about.type': 'Type of place',
  'about.mobility': 'Fixed or mobile',
  'about.parent': 'Part of',

  'section.info': 'About this information',
  'info.updated': 'Updated on {date}.',
  'info.source': 'Information from:',
  'info.technical': 'Technical details',
  'info.id': 'Record ID',
  'info.pivot': 'SIRET or RNA number',
  'info.insee': 'INSEE code of the commune',
  'info.coordinates': 'GPS coordinates',
  'info.hours': 'Opening hours (OpenStreetMap format)',

  'print.link': 'Link to this page:',

  'mail.subject': 'A place to help you with digital tools: {name}',
  'mail.intro': 'Hello,\n\nHere is a place that can help you with digital tools:',
  'mail.address': 'Address:',
  'mail.hours': 'Opening hours:',
  'mail.phone': 'Phone: {phone}',
  'mail.link': 'More information: {url}',
  'mail.hoursLine': '{day}: {periods}',

  'report.subject': 'Mistake on the page “{name}” ({id})',
  'report.intro': 'Hello,\n\nI found a mistake on the page of this place:',
  'report.id': 'ID: {id}',
  'report.prompt': 'The mistake:',
};

/** Fills a message of the details view. */
export const t = createTranslator({ fr, en });

/** A key of the details view's messages. */
export type DetailsMessageKey = Parameters<typeof t>[1];
