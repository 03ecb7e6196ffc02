import type { VocabularyValue } from './value.js';

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
      fr: 'Un employeur qui embauche des personnes qui ont du mal à trouver un emploi, et les aide.',
      en: 'An employer that hires people who find it hard to get a job, and helps them.',
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
      fr: 'Une association qui propose des petits emplois pour reprendre le travail peu à peu.',
      en: 'An association that offers short jobs to help people get back to work step by step.',
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
      fr: 'Une association : elle ne cherche pas à gagner de l’argent.',
      en: 'A non-profit organisation: it does not aim to make money.',
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
      fr: 'Un lieu d’un autre type.',
      en: 'A place of another kind.',
    },
  },
  {
    slug: 'avip',
    label: 'AVIP',
    fr: 'Crèche pour les parents qui cherchent un emploi',
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
      fr: 'L’assemblée qui gère le département, par exemple les aides sociales.',
      en: 'The body that runs the département, for example social welfare.',
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
      fr: 'Un centre gratuit qui soigne et aide les personnes dépendantes à l’alcool, à la drogue ou au jeu.',
      en: 'A free centre that treats and helps people addicted to alcohol, drugs or gambling.',
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
      fr: 'Un service de l’État en outre-mer pour l’emploi, le travail et l’aide sociale.',
      en: 'A State office in overseas France for jobs, work and social welfare.',
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
      fr: 'Le service de l’État qui organise la lutte contre la pauvreté.',
      en: 'The State office that organises the fight against poverty.',
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
      fr: 'Une agence d’intérim qui aide les personnes handicapées à trouver du travail.',
      en: 'A temp agency that helps disabled people find work.',
    },
  },
  {
    slug: 'ei',
    label: 'EI',
    fr: 'Entreprise d’insertion',
    en: 'Work integration company',
    description: {
      fr: 'Une entreprise qui embauche et forme des personnes qui ont du mal à trouver un emploi.',
      en: 'A company that hires and trains people who find it hard to get a job.',
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
      fr: 'Un lieu où des personnes handicapées travaillent, avec de l’aide.',
      en: 'A place where disabled people work, with help.',
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
      fr: 'Un organisme privé d’un autre type.',
      en: 'A private organisation of another kind.',
    },
  },
  {
    slug: 'etabl-pub',
    label: 'ETABL_PUB',
    fr: 'Établissement public',
    en: 'Public institution',
    description: {
      fr: 'Un organisme public d’un autre type.',
      en: 'A public body of another kind.',
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
      fr: 'Une agence d’intérim qui propose du travail et un suivi aux personnes qui ont du mal à trouver un emploi.',
      en: 'A temp agency that offers work and support to people who find it hard to get a job.',
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
      fr: 'Un atelier ouvert où l’on fabrique soi-même des objets, avec des machines.',
      en: 'An open workshop where you make things yourself, with machines.',
    },
  },
  {
    // Accepted by ANCT's reference library, not in data.inclusion's v1 list.
    slug: 'fabrique',
    label: 'FABRIQUE',
    fr: 'Fabrique de territoire',
    en: 'Community hub (Fabrique de territoire)',
    description: {
      fr: 'Un lieu de rencontre aidé par l’État. Il organise des activités et aide les habitants.',
      en: 'A meeting place backed by the State. It runs activities and helps residents.',
    },
  },
  {
    slug: 'fais',
    label: 'FAIS',
    fr: 'Fédération d’acteurs de l’insertion et de la solidarité',
    en: 'Federation of integration and solidarity organisations',
    description: {
      fr: 'Un réseau d’associations qui aident les personnes en difficulté.',
      en: 'A network of associations that help people in difficulty.',
    },
  },
  {
    // `PE` (Pôle emploi) was renamed `FT` in data.inclusion when Pôle emploi became France Travail (2024).
    slug: 'ft',
    label: 'FT',
    fr: 'France Travail',
    en: 'France Travail (public employment service)',
    description: {
      fr: 'Le service public de l’emploi, l’ancien Pôle emploi : offres d’emploi, inscription, indemnités.',
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
      fr: 'Des entreprises qui s’unissent pour embaucher et former des personnes qui ont du mal à trouver un emploi.',
      en: 'Companies that join forces to hire and train people who find it hard to get a job.',
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
      fr: 'Un lieu local pour trouver un emploi ou créer son entreprise.',
      en: 'A local centre to find a job or start a business.',
    },
  },
  {
    slug: 'mdef',
    label: 'MDEF',
    fr: 'Maison de l’emploi et de la formation',
    en: 'Employment and training centre',
    description: {
      fr: 'Un lieu local qui vous informe et vous aide pour l’emploi et la formation.',
      en: 'A local centre that informs and helps you about jobs and training.',
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
      fr: 'Un organisme qui aide les personnes pour le compte du département.',
      en: 'An organisation that helps people on behalf of the département.',
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
      fr: 'Une structure qui aide des personnes à trouver un emploi dans les travaux payés par les services publics.',
      en: 'An organisation that helps people get jobs in work paid for by public bodies.',
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
      fr: 'Un lieu d’accueil qui vous informe et vous dit où aller.',
      en: 'A desk that gives you information and tells you where to go.',
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
      fr: 'Le service de la justice qui aide les jeunes de moins de 18 ans en difficulté ou qui ont enfreint la loi.',
      en: 'The justice service that helps under-18s in difficulty or who have broken the law.',
    },
  },
  {
    slug: 'plie',
    label: 'PLIE',
    fr: 'Plan local pour l’insertion et l’emploi (PLIE)',
    en: 'Local integration and employment plan',
    description: {
      fr: 'Un service local qui aide longtemps les personnes qui ont du mal à trouver un emploi.',
      en: 'A local service that gives long-term help to people who find it hard to get a job.',
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
      fr: 'Le conseil régional. Il s’occupe par exemple des formations pour apprendre un métier.',
      en: 'The regional council. For example, it runs training courses to learn a trade.',
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

/** Slug of a value of `typologie`. */
export type TypologieSlug = (typeof typologie)[number]['slug'];
/** A structure type code of `typologie`, as written in the standard (e.g. `TIERS_LIEUX`). */
export type TypologieCode = (typeof typologie)[number]['label'];
