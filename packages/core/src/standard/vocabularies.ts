/**
 * Controlled vocabularies of the national data standard "Schéma de données des lieux de médiation
 * numérique" v1.0.2 (LaMednum/standard-mediation-num, etalab-2.0), one list per field, with plain-language
 * French and English display texts.
 *
 * `label` is the exact value the standard's regex accepts (what a CSV export writes); `slug` is our stable
 * identifier (URLs, filters, API); `aliases` are variant spellings seen in the standard's own descriptions or
 * in real data, that importers should accept but never write.
 *
 * Inconsistencies found in `schema.json` (v1.0.2) between each field's description/example and its regex,
 * and how they are handled (see also the comment on each value):
 * - services: the description spells "Comprehension du monde numérique" (no accent); the regex
 *   "Compréhension…". Alias.
 * - prise_en_charge_specifique: the description's list is garbled ("Langues étrangères (autres) sont tous des
 *   formes de déficience visuelle.") and omits "Déficience visuelle", which the regex has as a 7th value.
 *   Nothing to alias; the regex is followed.
 * - dispositif_programmes_nationaux: the description lists " Conseillers numériques" with a leading space.
 *   Handled by trimming in `byLabel`. Both description and regex say "Bibliothèques numérique de référence"
 *   (the programme is "Bibliothèques numériques de référence"): the regex spelling is kept, the correct one is
 *   an alias, and the slug uses the correct spelling so that it survives a fix of the standard.
 * - formations_labels: the regex spells "Étapes numériques(La Poste)" (no space); the description and the
 *   ANCT reference library write "Étapes numériques (La Poste)". Alias. The description also has a trailing
 *   space after "Mes Papiers (Métropole de Lyon)" (handled by trimming), and the regex leaves the dot of
 *   "ORDI 3.0" unescaped (it accepts "ORDI 3x0"; harmless for us, we write the exact label).
 * - modalites_accompagnement: the description lists the long forms "Dans un atelier collectif : j'apprends
 *   collectivement à utiliser le numérique" and "À distance (par téléphone ou en visioconférence)", the regex
 *   and the example the short ones. Aliases (the long forms are also found in real data).
 * - all regexes: `(?:(?:^|\|)(…))+$` is anchored only at the end; Frictionless applies patterns to the whole
 *   value, so tests and validators must wrap them as `^(?:…)$`.
 *
 * @module
 */

/** One value of a controlled vocabulary of the standard. */
export interface VocabularyValue {
  /** Stable lowercase kebab-case ASCII identifier, unique within its vocabulary. */
  readonly slug: string;
  /** Exact value of the standard, as its regex accepts it and as a CSV export writes it. */
  readonly label: string;
  /** Short French display label, in plain language. */
  readonly fr: string;
  /** Short English display label. */
  readonly en: string;
  /** One plain-language sentence a beginner understands. */
  readonly description: { readonly fr: string; readonly en: string };
  /** Variant spellings found in the standard's descriptions or in real data, accepted by `byLabel`. */
  readonly aliases?: readonly string[];
}

/** The 9 kinds of help a place offers (field `services`). */
export const services = [
  {
    slug: 'aide-aux-demarches-administratives',
    label: 'Aide aux démarches administratives',
    fr: 'Aide aux démarches administratives',
    en: 'Help with official procedures',
    description: {
      fr: 'On vous aide à faire vos démarches en ligne : CAF, impôts, retraite, santé, papiers…',
      en: 'Get help with official procedures online: benefits, taxes, pension, health, ID papers…',
    },
  },
  {
    slug: 'maitrise-des-outils-numeriques-du-quotidien',
    label: 'Maîtrise des outils numériques du quotidien',
    fr: 'Apprendre les outils numériques du quotidien',
    en: 'Everyday digital skills',
    description: {
      fr: 'Apprendre à utiliser un ordinateur, un téléphone, Internet et les e-mails.',
      en: 'Learn to use a computer, a smartphone, the internet and email.',
    },
  },
  {
    slug: 'insertion-professionnelle-via-le-numerique',
    label: 'Insertion professionnelle via le numérique',
    fr: 'Trouver un emploi avec le numérique',
    en: 'Finding work with digital tools',
    description: {
      fr: 'On vous aide à chercher un emploi ou une formation en ligne et à faire votre CV.',
      en: 'Get help to look for a job or training online and to write your CV.',
    },
  },
  {
    slug: 'utilisation-securisee-du-numerique',
    label: 'Utilisation sécurisée du numérique',
    fr: 'Utiliser le numérique en sécurité',
    en: 'Staying safe online',
    description: {
      fr: 'Apprendre à protéger vos données et vos mots de passe, et à éviter les arnaques.',
      en: 'Learn to protect your data and passwords, and to avoid scams.',
    },
  },
  {
    slug: 'parentalite-et-education-avec-le-numerique',
    label: 'Parentalité et éducation avec le numérique',
    fr: 'Parents, enfants et numérique',
    en: 'Parenting and education with digital tools',
    description: {
      fr: 'Des conseils pour accompagner vos enfants sur les écrans et suivre leur scolarité en ligne.',
      en: 'Advice to guide your children on screens and follow their schooling online.',
    },
  },
  {
    slug: 'loisirs-et-creations-numeriques',
    label: 'Loisirs et créations numériques',
    fr: 'Loisirs et créations numériques',
    en: 'Digital leisure and creation',
    description: {
      fr: 'Photo, vidéo, musique, jeux, impression 3D : découvrir et créer avec le numérique.',
      en: 'Photos, video, music, games, 3D printing: discover and create with digital tools.',
    },
  },
  {
    // The field's description spells "Comprehension" without the accent; the regex has it.
    slug: 'comprehension-du-monde-numerique',
    label: 'Compréhension du monde numérique',
    fr: 'Comprendre le monde numérique',
    en: 'Understanding the digital world',
    description: {
      fr: 'Mieux comprendre Internet, les réseaux sociaux, l’information en ligne et l’intelligence artificielle.',
      en: 'Better understand the internet, social media, online news and artificial intelligence.',
    },
    aliases: ['Comprehension du monde numérique'],
  },
  {
    slug: 'acces-internet-et-materiel-informatique',
    label: 'Accès internet et matériel informatique',
    fr: 'Accès à Internet et à un ordinateur',
    en: 'Internet and computer access',
    description: {
      fr: 'Utiliser sur place un ordinateur, une imprimante, un scanner ou le wifi.',
      en: 'Use a computer, a printer, a scanner or the wifi on site.',
    },
  },
  {
    slug: 'acquisition-de-materiel-informatique-a-prix-solidaire',
    label: 'Acquisition de matériel informatique à prix solidaire',
    fr: 'Acheter du matériel à petit prix',
    en: 'Low-cost computers and phones',
    description: {
      fr: 'Acheter un ordinateur, une tablette ou un téléphone à prix réduit, souvent reconditionné.',
      en: 'Buy a computer, a tablet or a phone at a reduced price, often refurbished.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** The 5 publics a place specifically addresses (field `publics_specifiquement_adresses`). */
export const publicsSpecifiquementAdresses = [
  {
    slug: 'jeunes',
    label: 'Jeunes',
    fr: 'Jeunes',
    en: 'Young people',
    description: {
      fr: 'Le lieu propose une aide pensée pour les jeunes.',
      en: 'The place offers help designed for young people.',
    },
  },
  {
    slug: 'etudiants',
    label: 'Étudiants',
    fr: 'Étudiants',
    en: 'Students',
    description: {
      fr: 'Le lieu propose une aide pensée pour les étudiants.',
      en: 'The place offers help designed for students.',
    },
  },
  {
    slug: 'familles-et-ou-enfants',
    label: 'Familles et/ou enfants',
    fr: 'Familles et enfants',
    en: 'Families and children',
    description: {
      fr: 'Le lieu propose une aide pensée pour les parents et les enfants.',
      en: 'The place offers help designed for parents and children.',
    },
  },
  {
    slug: 'seniors',
    label: 'Seniors',
    fr: 'Seniors',
    en: 'Older people',
    description: {
      fr: 'Le lieu propose une aide pensée pour les personnes âgées.',
      en: 'The place offers help designed for older people.',
    },
  },
  {
    slug: 'femmes',
    label: 'Femmes',
    fr: 'Femmes',
    en: 'Women',
    description: {
      fr: 'Le lieu propose une aide pensée pour les femmes.',
      en: 'The place offers help designed for women.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/**
 * The 7 particular needs a place can support (field `prise_en_charge_specifique`). The field's description
 * is garbled and omits "Déficience visuelle"; the regex, followed here, has it.
 */
export const priseEnChargeSpecifique = [
  {
    slug: 'surdite',
    label: 'Surdité',
    fr: 'Personnes sourdes ou malentendantes',
    en: 'Deaf or hard of hearing',
    description: {
      fr: 'L’équipe sait accueillir les personnes sourdes ou malentendantes.',
      en: 'Staff know how to help deaf or hard-of-hearing people.',
    },
  },
  {
    slug: 'handicaps-moteurs',
    label: 'Handicaps moteurs',
    fr: 'Handicap moteur',
    en: 'Physical disabilities',
    description: {
      fr: 'L’équipe sait accompagner les personnes qui ont un handicap moteur.',
      en: 'Staff know how to help people with a physical disability.',
    },
  },
  {
    slug: 'handicaps-mentaux',
    label: 'Handicaps mentaux',
    fr: 'Handicap mental',
    en: 'Intellectual disabilities',
    description: {
      fr: 'L’équipe sait accompagner les personnes qui ont un handicap mental.',
      en: 'Staff know how to help people with an intellectual disability.',
    },
  },
  {
    slug: 'illettrisme',
    label: 'Illettrisme',
    fr: 'Difficultés pour lire et écrire',
    en: 'Difficulty reading and writing',
    description: {
      fr: 'L’équipe sait aider les personnes qui ont du mal à lire ou à écrire.',
      en: 'Staff know how to help people who find reading or writing hard.',
    },
  },
  {
    slug: 'langues-etrangeres-anglais',
    label: 'Langues étrangères (anglais)',
    fr: 'Aide en anglais',
    en: 'Help in English',
    description: {
      fr: 'L’équipe peut vous aider en anglais.',
      en: 'Staff can help you in English.',
    },
  },
  {
    slug: 'langues-etrangeres-autres',
    label: 'Langues étrangères (autres)',
    fr: 'Aide dans d’autres langues',
    en: 'Help in other languages',
    description: {
      fr: 'L’équipe peut vous aider dans d’autres langues que le français et l’anglais.',
      en: 'Staff can help you in languages other than French and English.',
    },
  },
  {
    slug: 'deficience-visuelle',
    label: 'Déficience visuelle',
    fr: 'Personnes aveugles ou malvoyantes',
    en: 'Blind or partially sighted',
    description: {
      fr: 'L’équipe sait accueillir les personnes aveugles ou qui voient mal.',
      en: 'Staff know how to help blind or partially sighted people.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** The 3 cost conditions of a place (field `frais_a_charge`). */
export const fraisACharge = [
  {
    slug: 'gratuit',
    label: 'Gratuit',
    fr: 'Gratuit',
    en: 'Free',
    description: {
      fr: 'Vous ne payez rien.',
      en: 'You pay nothing.',
    },
  },
  {
    slug: 'gratuit-sous-condition',
    label: 'Gratuit sous condition',
    fr: 'Gratuit sous condition',
    en: 'Free in some cases',
    description: {
      fr: 'C’est gratuit dans certains cas, par exemple selon votre âge, vos revenus ou votre situation.',
      en: 'It is free in some cases, for example depending on your age, income or situation.',
    },
  },
  {
    slug: 'payant',
    label: 'Payant',
    fr: 'Payant',
    en: 'Paid',
    description: {
      fr: 'Il faut payer : demandez le prix au lieu.',
      en: 'You have to pay: ask the place for the price.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** The 6 ways to get in touch with a place or get into it (field `modalites_acces`). */
export const modalitesAcces = [
  {
    slug: 'se-presenter',
    label: 'Se présenter',
    fr: 'Venir sur place',
    en: 'Walk in',
    description: {
      fr: 'Vous pouvez venir directement pendant les heures d’ouverture.',
      en: 'You can come in during opening hours.',
    },
  },
  {
    slug: 'telephoner',
    label: 'Téléphoner',
    fr: 'Téléphoner',
    en: 'Call',
    description: {
      fr: 'Appelez le lieu avant de venir.',
      en: 'Call the place before you come.',
    },
  },
  {
    slug: 'contacter-par-mail',
    label: 'Contacter par mail',
    fr: 'Écrire un e-mail',
    en: 'Send an email',
    description: {
      fr: 'Écrivez au lieu par e-mail pour demander de l’aide.',
      en: 'Email the place to ask for help.',
    },
  },
  {
    slug: 'prendre-un-rdv-en-ligne',
    label: 'Prendre un RDV en ligne',
    fr: 'Prendre rendez-vous en ligne',
    en: 'Book online',
    description: {
      fr: 'Réservez un rendez-vous sur Internet.',
      en: 'Book an appointment on the internet.',
    },
  },
  {
    slug: 'ce-lieu-n-accueille-pas-de-public',
    label: "Ce lieu n'accueille pas de public",
    fr: 'Pas d’accueil du public',
    en: 'Not open to the public',
    description: {
      fr: 'Ce lieu ne reçoit pas les personnes sur place.',
      en: 'This place does not see people in person.',
    },
  },
  {
    slug: 'envoyer-un-mail-avec-une-fiche-de-prescription',
    label: 'Envoyer un mail avec une fiche de prescription',
    fr: 'Fiche de prescription par e-mail',
    en: 'Referral form by email',
    description: {
      fr: 'Un professionnel (travailleur social, conseiller) envoie par e-mail une fiche qui vous oriente vers le lieu.',
      en: 'A professional (social worker, adviser) emails the place a form that refers you to it.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** The 4 ways a place helps (field `modalites_accompagnement`). */
export const modalitesAccompagnement = [
  {
    slug: 'en-autonomie',
    label: 'En autonomie',
    fr: 'En autonomie',
    en: 'On your own',
    description: {
      fr: 'Vous utilisez le matériel vous-même, avec de l’aide si besoin.',
      en: 'You use the equipment yourself, with help if needed.',
    },
  },
  {
    slug: 'accompagnement-individuel',
    label: 'Accompagnement individuel',
    fr: 'Aide individuelle',
    en: 'One-to-one help',
    description: {
      fr: 'Une personne vous aide, seul à seul.',
      en: 'Someone helps you one to one.',
    },
  },
  {
    // The field's description lists the long form; the regex and the example the short one.
    slug: 'dans-un-atelier-collectif',
    label: 'Dans un atelier collectif',
    fr: 'En atelier collectif',
    en: 'Group workshop',
    description: {
      fr: 'Vous apprenez en petit groupe, avec d’autres personnes.',
      en: 'You learn in a small group, with other people.',
    },
    aliases: ["Dans un atelier collectif : j'apprends collectivement à utiliser le numérique"],
  },
  {
    // The field's description lists the long form; the regex and the example the short one.
    slug: 'a-distance',
    label: 'À distance',
    fr: 'À distance',
    en: 'Remote',
    description: {
      fr: 'On vous aide par téléphone ou en visioconférence.',
      en: 'You get help by phone or video call.',
    },
    aliases: ['À distance (par téléphone ou en visioconférence)'],
  },
] as const satisfies readonly VocabularyValue[];

/** The 11 national schemes or programmes a place may belong to (field `dispositif_programmes_nationaux`). */
export const dispositifProgrammesNationaux = [
  {
    slug: 'aidants-connect',
    label: 'Aidants Connect',
    fr: 'Aidants Connect',
    en: 'Aidants Connect',
    description: {
      fr: 'Un aidant habilité peut faire vos démarches en ligne à votre place, en toute sécurité.',
      en: 'An authorised helper can do your online procedures for you, safely.',
    },
  },
  {
    // Description and regex both say "numérique" (singular); the programme is "Bibliothèques numériques de
    // référence". The label keeps the standard's spelling; the slug and an alias use the correct one.
    slug: 'bibliotheques-numeriques-de-reference',
    label: 'Bibliothèques numérique de référence',
    fr: 'Bibliothèque numérique de référence',
    en: 'Reference digital library',
    description: {
      fr: 'Une bibliothèque soutenue par l’État pour ses services numériques.',
      en: 'A library backed by the State for its digital services.',
    },
    aliases: ['Bibliothèques numériques de référence'],
  },
  {
    slug: 'certification-pix',
    label: 'Certification PIX',
    fr: 'Certification Pix',
    en: 'Pix certification',
    description: {
      fr: 'Vous pouvez y passer Pix, un test officiel qui prouve vos compétences numériques.',
      en: 'You can take Pix here, an official test that proves your digital skills.',
    },
  },
  {
    // The field's description lists it with a leading space (" Conseillers numériques"): trimmed by byLabel.
    slug: 'conseillers-numeriques',
    label: 'Conseillers numériques',
    fr: 'Conseillers numériques',
    en: 'Digital advisers',
    description: {
      fr: 'Des conseillers formés par l’État vous aident à utiliser le numérique, souvent gratuitement.',
      en: 'State-trained advisers help you use digital tools, often free of charge.',
    },
  },
  {
    slug: 'emmaus-connect',
    label: 'Emmaüs Connect',
    fr: 'Emmaüs Connect',
    en: 'Emmaüs Connect',
    description: {
      fr: 'Une association qui aide à s’équiper à petit prix et à apprendre le numérique.',
      en: 'A charity that helps people get low-cost equipment and learn digital skills.',
    },
  },
  {
    slug: 'france-services',
    label: 'France Services',
    fr: 'France Services',
    en: 'France Services',
    description: {
      fr: 'Un guichet public qui vous aide pour vos démarches : CAF, impôts, retraite, santé, emploi…',
      en: 'A public help desk for official procedures: benefits, taxes, pension, health, jobs…',
    },
  },
  {
    slug: 'grande-ecole-du-numerique',
    label: 'Grande école du numérique',
    fr: 'Grande école du numérique',
    en: 'Grande École du Numérique',
    description: {
      fr: 'Un réseau de formations aux métiers du numérique, ouvertes à tous.',
      en: 'A network of training courses for digital jobs, open to all.',
    },
  },
  {
    slug: 'la-croix-rouge',
    label: 'La Croix Rouge',
    fr: 'Croix-Rouge française',
    en: 'French Red Cross',
    description: {
      fr: 'La Croix-Rouge aide les personnes en difficulté, y compris avec le numérique.',
      en: 'The Red Cross helps people in difficulty, including with digital tools.',
    },
  },
  {
    slug: 'point-d-acces-numerique-caf',
    label: "Point d'accès numérique CAF",
    fr: 'Point d’accès numérique CAF',
    en: 'CAF digital access point',
    description: {
      fr: 'Un lieu équipé pour faire vos démarches CAF en ligne, avec de l’aide.',
      en: 'A place equipped to do your family-benefits (CAF) procedures online, with help.',
    },
  },
  {
    slug: 'promeneurs-du-net',
    label: 'Promeneurs du net',
    fr: 'Promeneurs du Net',
    en: 'Online youth workers (Promeneurs du Net)',
    description: {
      fr: 'Des éducateurs présents sur Internet et les réseaux sociaux pour écouter et aider les jeunes.',
      en: 'Youth workers present online and on social media to listen to and help young people.',
    },
  },
  {
    slug: 'relais-numerique-emmaus-connect',
    label: 'Relais numérique (Emmaüs Connect)',
    fr: 'Relais numérique Emmaüs Connect',
    en: 'Emmaüs Connect digital relay',
    description: {
      fr: 'Un lieu partenaire d’Emmaüs Connect : matériel et Internet à petit prix, aide pour débuter.',
      en: 'An Emmaüs Connect partner: low-cost equipment and internet, help to get started.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** The 10 trainings and labels a place may hold (field `formations_labels`). */
export const formationsLabels = [
  {
    slug: 'forme-a-mon-espace-sante',
    label: 'Formé à « Mon Espace Santé »',
    fr: 'Formé à Mon Espace Santé',
    en: 'Trained in Mon Espace Santé',
    description: {
      fr: 'L’équipe sait vous aider à utiliser Mon Espace Santé, votre carnet de santé en ligne.',
      en: 'Staff can help you use Mon Espace Santé, your online health record.',
    },
  },
  {
    slug: 'forme-a-duplex-illettrisme',
    label: 'Formé à « DUPLEX » (illettrisme)',
    fr: 'Formé à DUPLEX (illettrisme)',
    en: 'Trained in DUPLEX (literacy)',
    description: {
      fr: 'L’équipe est formée pour aider les personnes qui ont du mal à lire et à écrire.',
      en: 'Staff are trained to help people who struggle with reading and writing.',
    },
  },
  {
    slug: 'arnia-mednum-bfc-bourgogne-franche-comte',
    label: 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
    fr: 'Arnia / MedNum BFC',
    en: 'Arnia / MedNum BFC',
    description: {
      fr: 'Le lieu fait partie du réseau de médiation numérique de Bourgogne-Franche-Comté.',
      en: 'The place belongs to the Bourgogne-Franche-Comté digital inclusion network.',
    },
  },
  {
    slug: 'collectif-ressources-et-acteurs-reemploi-normandie',
    label: 'Collectif ressources et acteurs réemploi (Normandie)',
    fr: 'Collectif réemploi (Normandie)',
    en: 'Reuse collective (Normandy)',
    description: {
      fr: 'Le lieu fait partie d’un réseau normand qui donne une seconde vie au matériel informatique.',
      en: 'The place belongs to a Normandy network that gives computers a second life.',
    },
  },
  {
    // The regex spells "Étapes numériques(La Poste)" with no space; the field's description (and the ANCT
    // reference library) "Étapes numériques (La Poste)". The exact regex spelling is the label.
    slug: 'etapes-numeriques-la-poste',
    label: 'Étapes numériques(La Poste)',
    fr: 'Étapes numériques (La Poste)',
    en: 'Étapes numériques (La Poste)',
    description: {
      fr: 'Un label de La Poste pour les lieux qui aident à utiliser le numérique.',
      en: 'A La Poste label for places that help people use digital tools.',
    },
    aliases: ['Étapes numériques (La Poste)'],
  },
  {
    slug: 'fabriques-de-territoire',
    label: 'Fabriques de Territoire',
    fr: 'Fabrique de territoire',
    en: 'Fabrique de territoire (community hub)',
    description: {
      fr: 'Un tiers-lieu soutenu par l’État, qui anime la vie locale et aide au numérique.',
      en: 'A State-backed community hub that runs local activities and gives digital help.',
    },
  },
  {
    slug: 'les-eclaireurs-du-numerique-drome',
    label: 'Les Éclaireurs du numérique (Drôme)',
    fr: 'Les Éclaireurs du numérique (Drôme)',
    en: 'Les Éclaireurs du numérique (Drôme)',
    description: {
      fr: 'Le lieu fait partie du réseau de médiation numérique de la Drôme.',
      en: 'The place belongs to the Drôme digital inclusion network.',
    },
  },
  {
    // The field's description has a trailing space after this value: trimmed by byLabel.
    slug: 'mes-papiers-metropole-de-lyon',
    label: 'Mes Papiers (Métropole de Lyon)',
    fr: 'Mes Papiers (Métropole de Lyon)',
    en: 'Mes Papiers (Lyon Metropolis)',
    description: {
      fr: 'L’équipe est formée par la Métropole de Lyon pour aider aux démarches administratives.',
      en: 'Staff are trained by Lyon Metropolis to help with official procedures.',
    },
  },
  {
    // The regex leaves the dot unescaped (it would also accept "ORDI 3x0"); we write the exact label.
    slug: 'ordi-3-0',
    label: 'ORDI 3.0',
    fr: 'ORDI 3.0',
    en: 'ORDI 3.0',
    description: {
      fr: 'Un label pour les structures qui reconditionnent des ordinateurs et leur donnent une seconde vie.',
      en: 'A label for organisations that refurbish computers and give them a second life.',
    },
  },
  {
    slug: 'sud-labs-paca',
    label: 'SUD LABS (PACA)',
    fr: 'SUD LABS (PACA)',
    en: 'SUD LABS (Provence-Alpes-Côte d’Azur)',
    description: {
      fr: 'Le lieu fait partie du réseau des lieux du numérique de Provence-Alpes-Côte d’Azur.',
      en: 'The place belongs to the network of digital places of Provence-Alpes-Côte d’Azur.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Whether the place moves around or stays put (field `itinerance`). */
export const itinerance = [
  {
    slug: 'itinerant',
    label: 'Itinérant',
    fr: 'Itinérant',
    en: 'Mobile',
    description: {
      fr: 'L’aide vient près de chez vous, par exemple dans un bus numérique.',
      en: 'Help comes to you, for example in a digital bus.',
    },
  },
  {
    slug: 'fixe',
    label: 'Fixe',
    fr: 'Fixe',
    en: 'Fixed location',
    description: {
      fr: 'L’aide a toujours lieu au même endroit.',
      en: 'Help is always given at the same place.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/**
 * Kinds of structure (field `typologie`): the codes of data.inclusion's "typologies de structures", which the
 * standard's description links to (it has no regex). `label` is the code.
 *
 * Source: the data.inclusion referential, gip-inclusion/data-inclusion-schema
 * `src/data_inclusion/schema/v1/typologies_de_structures.py` and `docs/referentiels/typologies_de_structures.md`
 * (91 codes), plus the 4 codes that ANCT's reference implementation of the standard,
 * anct-cartographie-nationale/lieux-de-mediation-numerique `src/models/typologie/typologie.ts`, also accepts
 * (ESAT, FABRIQUE, MDH, RELAIS_LECTURE; marked below). The 2023 data.inclusion list (69 codes) had `PE`
 * (Pôle emploi), since renamed `FT` (France Travail): `PE` is an alias of `FT`. There is no `FS` code: France
 * Services is `RFS` (Réseau France Services), and the older Maisons de services au public are `MSAP`.
 * `fr` names are the usual names of each kind of structure, which sometimes differ from data.inclusion's
 * labels (e.g. UDAF is the "Union départementale des associations familiales").
 */
export const typologie = [
  {
    slug: 'aci',
    label: 'ACI',
    fr: 'Atelier et chantier d’insertion',
    en: 'Integration workshop and worksite',
    description: {
      fr: 'Une structure qui embauche des personnes éloignées de l’emploi et les accompagne.',
      en: 'An organisation that employs people who are far from work and supports them.',
    },
  },
  {
    slug: 'aciphc',
    label: 'ACIPHC',
    fr: 'Chantier d’insertion « premières heures »',
    en: 'First-hours integration worksite',
    description: {
      fr: 'Un chantier d’insertion pour reprendre le travail quelques heures par semaine.',
      en: 'An integration worksite to start working again a few hours a week.',
    },
  },
  {
    slug: 'afpa',
    label: 'AFPA',
    fr: 'AFPA (formation des adultes)',
    en: 'AFPA (adult vocational training)',
    description: {
      fr: 'L’agence nationale qui forme les adultes à un métier.',
      en: 'The national agency that trains adults for a job.',
    },
  },
  {
    slug: 'ai',
    label: 'AI',
    fr: 'Association intermédiaire',
    en: 'Intermediary association',
    description: {
      fr: 'Une association qui propose des petits emplois pour reprendre pied dans le travail.',
      en: 'An association that offers short jobs to help people get back into work.',
    },
  },
  {
    slug: 'ase',
    label: 'ASE',
    fr: 'Aide sociale à l’enfance',
    en: 'Child welfare services',
    description: {
      fr: 'Le service du département qui protège les enfants et aide les familles.',
      en: 'The département service that protects children and helps families.',
    },
  },
  {
    slug: 'asso',
    label: 'ASSO',
    fr: 'Association',
    en: 'Non-profit association',
    description: {
      fr: 'Une association à but non lucratif.',
      en: 'A non-profit organisation.',
    },
  },
  {
    slug: 'asso-chomeur',
    label: 'ASSO_CHOMEUR',
    fr: 'Association de chômeurs',
    en: 'Association of unemployed people',
    description: {
      fr: 'Une association créée par et pour les personnes sans emploi.',
      en: 'An association run by and for people without a job.',
    },
  },
  {
    slug: 'autre',
    label: 'Autre',
    fr: 'Autre',
    en: 'Other',
    description: {
      fr: 'Une structure qui n’entre dans aucune autre catégorie.',
      en: 'An organisation that fits no other category.',
    },
  },
  {
    slug: 'avip',
    label: 'AVIP',
    fr: 'Crèche à vocation d’insertion professionnelle',
    en: 'Nursery for job-seeking parents',
    description: {
      fr: 'Une crèche qui garde les enfants des parents qui cherchent un emploi.',
      en: 'A nursery that looks after the children of parents looking for work.',
    },
  },
  {
    slug: 'bib',
    label: 'BIB',
    fr: 'Bibliothèque, médiathèque',
    en: 'Library',
    description: {
      fr: 'Une bibliothèque publique, où l’on peut souvent aussi utiliser des ordinateurs.',
      en: 'A public library, where you can often use computers too.',
    },
  },
  {
    slug: 'caarud',
    label: 'CAARUD',
    fr: 'CAARUD (réduction des risques liés aux drogues)',
    en: 'Harm-reduction centre for drug users',
    description: {
      fr: 'Un lieu d’accueil et de soutien pour les personnes qui consomment des drogues.',
      en: 'A drop-in and support centre for people who use drugs.',
    },
  },
  {
    slug: 'cada',
    label: 'CADA',
    fr: 'Centre d’accueil de demandeurs d’asile',
    en: 'Asylum seekers’ reception centre',
    description: {
      fr: 'Un lieu qui loge et accompagne les personnes qui demandent l’asile.',
      en: 'A place that houses and supports people seeking asylum.',
    },
  },
  {
    slug: 'caf',
    label: 'CAF',
    fr: 'Caisse d’allocations familiales (CAF)',
    en: 'Family benefits office (CAF)',
    description: {
      fr: 'L’organisme qui verse les allocations familiales, les aides au logement, le RSA et la prime d’activité.',
      en: 'The office that pays family allowances, housing benefit, RSA and the activity bonus.',
    },
  },
  {
    slug: 'cap-emploi',
    label: 'CAP_EMPLOI',
    fr: 'Cap emploi',
    en: 'Cap emploi (jobs for disabled people)',
    description: {
      fr: 'Un service qui aide les personnes handicapées à trouver ou à garder un emploi.',
      en: 'A service that helps disabled people find or keep a job.',
    },
  },
  {
    slug: 'cava',
    label: 'CAVA',
    fr: 'Centre d’adaptation à la vie active',
    en: 'Centre for adapting to working life',
    description: {
      fr: 'Un lieu où des personnes en grande difficulté reprennent une activité à leur rythme.',
      en: 'A place where people facing great hardship take up an activity at their own pace.',
    },
  },
  {
    slug: 'cc',
    label: 'CC',
    fr: 'Communauté de communes',
    en: 'Community of municipalities',
    description: {
      fr: 'Un groupement de communes qui gèrent ensemble certains services.',
      en: 'A group of municipalities that run some services together.',
    },
  },
  {
    slug: 'ccas',
    label: 'CCAS',
    fr: 'Centre communal d’action sociale (CCAS)',
    en: 'Municipal social services (CCAS)',
    description: {
      fr: 'Le service social de la mairie : aides, accompagnement, adresse postale pour les personnes sans domicile.',
      en: 'The town hall’s social services: aid, support, a postal address for homeless people.',
    },
  },
  {
    slug: 'ccons',
    label: 'CCONS',
    fr: 'Chambre consulaire (CCI, CMA, chambre d’agriculture)',
    en: 'Chamber of commerce, trades or agriculture',
    description: {
      fr: 'Une chambre qui conseille les entreprises, les artisans ou les agriculteurs.',
      en: 'A chamber that advises businesses, craftspeople or farmers.',
    },
  },
  {
    slug: 'cd',
    label: 'CD',
    fr: 'Conseil départemental',
    en: 'Département council',
    description: {
      fr: 'L’administration du département, chargée notamment de l’action sociale.',
      en: 'The département’s government, in charge of social welfare among other things.',
    },
  },
  {
    slug: 'cdas',
    label: 'CDAS',
    fr: 'Centre départemental d’action sociale',
    en: 'Département social services centre',
    description: {
      fr: 'Un lieu du département où des travailleurs sociaux vous reçoivent.',
      en: 'A département office where social workers see you.',
    },
  },
  {
    slug: 'cfp',
    label: 'CFP',
    fr: 'Centre des finances publiques',
    en: 'Tax office',
    description: {
      fr: 'Le service des impôts : déclaration, paiement, questions sur vos impôts.',
      en: 'The tax office: tax returns, payments, questions about your taxes.',
    },
  },
  {
    slug: 'chrs',
    label: 'CHRS',
    fr: 'Centre d’hébergement et de réinsertion sociale',
    en: 'Shelter and social reintegration centre',
    description: {
      fr: 'Un lieu qui loge et accompagne les personnes sans logement pour les aider à s’en sortir.',
      en: 'A place that houses and supports homeless people to help them get back on their feet.',
    },
  },
  {
    slug: 'chu',
    label: 'CHU',
    fr: 'Centre d’hébergement d’urgence',
    en: 'Emergency shelter',
    description: {
      fr: 'Un lieu qui offre un lit pour quelques nuits aux personnes sans abri.',
      en: 'A place that offers homeless people a bed for a few nights.',
    },
  },
  {
    slug: 'cias',
    label: 'CIAS',
    fr: 'Centre intercommunal d’action sociale (CIAS)',
    en: 'Intermunicipal social services (CIAS)',
    description: {
      fr: 'Le service social commun à plusieurs communes.',
      en: 'Social services shared by several municipalities.',
    },
  },
  {
    slug: 'cidff',
    label: 'CIDFF',
    fr: 'Centre d’information sur les droits des femmes et des familles',
    en: 'Women’s and family rights information centre',
    description: {
      fr: 'Un lieu qui vous informe gratuitement sur vos droits : famille, travail, violences.',
      en: 'A place that gives free information about your rights: family, work, violence.',
    },
  },
  {
    slug: 'citmet',
    label: 'CITMET',
    fr: 'Cité des métiers',
    en: 'Careers centre (Cité des métiers)',
    description: {
      fr: 'Un lieu ouvert à tous pour s’informer sur les métiers, la formation et l’emploi.',
      en: 'A place open to all to learn about jobs, training and work.',
    },
  },
  {
    slug: 'cmp',
    label: 'CMP',
    fr: 'Centre médico-psychologique',
    en: 'Mental health centre',
    description: {
      fr: 'Un centre public et gratuit de soins pour la santé mentale.',
      en: 'A free public centre for mental health care.',
    },
  },
  {
    slug: 'cms',
    label: 'CMS',
    fr: 'Centre médico-social',
    en: 'Health and social centre',
    description: {
      fr: 'Un lieu du département qui regroupe des services de santé et d’aide sociale.',
      en: 'A département centre that brings together health and social services.',
    },
  },
  {
    slug: 'cpam',
    label: 'CPAM',
    fr: 'Caisse primaire d’assurance maladie (CPAM)',
    en: 'Health insurance office (CPAM)',
    description: {
      fr: 'L’Assurance Maladie : carte Vitale, remboursements, droits à la santé.',
      en: 'National health insurance: Carte Vitale, refunds, health rights.',
    },
  },
  {
    slug: 'cph',
    label: 'CPH',
    fr: 'Centre provisoire d’hébergement',
    en: 'Temporary housing centre for refugees',
    description: {
      fr: 'Un lieu qui loge et accompagne les réfugiés pendant leurs premiers mois.',
      en: 'A place that houses and supports refugees during their first months.',
    },
  },
  {
    slug: 'cs',
    label: 'CS',
    fr: 'Centre social',
    en: 'Community centre',
    description: {
      fr: 'Un lieu de quartier ouvert à tous, avec des activités, de l’aide et des services pour les familles.',
      en: 'A neighbourhood place open to all, with activities, help and services for families.',
    },
  },
  {
    slug: 'csapa',
    label: 'CSAPA',
    fr: 'CSAPA (soins en addictologie)',
    en: 'Addiction care centre (CSAPA)',
    description: {
      fr: 'Un centre gratuit qui soigne et accompagne les personnes qui ont une addiction.',
      en: 'A free centre that treats and supports people with an addiction.',
    },
  },
  {
    slug: 'csc',
    label: 'CSC',
    fr: 'Centre socioculturel',
    en: 'Social and cultural centre',
    description: {
      fr: 'Un lieu de quartier qui propose des activités culturelles, des loisirs et de l’aide.',
      en: 'A neighbourhood place offering cultural activities, leisure and help.',
    },
  },
  {
    slug: 'deets',
    label: 'DEETS',
    fr: 'DEETS (État : emploi et solidarités, outre-mer)',
    en: 'State employment and solidarity office (overseas)',
    description: {
      fr: 'Un service de l’État en outre-mer chargé de l’emploi, du travail et des solidarités.',
      en: 'A State office in overseas France for employment, work and social welfare.',
    },
  },
  {
    slug: 'dept',
    label: 'DEPT',
    fr: 'Services sociaux du département',
    en: 'Département social services',
    description: {
      fr: 'Les assistantes sociales et les services d’aide du conseil départemental.',
      en: 'The social workers and support services of the département council.',
    },
  },
  {
    slug: 'diplp',
    label: 'DIPLP',
    fr: 'Délégation à la lutte contre la pauvreté',
    en: 'Anti-poverty delegation',
    description: {
      fr: 'Le service de l’État qui pilote la lutte contre la pauvreté.',
      en: 'The State office that leads the fight against poverty.',
    },
  },
  {
    slug: 'e2c',
    label: 'E2C',
    fr: 'École de la deuxième chance',
    en: 'Second-chance school',
    description: {
      fr: 'Une école pour les jeunes sans diplôme qui veulent se former et trouver un emploi.',
      en: 'A school for young people without qualifications who want training and a job.',
    },
  },
  {
    slug: 'ea',
    label: 'EA',
    fr: 'Entreprise adaptée',
    en: 'Disability-inclusive company',
    description: {
      fr: 'Une entreprise où la plupart des salariés ont un handicap.',
      en: 'A company where most employees have a disability.',
    },
  },
  {
    slug: 'eatt',
    label: 'EATT',
    fr: 'Entreprise adaptée de travail temporaire',
    en: 'Disability-inclusive temp agency',
    description: {
      fr: 'Une agence d’intérim qui aide les personnes handicapées à trouver des missions.',
      en: 'A temp agency that helps disabled people find assignments.',
    },
  },
  {
    slug: 'ei',
    label: 'EI',
    fr: 'Entreprise d’insertion',
    en: 'Work integration company',
    description: {
      fr: 'Une entreprise qui embauche et forme des personnes éloignées de l’emploi.',
      en: 'A company that hires and trains people who are far from work.',
    },
  },
  {
    slug: 'eiti',
    label: 'EITI',
    fr: 'Entreprise d’insertion par le travail indépendant',
    en: 'Self-employment integration company',
    description: {
      fr: 'Une structure qui aide des personnes à reprendre le travail comme indépendants.',
      en: 'An organisation that helps people get back to work as self-employed.',
    },
  },
  {
    slug: 'enm',
    label: 'ENM',
    fr: 'Espace numérique mobile',
    en: 'Mobile digital space',
    description: {
      fr: 'Un lieu numérique qui se déplace, comme un bus ou un camion équipé.',
      en: 'A digital space on the move, like an equipped bus or van.',
    },
  },
  {
    slug: 'epci',
    label: 'EPCI',
    fr: 'Intercommunalité',
    en: 'Intermunicipal authority',
    description: {
      fr: 'Un regroupement de communes : communauté de communes, agglomération, métropole…',
      en: 'A grouping of municipalities: community of municipalities, urban community, metropolis…',
    },
  },
  {
    slug: 'epi',
    label: 'EPI',
    fr: 'Espace public internet',
    en: 'Public internet space',
    description: {
      fr: 'Un lieu où l’on peut utiliser librement Internet et des ordinateurs.',
      en: 'A place where you can freely use the internet and computers.',
    },
  },
  {
    slug: 'epide',
    label: 'EPIDE',
    fr: 'EPIDE (insertion des jeunes dans l’emploi)',
    en: 'EPIDE (job integration centre for young people)',
    description: {
      fr: 'Un centre où des jeunes de 17 à 25 ans vivent en internat pour se former et trouver un emploi.',
      en: 'A boarding centre where 17 to 25 year-olds train and find a job.',
    },
  },
  {
    slug: 'epn',
    label: 'EPN',
    fr: 'Espace public numérique (EPN)',
    en: 'Public digital space',
    description: {
      fr: 'Un lieu ouvert à tous pour utiliser des ordinateurs et apprendre le numérique.',
      en: 'A place open to all to use computers and learn digital skills.',
    },
  },
  {
    slug: 'es',
    label: 'ES',
    fr: 'Épicerie solidaire',
    en: 'Community grocery',
    description: {
      fr: 'Une épicerie où les personnes qui ont peu d’argent achètent à petit prix.',
      en: 'A grocery where people with little money buy food at low prices.',
    },
  },
  {
    // Accepted by ANCT's reference library, not in data.inclusion's v1 list.
    slug: 'esat',
    label: 'ESAT',
    fr: 'ESAT (travail adapté au handicap)',
    en: 'Supported employment centre (ESAT)',
    description: {
      fr: 'Un établissement où des personnes handicapées travaillent avec un accompagnement.',
      en: 'A place where disabled people work with support.',
    },
  },
  {
    slug: 'ess',
    label: 'ESS',
    fr: 'Entreprise de l’économie sociale et solidaire',
    en: 'Social and solidarity economy enterprise',
    description: {
      fr: 'Une entreprise qui agit d’abord pour l’intérêt de tous : coopérative, mutuelle, association…',
      en: 'A business driven by social goals: cooperative, mutual, association…',
    },
  },
  {
    slug: 'etabl-pri',
    label: 'ETABL_PRI',
    fr: 'Établissement privé',
    en: 'Private institution',
    description: {
      fr: 'Un organisme privé qui n’entre pas dans les autres catégories.',
      en: 'A private organisation not covered by the other categories.',
    },
  },
  {
    slug: 'etabl-pub',
    label: 'ETABL_PUB',
    fr: 'Établissement public',
    en: 'Public institution',
    description: {
      fr: 'Un organisme public qui n’entre pas dans les autres catégories.',
      en: 'A public body not covered by the other categories.',
    },
  },
  {
    slug: 'etat',
    label: 'ETAT',
    fr: 'Service de l’État',
    en: 'State service',
    description: {
      fr: 'Un service de l’administration de l’État.',
      en: 'A central government service.',
    },
  },
  {
    slug: 'etti',
    label: 'ETTI',
    fr: 'Entreprise de travail temporaire d’insertion',
    en: 'Integration temp agency',
    description: {
      fr: 'Une agence d’intérim qui propose des missions et un suivi aux personnes éloignées de l’emploi.',
      en: 'A temp agency that offers assignments and support to people who are far from work.',
    },
  },
  {
    slug: 'evs',
    label: 'EVS',
    fr: 'Espace de vie sociale',
    en: 'Local social space',
    description: {
      fr: 'Un petit lieu associatif de quartier ou de village pour se retrouver et s’entraider.',
      en: 'A small local place run by an association, to meet and help one another.',
    },
  },
  {
    slug: 'fablab',
    label: 'FABLAB',
    fr: 'Fablab, atelier partagé',
    en: 'Fab lab, shared workshop',
    description: {
      fr: 'Un atelier ouvert où l’on fabrique soi-même avec des machines : imprimante 3D, découpe…',
      en: 'An open workshop where you make things yourself with machines: 3D printers, cutters…',
    },
  },
  {
    // Accepted by ANCT's reference library, not in data.inclusion's v1 list.
    slug: 'fabrique',
    label: 'FABRIQUE',
    fr: 'Fabrique de territoire',
    en: 'Community hub (Fabrique de territoire)',
    description: {
      fr: 'Un tiers-lieu soutenu par l’État, qui anime la vie locale et aide les habitants.',
      en: 'A State-backed third place that drives local life and helps residents.',
    },
  },
  {
    slug: 'fais',
    label: 'FAIS',
    fr: 'Fédération d’acteurs de l’insertion et de la solidarité',
    en: 'Federation of integration and solidarity organisations',
    description: {
      fr: 'Un réseau qui regroupe des associations d’insertion et de solidarité.',
      en: 'A network of integration and solidarity organisations.',
    },
  },
  {
    // `PE` (Pôle emploi) was renamed `FT` in data.inclusion when Pôle emploi became France Travail (2024).
    slug: 'ft',
    label: 'FT',
    fr: 'France Travail',
    en: 'France Travail (public employment service)',
    description: {
      fr: 'Le service public de l’emploi, ex-Pôle emploi : offres d’emploi, inscription, indemnités.',
      en: 'The public employment service, formerly Pôle emploi: job offers, registration, benefits.',
    },
    aliases: ['PE'],
  },
  {
    slug: 'geiq',
    label: 'GEIQ',
    fr: 'Groupement d’employeurs pour l’insertion et la qualification',
    en: 'Employers’ group for integration and qualification',
    description: {
      fr: 'Des entreprises qui s’unissent pour embaucher et former des personnes éloignées de l’emploi.',
      en: 'Companies that join forces to hire and train people who are far from work.',
    },
  },
  {
    slug: 'huda',
    label: 'HUDA',
    fr: 'Hébergement d’urgence pour demandeurs d’asile',
    en: 'Emergency housing for asylum seekers',
    description: {
      fr: 'Un logement temporaire pour les personnes qui demandent l’asile.',
      en: 'Temporary housing for people seeking asylum.',
    },
  },
  {
    slug: 'la-poste',
    label: 'LA_POSTE',
    fr: 'Bureau de poste, agence postale',
    en: 'Post office',
    description: {
      fr: 'Un bureau de La Poste, ou un point postal en mairie ou chez un commerçant.',
      en: 'A post office, or a postal point in a town hall or a shop.',
    },
  },
  {
    slug: 'mde',
    label: 'MDE',
    fr: 'Maison de l’emploi',
    en: 'Employment centre',
    description: {
      fr: 'Un lieu local qui regroupe des services pour l’emploi et la création d’activité.',
      en: 'A local centre that brings together job and business start-up services.',
    },
  },
  {
    slug: 'mdef',
    label: 'MDEF',
    fr: 'Maison de l’emploi et de la formation',
    en: 'Employment and training centre',
    description: {
      fr: 'Un lieu local qui informe et accompagne sur l’emploi et la formation.',
      en: 'A local centre that gives information and support on jobs and training.',
    },
  },
  {
    // Accepted by ANCT's reference library, not in data.inclusion's v1 list.
    slug: 'mdh',
    label: 'MDH',
    fr: 'Maison des habitants',
    en: 'Residents’ centre',
    description: {
      fr: 'Un lieu de quartier ouvert aux habitants, pour des activités et de l’aide.',
      en: 'A neighbourhood place open to residents, for activities and help.',
    },
  },
  {
    slug: 'mdph',
    label: 'MDPH',
    fr: 'Maison départementale des personnes handicapées (MDPH)',
    en: 'Disability centre (MDPH)',
    description: {
      fr: 'Le lieu où l’on demande les aides et les droits liés au handicap.',
      en: 'Where you apply for disability benefits and rights.',
    },
  },
  {
    slug: 'mds',
    label: 'MDS',
    fr: 'Maison départementale des solidarités',
    en: 'Département solidarity centre',
    description: {
      fr: 'Un lieu du département où des travailleurs sociaux aident les familles et les personnes en difficulté.',
      en: 'A département centre where social workers help families and people in difficulty.',
    },
  },
  {
    slug: 'mjc',
    label: 'MJC',
    fr: 'Maison des jeunes et de la culture (MJC)',
    en: 'Youth and culture centre',
    description: {
      fr: 'Une association de quartier qui propose des activités, des loisirs et de la culture pour tous.',
      en: 'A local association offering activities, leisure and culture for everyone.',
    },
  },
  {
    slug: 'ml',
    label: 'ML',
    fr: 'Mission locale',
    en: 'Youth employment centre (Mission locale)',
    description: {
      fr: 'Un lieu qui aide les 16-25 ans pour l’emploi, la formation, le logement et la santé.',
      en: 'A place that helps 16 to 25 year-olds with jobs, training, housing and health.',
    },
  },
  {
    slug: 'mq',
    label: 'MQ',
    fr: 'Maison de quartier',
    en: 'Neighbourhood centre',
    description: {
      fr: 'Un lieu de quartier pour se retrouver, participer à des activités et trouver de l’aide.',
      en: 'A neighbourhood place to meet, join activities and find help.',
    },
  },
  {
    slug: 'msa',
    label: 'MSA',
    fr: 'Mutualité sociale agricole (MSA)',
    en: 'Farmers’ social security (MSA)',
    description: {
      fr: 'La sécurité sociale des agriculteurs et des salariés agricoles.',
      en: 'Social security for farmers and farm workers.',
    },
  },
  {
    slug: 'msap',
    label: 'MSAP',
    fr: 'Maison de services au public (MSAP)',
    en: 'Public service centre (MSAP)',
    description: {
      fr: 'L’ancien nom des guichets de services publics, devenus France Services.',
      en: 'The former name of the public service desks now called France Services.',
    },
  },
  {
    slug: 'muni',
    label: 'MUNI',
    fr: 'Mairie',
    en: 'Town hall',
    description: {
      fr: 'La mairie et les services de la commune.',
      en: 'The town hall and the municipality’s services.',
    },
  },
  {
    slug: 'oacas',
    label: 'OACAS',
    fr: 'Organisme d’accueil communautaire et d’activités solidaires',
    en: 'Community shelter with solidarity work (OACAS)',
    description: {
      fr: 'Un lieu, comme Emmaüs, qui loge des personnes en échange d’une activité solidaire.',
      en: 'A place, like Emmaus, that houses people who take part in solidarity work.',
    },
  },
  {
    slug: 'odc',
    label: 'ODC',
    fr: 'Organisme délégataire du département',
    en: 'Organisation acting for the département',
    description: {
      fr: 'Une structure à qui le département confie une mission d’aide sociale.',
      en: 'An organisation the département entrusts with a social welfare task.',
    },
  },
  {
    slug: 'of',
    label: 'OF',
    fr: 'Organisme de formation',
    en: 'Training provider',
    description: {
      fr: 'Une structure qui propose des formations.',
      en: 'An organisation that provides training courses.',
    },
  },
  {
    slug: 'oil',
    label: 'OIL',
    fr: 'Opérateur d’intermédiation locative',
    en: 'Rental intermediation operator',
    description: {
      fr: 'Une structure qui loue des logements pour les sous-louer à des personnes en difficulté.',
      en: 'An organisation that rents homes to sublet them to people in difficulty.',
    },
  },
  {
    slug: 'opcs',
    label: 'OPCS',
    fr: 'Organisme porteur de la clause sociale',
    en: 'Social clause facilitator',
    description: {
      fr: 'Une structure qui aide des personnes à obtenir un emploi grâce aux marchés publics.',
      en: 'An organisation that helps people get jobs through public contracts.',
    },
  },
  {
    slug: 'pad',
    label: 'PAD',
    fr: 'Point d’accès au droit',
    en: 'Legal advice point',
    description: {
      fr: 'Un lieu où des professionnels vous informent gratuitement sur vos droits.',
      en: 'A place where professionals give you free information about your rights.',
    },
  },
  {
    slug: 'pension',
    label: 'PENSION',
    fr: 'Pension de famille, résidence accueil',
    en: 'Supported boarding house',
    description: {
      fr: 'Un logement durable, avec des espaces partagés, pour des personnes isolées.',
      en: 'Long-term housing, with shared spaces, for isolated people.',
    },
  },
  {
    slug: 'pi',
    label: 'PI',
    fr: 'Point information',
    en: 'Information point',
    description: {
      fr: 'Un lieu d’accueil qui vous informe et vous oriente.',
      en: 'A desk that gives you information and points you to the right place.',
    },
  },
  {
    slug: 'pij-bij',
    label: 'PIJ_BIJ',
    fr: 'Point ou bureau information jeunesse',
    en: 'Youth information centre',
    description: {
      fr: 'Un lieu qui informe les jeunes sur les études, l’emploi, le logement et les loisirs.',
      en: 'A place that informs young people about studies, jobs, housing and leisure.',
    },
  },
  {
    slug: 'pimms',
    label: 'PIMMS',
    fr: 'Point information médiation multi services (PIMMS)',
    en: 'Multi-service mediation point (PIMMS)',
    description: {
      fr: 'Un lieu qui aide pour les démarches et les factures : énergie, transports, administrations.',
      en: 'A place that helps with procedures and bills: energy, transport, public services.',
    },
  },
  {
    slug: 'pjj',
    label: 'PJJ',
    fr: 'Protection judiciaire de la jeunesse',
    en: 'Youth justice service',
    description: {
      fr: 'Le service de la justice qui suit les mineurs en difficulté ou qui ont commis une infraction.',
      en: 'The justice service that supports minors in difficulty or who have broken the law.',
    },
  },
  {
    slug: 'plie',
    label: 'PLIE',
    fr: 'Plan local pour l’insertion et l’emploi (PLIE)',
    en: 'Local integration and employment plan',
    description: {
      fr: 'Un dispositif local qui accompagne longtemps les personnes éloignées de l’emploi.',
      en: 'A local scheme that gives long-term support to people who are far from work.',
    },
  },
  {
    slug: 'pref',
    label: 'PREF',
    fr: 'Préfecture, sous-préfecture',
    en: 'Prefecture',
    description: {
      fr: 'Le service de l’État dans le département, par exemple pour les titres de séjour.',
      en: 'The State’s office in the département, for example for residence permits.',
    },
  },
  {
    // Overlaps with `SCP` in data.inclusion's list; both are kept as the source has both.
    slug: 'prevention',
    label: 'PREVENTION',
    fr: 'Service ou club de prévention',
    en: 'Youth outreach service',
    description: {
      fr: 'Des éducateurs de rue qui vont à la rencontre des jeunes pour les aider.',
      en: 'Street youth workers who reach out to young people to help them.',
    },
  },
  {
    slug: 'reg',
    label: 'REG',
    fr: 'Région',
    en: 'Regional council',
    description: {
      fr: 'Le conseil régional, chargé notamment de la formation professionnelle.',
      en: 'The regional council, in charge of vocational training among other things.',
    },
  },
  {
    // Accepted by ANCT's reference library, not in data.inclusion's v1 list.
    slug: 'relais-lecture',
    label: 'RELAIS_LECTURE',
    fr: 'Relais lecture',
    en: 'Reading point',
    description: {
      fr: 'Un petit point de lecture qui prête des livres, souvent lié à une bibliothèque.',
      en: 'A small reading point that lends books, often linked to a library.',
    },
  },
  {
    slug: 'ressourcerie',
    label: 'RESSOURCERIE',
    fr: 'Ressourcerie',
    en: 'Reuse centre',
    description: {
      fr: 'Un lieu qui récupère, répare et revend des objets à petit prix.',
      en: 'A place that collects, repairs and resells items at low prices.',
    },
  },
  {
    slug: 'rfs',
    label: 'RFS',
    fr: 'France Services',
    en: 'France Services',
    description: {
      fr: 'Un guichet public près de chez vous pour vos démarches : CAF, impôts, retraite, santé, emploi…',
      en: 'A local public help desk for official procedures: benefits, taxes, pension, health, jobs…',
    },
  },
  {
    slug: 'rs-fjt',
    label: 'RS_FJT',
    fr: 'Résidence sociale, foyer de jeunes travailleurs',
    en: 'Social residence, young workers’ hostel',
    description: {
      fr: 'Un logement temporaire à prix modéré, surtout pour les jeunes qui travaillent ou se forment.',
      en: 'Low-cost temporary housing, mostly for young people in work or training.',
    },
  },
  {
    // Overlaps with `PREVENTION` in data.inclusion's list; both are kept as the source has both.
    slug: 'scp',
    label: 'SCP',
    fr: 'Services et clubs de prévention',
    en: 'Youth outreach clubs',
    description: {
      fr: 'Des équipes d’éducateurs qui accompagnent les jeunes dans leur quartier.',
      en: 'Teams of youth workers who support young people in their neighbourhood.',
    },
  },
  {
    slug: 'spip',
    label: 'SPIP',
    fr: 'Service pénitentiaire d’insertion et de probation',
    en: 'Probation service',
    description: {
      fr: 'Le service qui suit les personnes condamnées et prépare leur sortie de prison.',
      en: 'The service that supervises people under sentence and prepares their release from prison.',
    },
  },
  {
    slug: 'tiers-lieux',
    label: 'TIERS_LIEUX',
    fr: 'Tiers-lieu',
    en: 'Third place',
    description: {
      fr: 'Un lieu partagé et convivial pour travailler, apprendre, créer et se rencontrer.',
      en: 'A friendly shared space to work, learn, create and meet people.',
    },
  },
  {
    slug: 'udaf',
    label: 'UDAF',
    fr: 'Union départementale des associations familiales (UDAF)',
    en: 'Union of family associations (UDAF)',
    description: {
      fr: 'Un réseau d’associations qui soutient les familles, par exemple pour gérer un budget ou une tutelle.',
      en: 'A network of associations that supports families, for example with budgets or guardianship.',
    },
  },
] as const satisfies readonly VocabularyValue[];

/** Slug of a value of `services`. */
export type ServiceSlug = (typeof services)[number]['slug'];
/** Slug of a value of `publics_specifiquement_adresses`. */
export type PublicSpecifiquementAdresseSlug = (typeof publicsSpecifiquementAdresses)[number]['slug'];
/** Slug of a value of `prise_en_charge_specifique`. */
export type PriseEnChargeSpecifiqueSlug = (typeof priseEnChargeSpecifique)[number]['slug'];
/** Slug of a value of `frais_a_charge`. */
export type FraisAChargeSlug = (typeof fraisACharge)[number]['slug'];
/** Slug of a value of `modalites_acces`. */
export type ModaliteAccesSlug = (typeof modalitesAcces)[number]['slug'];
/** Slug of a value of `modalites_accompagnement`. */
export type ModaliteAccompagnementSlug = (typeof modalitesAccompagnement)[number]['slug'];
/** Slug of a value of `dispositif_programmes_nationaux`. */
export type DispositifProgrammeNationalSlug = (typeof dispositifProgrammesNationaux)[number]['slug'];
/** Slug of a value of `formations_labels`. */
export type FormationLabelSlug = (typeof formationsLabels)[number]['slug'];
/** Slug of a value of `itinerance`. */
export type ItineranceSlug = (typeof itinerance)[number]['slug'];
/** Slug of a value of `typologie`. */
export type TypologieSlug = (typeof typologie)[number]['slug'];
/** A structure type code of `typologie`, as written in the standard (e.g. `TIERS_LIEUX`). */
export type TypologieCode = (typeof typologie)[number]['label'];

/** Every vocabulary, keyed by the standard's field name. */
export const vocabularies = {
  services,
  publics_specifiquement_adresses: publicsSpecifiquementAdresses,
  prise_en_charge_specifique: priseEnChargeSpecifique,
  frais_a_charge: fraisACharge,
  modalites_acces: modalitesAcces,
  modalites_accompagnement: modalitesAccompagnement,
  dispositif_programmes_nationaux: dispositifProgrammesNationaux,
  formations_labels: formationsLabels,
  itinerance,
  typologie,
} as const;

/** Name of a field of the standard that has a controlled vocabulary. */
export type VocabularyField = keyof typeof vocabularies;

/** The fields of the standard that have a controlled vocabulary. */
export const vocabularyFields = /* @__PURE__ */ Object.keys(vocabularies) as VocabularyField[];

/** A value of the vocabulary of field `F`. */
export type VocabularyEntry<F extends VocabularyField> = (typeof vocabularies)[F][number];

/** A slug of the vocabulary of field `F`. */
export type SlugOf<F extends VocabularyField> = VocabularyEntry<F>['slug'];

/** An exact label of the vocabulary of field `F`. */
export type LabelOf<F extends VocabularyField> = VocabularyEntry<F>['label'];

const listOf = <F extends VocabularyField>(field: F): readonly VocabularyEntry<F>[] =>
  vocabularies[field] as readonly VocabularyEntry<F>[];

/**
 * Puts a label in the form the label index uses: NFC, no surrounding whitespace, no-break spaces (common
 * inside French « guillemets ») as plain spaces, typographic apostrophes as ASCII ones. Case is kept.
 */
const normaliseLabel = (label: string): string =>
  label
    .normalize('NFC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/[\u2019\u02BC]/g, "'")
    .trim();

const labelIndexes = new Map<VocabularyField, ReadonlyMap<string, VocabularyValue>>();

const labelIndexOf = (field: VocabularyField): ReadonlyMap<string, VocabularyValue> => {
  let index = labelIndexes.get(field);
  if (!index) {
    const entries = new Map<string, VocabularyValue>();
    for (const value of listOf(field) as readonly VocabularyValue[]) {
      for (const spelling of [value.label, ...(value.aliases ?? [])]) {
        entries.set(normaliseLabel(spelling), value);
      }
    }
    index = entries;
    labelIndexes.set(field, index);
  }
  return index;
};

/**
 * The value of a vocabulary with this slug, or `undefined`.
 * @example bySlug('services', 'aide-aux-demarches-administratives')?.label // 'Aide aux démarches administratives'
 */
export const bySlug = <F extends VocabularyField>(field: F, slug: string): VocabularyEntry<F> | undefined =>
  listOf(field).find((value) => value.slug === slug);

/**
 * The value of a vocabulary with this exact label or alias (case-sensitive; tolerant of NFC/NFD, surrounding
 * whitespace, no-break spaces and typographic apostrophes), or `undefined`.
 * @example byLabel('formations_labels', ' Étapes numériques (La Poste) ')?.slug // 'etapes-numeriques-la-poste'
 */
export const byLabel = <F extends VocabularyField>(field: F, label: string): VocabularyEntry<F> | undefined =>
  labelIndexOf(field).get(normaliseLabel(label)) as VocabularyEntry<F> | undefined;

/**
 * The slugs of a vocabulary, in the standard's order.
 * @example slugsOf('itinerance') // ['itinerant', 'fixe']
 */
export const slugsOf = <F extends VocabularyField>(field: F): SlugOf<F>[] =>
  listOf(field).map((value) => value.slug as SlugOf<F>);

/**
 * The slug for a label or alias of the standard, or `undefined` if the label is unknown.
 * @example labelToSlug('frais_a_charge', 'Gratuit sous condition') // 'gratuit-sous-condition'
 */
export const labelToSlug = <F extends VocabularyField>(field: F, label: string): SlugOf<F> | undefined =>
  byLabel(field, label)?.slug as SlugOf<F> | undefined;

/**
 * The exact label of the standard for a slug (what a CSV export writes), or `undefined` if the slug is unknown.
 * @example slugToLabel('formations_labels', 'etapes-numeriques-la-poste') // 'Étapes numériques(La Poste)'
 */
export const slugToLabel = <F extends VocabularyField>(field: F, slug: string): LabelOf<F> | undefined =>
  bySlug(field, slug)?.label as LabelOf<F> | undefined;

/** A group of services, as citizens think of them, for the venue finder's filters. */
export interface ServiceGroup {
  /** Stable identifier. */
  readonly id: string;
  /** French heading. */
  readonly fr: string;
  /** English heading. */
  readonly en: string;
  /** The services in this group. */
  readonly services: readonly ServiceSlug[];
}

/**
 * The 9 services in 4 groups, each service in exactly one, for the venue finder's filters.
 *
 * "Insertion professionnelle via le numérique" sits with the longer learning paths (level 3, "montée en
 * compétence", in DESIGN.md: employment, parenting, creation, understanding), not with procedures: it means
 * learning to look for work online, not having an urgent procedure done. "Utilisation sécurisée" sits with
 * the everyday basics: protecting passwords and spotting scams is part of using a phone day to day. The
 * "digital culture" group is headed "Aller plus loin…" because "culture numérique" is jargon for beginners.
 */
export const serviceGroups = [
  {
    id: 'procedures',
    fr: 'Faire mes démarches',
    en: 'Doing my procedures',
    services: ['aide-aux-demarches-administratives'],
  },
  {
    id: 'everyday-basics',
    fr: 'Les bases du quotidien',
    en: 'Everyday basics',
    services: ['maitrise-des-outils-numeriques-du-quotidien', 'utilisation-securisee-du-numerique'],
  },
  {
    id: 'digital-culture',
    fr: 'Aller plus loin avec le numérique',
    en: 'Going further with digital',
    services: [
      'insertion-professionnelle-via-le-numerique',
      'parentalite-et-education-avec-le-numerique',
      'loisirs-et-creations-numeriques',
      'comprehension-du-monde-numerique',
    ],
  },
  {
    id: 'equipment',
    fr: 'M’équiper et me connecter',
    en: 'Getting equipped and online',
    services: [
      'acces-internet-et-materiel-informatique',
      'acquisition-de-materiel-informatique-a-prix-solidaire',
    ],
  },
] as const satisfies readonly ServiceGroup[];

/** Identifier of a group of services. */
export type ServiceGroupId = (typeof serviceGroups)[number]['id'];
