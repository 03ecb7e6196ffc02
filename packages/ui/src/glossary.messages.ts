import { createTranslator, type CatalogLike } from '@inclusion-widgets/core';

/**
 * The glossary's definitions, French (the reference), one per term of `glossaryTerms` (glossary.ts). Written the
 * FALC way (« facile à lire et à comprendre »): one to three short sentences, everyday words, one idea per
 * sentence, the term explained without another hard word. Plain text, never HTML. Loaded with the glossary only.
 */
const fr = {
  more: 'Mots expliqués :',

  franceconnect:
    'FranceConnect est un bouton sur les sites publics. Il vous connecte avec un compte que vous avez déjà, par exemple celui des impôts ou d’Ameli. Vous n’avez pas besoin d’un nouveau mot de passe.',
  'mot-de-passe':
    'Un mot de passe est un mot secret. Il protège votre compte sur un site. Ne le donnez à personne.',
  identifiant:
    'Un identifiant est le nom qui vous reconnaît sur un site. C’est souvent votre adresse e-mail ou un numéro.',
  'piece-jointe':
    'Une pièce jointe est un fichier ajouté à un e-mail : une photo, une attestation… On l’ajoute souvent avec le bouton en forme de trombone.',
  'e-mail':
    'Un e-mail est un message envoyé par internet. On dit aussi courriel. Une adresse e-mail ressemble à : nom@exemple.fr.',
  navigateur:
    'Le navigateur est l’application pour aller sur les sites internet. Par exemple : Chrome, Firefox, Safari ou Edge.',
  lien: 'Un lien est un texte ou une image sur lequel on appuie. Il ouvre une autre page ou un autre site.',
  application:
    'Une application est un programme sur un téléphone, une tablette ou un ordinateur. Par exemple : la météo, les messages, l’appli de votre banque.',
  telecharger:
    'Télécharger, c’est copier un fichier d’internet sur votre appareil. Le fichier va souvent dans le dossier « Téléchargements ».',
  acceslibre:
    'Acceslibre est un site public. Il dit si un lieu est accessible aux personnes handicapées : entrée, marches, toilettes…',
  'france-services':
    'France Services est un lieu près de chez vous. Des agents vous aident pour vos démarches : impôts, CAF, retraite, santé… C’est gratuit.',
  'aidants-connect':
    'Aidants Connect permet à un professionnel habilité de faire une démarche en ligne pour vous. Il le fait de façon sûre, avec votre accord.',
  'conseiller-numerique':
    'Un conseiller numérique est une personne formée pour vous aider avec le téléphone, l’ordinateur et internet. Son aide est gratuite.',
  siret: 'Le numéro SIRET est le numéro d’identité d’une entreprise ou d’une structure. Il a 14 chiffres.',
  rna: 'Le numéro RNA est le numéro d’identité d’une association. Il commence par la lettre W.',
  insee: 'Le code INSEE est le numéro officiel d’une commune. Il n’est pas le code postal.',
  gps: 'Les coordonnées GPS sont deux nombres. Ils disent où se trouve un lieu sur une carte.',
  openstreetmap:
    'OpenStreetMap est une carte du monde gratuite. Elle est faite par des personnes bénévoles, comme Wikipédia.',
  sms: 'Un SMS est un court message écrit, envoyé d’un téléphone à un autre. On dit aussi texto.',
  pdf: 'PDF est un type de fichier pour les documents. Il s’ouvre de la même façon sur tous les appareils.',
  smartphone:
    'Un smartphone est un téléphone avec un écran tactile : on le touche du doigt. Il va sur internet.',
  'mise-a-jour':
    'Une mise à jour est une nouvelle version d’une application ou d’un appareil. Elle corrige souvent des problèmes.',
  box: 'Une box est un appareil à la maison. Elle vous donne internet chez vous.',
  fibre: 'La fibre est un câble pour avoir un internet très rapide à la maison.',
  forfait:
    'Le forfait est ce que vous payez chaque mois pour votre téléphone. Il donne des appels, des SMS et de l’internet.',
  'reseau-social':
    'Un réseau social est un site ou une application pour partager des messages et des photos. Par exemple : Facebook ou Instagram.',
  justificatif:
    'Un justificatif est un papier qui prouve quelque chose. Par exemple, une facture prouve votre adresse.',
  attestation:
    'Une attestation est un document officiel. Elle prouve votre situation, par exemple vos droits.',
  demarche:
    'Une démarche est une chose à faire auprès d’un service public. Par exemple : demander une aide ou payer une amende.',
  caf: 'La CAF est la Caisse d’allocations familiales. Elle verse des aides, par exemple pour le logement ou les enfants.',
  ameli: 'Ameli est le site de l’Assurance maladie. On y suit ses remboursements de santé.',
  expediteur: 'L’expéditeur est la personne ou le service qui envoie le message.',
  hameconnage:
    'L’hameçonnage est une arnaque. Un faux message vous demande vos codes ou votre argent. Ne répondez pas.',
  fichier: 'Un fichier est un document sur un appareil : une photo, un texte, une attestation…',
  compte:
    'Un compte est votre espace sur un site. Vous y entrez avec votre identifiant et votre mot de passe.',
  wifi: 'Le wifi permet d’avoir internet sans câble, près d’une box ou dans un lieu public.',
} as const;

/** The glossary's keys: `more` and one per term. */
export type GlossaryMessages = typeof fr;

/** The glossary's texts in `locale` (English imported only for an English widget). */
export const gt = createTranslator<GlossaryMessages>({
  fr,
  en: () => import('./glossary.messages.en.js').then((module) => module.en),
});

/** Type check of the English catalog (see glossary.messages.en.ts). */
export type GlossaryCatalog = CatalogLike<GlossaryMessages>;
